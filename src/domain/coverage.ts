/**
 * Process coverage: which processes a park's target chains need are offered within
 * reach, and which are gaps. Gaps are as useful to a park as strengths: they name the
 * suppliers worth recruiting next.
 */

/** What coverage needs from an industry chain. */
export interface CoverageChain {
  id: string;
  /** Process ids the chain typically needs from nearby suppliers. */
  processes: readonly string[];
}

/** Coverage of one chain. */
export interface ChainCoverage {
  chainId: string;
  /** Needed processes available within reach, in the chain's order. */
  covered: string[];
  /** Needed processes nobody within reach offers, in the chain's order. */
  gaps: string[];
  /** covered / needed, from 0 to 1; 1 when the chain lists no process (nothing missing). */
  coveredShare: number;
}

/** Coverage of all target chains together (each process counted once). */
export interface OverallCoverage {
  /** Every process any target chain needs, in first-mentioned order. */
  needed: string[];
  covered: string[];
  gaps: string[];
  /** covered / needed, from 0 to 1; 1 when nothing is needed. */
  coveredShare: number;
}

export interface ProcessCoverage {
  chains: ChainCoverage[];
  overall: OverallCoverage;
}

/**
 * Splits each target chain's needed processes into covered and gaps against the process
 * ids available within reach. Duplicate process ids in a chain count once; chains keep
 * the order given (the park's own order of priority).
 */
export function processCoverage(
  targetChains: readonly CoverageChain[],
  availableProcessIds: Iterable<string>,
): ProcessCoverage {
  const available = new Set(availableProcessIds);
  const split = (needed: readonly string[]) => {
    const unique = [...new Set(needed)];
    const covered = unique.filter((id) => available.has(id));
    const gaps = unique.filter((id) => !available.has(id));
    return {
      needed: unique,
      covered,
      gaps,
      coveredShare: unique.length === 0 ? 1 : covered.length / unique.length,
    };
  };
  const chains = targetChains.map((chain) => {
    const { covered, gaps, coveredShare } = split(chain.processes);
    return { chainId: chain.id, covered, gaps, coveredShare };
  });
  return { chains, overall: split(targetChains.flatMap((chain) => chain.processes)) };
}
