/**
 * Which figure blocks are older than the staleness limit. The build warns about
 * each one (it does not fail: an old figure is still better than none, and staff
 * need a nudge, not a broken deploy); pages mark them "stale".
 */
import { STALE_AFTER_MONTHS, findStaleFigures, isStale } from '../domain/staleness';
import type { Localized } from '../schemas/common';
import type { CatalogInput, ParkBlock, ParkData, Provenance, StaleBlock } from './types';

/** Park blocks that carry `source` and `asOf`, in profile order. */
const PARK_BLOCKS: readonly ParkBlock[] = [
  'admission',
  'land',
  'utilities',
  'logistics',
  'labor',
  'approvals',
  'trackRecord',
];

/** Source, asOf and staleness of every dated block of a park. */
export function parkProvenance(data: ParkData, now: Date): Record<ParkBlock, Provenance> {
  const entries = PARK_BLOCKS.map((block) => {
    const { source, asOf } = data[block];
    return [block, { source, asOf, stale: isStale(asOf, now) }] as const;
  });
  return Object.fromEntries(entries) as Record<ParkBlock, Provenance>;
}

/**
 * Every stale figure block in the content, in collection order: each park block
 * by field ("utilities.asOf"), and whole supplier, institution and case files
 * ("asOf": their figures share one date).
 */
export function findStaleBlocks(input: CatalogInput, now: Date): StaleBlock[] {
  const files = [...input.parks, ...input.suppliers, ...input.institutions, ...input.cases];
  return files.flatMap((file) =>
    findStaleFigures(file.data, now).map((f) => ({
      filePath: file.filePath,
      block: f.field,
      asOf: f.asOf,
    })),
  );
}

/** The build warning for one stale block: file, block and date, so staff can find it. */
export function staleWarning(block: StaleBlock): string {
  return `[content] stale figures: ${block.filePath} › ${block.block} (asOf ${block.asOf.toISOString().slice(0, 10)}, older than ${STALE_AFTER_MONTHS} months)`;
}

/**
 * Provenance of a figure computed from several files: the oldest `asOf` among
 * them (a count is only as fresh as its oldest input) and stale when it is.
 * Falls back to `fallbackAsOf` when nothing contributed.
 */
export function derivedProvenance(
  source: Localized,
  asOfs: readonly Date[],
  now: Date,
  fallbackAsOf: Date,
): Provenance {
  const asOf = asOfs.reduce((oldest, d) => (d < oldest ? d : oldest), asOfs[0] ?? fallbackAsOf);
  return { source, asOf, stale: isStale(asOf, now) };
}
