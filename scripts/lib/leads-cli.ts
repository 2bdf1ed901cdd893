/**
 * What every staff command gets: the store, where it lives, the parsed options
 * and output that respects the pipe (a slow reader of `export` is waited for, so
 * memory stays bounded).
 */
import type { BlobsLeadStore } from '../../netlify/lib/blobs-lead-store';
import type { SkippedEntry } from '../../netlify/lib/lead-listing';

export interface CommandOptions {
  json: boolean;
  format?: string | undefined;
  limit?: string | undefined;
  park?: string | undefined;
  tier?: string | undefined;
  since?: string | undefined;
  status?: string | undefined;
  note?: string | undefined;
  by?: string | undefined;
  force: boolean;
  'dry-run': boolean;
}

export interface CommandContext {
  store: BlobsLeadStore;
  /** The store's folder or Netlify site, for messages. */
  where: string;
  args: string[];
  options: CommandOptions;
  /** Writes a line to stdout, waiting while the reader catches up. */
  out(text: string): Promise<void>;
  /** Warns on stderr about an entry that was passed over (names the key, nothing else). */
  skipped(entry: SkippedEntry): void;
}

export type Command = (context: CommandContext) => Promise<number>;

/** A mistake in the command line: shown with the usage, exit code 2. */
export class UsageError extends Error {}

/** `--since 2026-11-01` (a UTC day) or a full ISO time. */
export function parseSince(value: string | undefined): Date | undefined {
  if (value === undefined) return undefined;
  const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(date.getTime()))
    throw new UsageError(`--since needs a date like 2026-11-01, not "${value}"`);
  return date;
}

/** Writes to a stream, resolving once it can take more (backpressure). */
export function lineWriter(stream: NodeJS.WritableStream): (text: string) => Promise<void> {
  return (text) =>
    new Promise((done, fail) => {
      const more = stream.write(`${text}\n`, (error) => (error ? fail(error) : undefined));
      if (more) done();
      else stream.once('drain', done);
    });
}
