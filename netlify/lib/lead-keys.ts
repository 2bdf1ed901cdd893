/**
 * The key layout of the `leads` store. Listings find leads by key prefix, so the
 * newest leads, one park's leads and one period's leads are found without
 * reading every lead:
 *
 *   lead/<id>                                   the lead (one JSON document)
 *   by-day/<YYYY-MM>/<DD>/<ms13>-<id>           time index (empty marker)
 *   by-park/<slug>/<YYYY-MM>/<DD>/<ms13>-<id>   per-park index (empty marker)
 *   status/<id>/<ms13>-<status>-<nonce>         pipeline history, one blob per entry
 *   outbox/<id>, recent/<ms13>-<id>             notification queue, fingerprints
 *   meta/index                                  { version } once existing leads are indexed
 *
 * `<ms13>` is the receipt time in epoch ms, zero-padded to 13 digits, so keys in a
 * day folder sort by time; months and days are folders so a listing reads one day
 * at a time (bounded memory), `--since` skips whole months and days, and no folder
 * holds more than about 31 entries above the markers (the local BlobsServer stats
 * every entry of each folder it walks through, so flat day folders cost
 * days × days stats per export). Index markers are written
 * before the lead: an acknowledged lead always has them, and a marker whose lead
 * is missing (a crash mid-write) or whose time differs (a retried submission) is
 * skipped by every listing.
 */
import { LEAD_ID_PATTERN, type StoredLead } from './lead';

export const INDEX_VERSION = 1;
export const META_INDEX_KEY = 'meta/index';

const MONTH_PATTERN = /^\d{4}-\d{2}$/;
const DAY_PATTERN = /^\d{2}$/;
const MARKER_PATTERN = /^(\d{13})-(ld_[0-9a-f]{20})$/;
/** Park slugs as the content uses them; anything else never becomes part of a key. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const leadKey = (id: string): string => `lead/${id}`;

const ms13 = (ms: number): string => String(ms).padStart(13, '0');
/** `YYYY-MM/DD` (UTC) of a time. */
const dayOf = (ms: number): string => {
  const iso = new Date(ms).toISOString();
  return `${iso.slice(0, 7)}/${iso.slice(8, 10)}`;
};

/** Prefix of the time index, or of one park's index. */
export const indexPrefix = (park?: string): string => (park ? `by-park/${park}/` : 'by-day/');

/** The index markers of a lead: one in the time index, one per chosen park. */
export function indexKeys(lead: Pick<StoredLead, 'id' | 'receivedAt' | 'inquiry'>): string[] {
  const ms = Date.parse(lead.receivedAt);
  const name = `${dayOf(ms)}/${ms13(ms)}-${lead.id}`;
  const parks = lead.inquiry.parks.filter((slug) => SLUG_PATTERN.test(slug));
  return [`${indexPrefix()}${name}`, ...parks.map((slug) => `${indexPrefix(slug)}${name}`)];
}

export const isMonthFolder = (name: string): boolean => MONTH_PATTERN.test(name);
export const isDayFolder = (name: string): boolean => DAY_PATTERN.test(name);

/** The lead id and receipt time named by a marker's last segment, or null for anything else. */
export function parseMarker(key: string): { id: string; ms: number } | null {
  const match = MARKER_PATTERN.exec(key.slice(key.lastIndexOf('/') + 1));
  return match ? { ms: Number(match[1]), id: match[2] as string } : null;
}

/** `lead/<id>` keys only; temporary files and strays are not leads. */
export function idFromLeadKey(key: string): string | null {
  const id = key.slice('lead/'.length);
  return key.startsWith('lead/') && LEAD_ID_PATTERN.test(id) ? id : null;
}

/** The `YYYY-MM/DD` folders (UTC) a time falls in, for `--since`. */
export const dayFolder = dayOf;

export const historyPrefix = (id?: string): string => (id ? `status/${id}/` : 'status/');

/** A history entry's key; the nonce keeps two changes in the same millisecond apart. */
export function historyKey(id: string, atMs: number, status: string, nonce: string): string {
  return `${historyPrefix(id)}${ms13(atMs)}-${status}-${nonce}`;
}

const HISTORY_PATTERN = /^status\/(ld_[0-9a-f]{20})\/(\d{13})-([a-z-]+)-([0-9a-z]+)$/;

/** Lead id, time and status named by a history key, or null for anything else. */
export function parseHistoryKey(key: string): { id: string; atMs: number; status: string } | null {
  const match = HISTORY_PATTERN.exec(key);
  if (!match) return null;
  return { id: match[1] as string, atMs: Number(match[2]), status: match[3] as string };
}
