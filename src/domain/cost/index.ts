/**
 * The cost estimate of one project at one park: lines with their prices, sources and
 * dates, totals that leave out (and name) missing prices, stale blocks, and the
 * admission check. The pages call this; the pieces are in the files beside it.
 */
import { admissionCheck, type AdmissionCheck } from './admission-check';
import { costLines, costTotals, staleBlocks } from './estimate';
import type { CostLine, CostTotals, ParkPrices, PriceBlock, Project } from './types';

export interface ParkEstimate {
  slug: string;
  lines: CostLine[];
  totals: CostTotals;
  /** Blocks whose prices are older than the staleness limit. */
  stale: PriceBlock[];
  admission: AdmissionCheck;
}

/** Everything the estimate shows for `project` at `park`, with staleness judged at `now`. */
export function estimateProject(project: Project, park: ParkPrices, now: Date): ParkEstimate {
  const lines = costLines(project, park, now);
  return {
    slug: park.slug,
    lines,
    totals: costTotals(lines),
    stale: staleBlocks(lines),
    admission: admissionCheck(project, park),
  };
}
