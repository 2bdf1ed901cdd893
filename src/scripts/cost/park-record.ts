/**
 * The part of a park's open-data record (/data/parks/<slug>.json, docs/OPEN-DATA.md)
 * that the compare page reads. Dates are YYYY-MM-DD strings.
 */
import type { Localized } from '../../schemas/common';

export interface Dated {
  source: Localized;
  asOf: string;
}

export interface ParkRecord {
  slug: string;
  name: Localized;
  profile: {
    city: Localized;
    province: Localized;
    level: string;
    admission: Dated & {
      minInvestmentIntensityCny10kPerMu: number;
      minAnnualTaxCny10kPerMu: number;
      minAnnualOutputCny10kPerMu?: number;
    };
    land: Dated & {
      availableMu: number;
      pricePerMuCny10k: number;
      standardFactory?: {
        availableM2: number;
        rentCnyPerM2Month?: number;
        salePriceCnyPerM2?: number;
      };
    };
    utilities: Dated & {
      powerPriceCnyPerKwh: number;
      spareCapacityMw: number;
      waterPriceCnyPerM3: number;
      gasPriceCnyPerM3?: number;
    };
    labor: Dated & {
      skilledWorkerPool: number;
      monthlyWageCny: { operator: number; technician: number; engineer: number };
    };
    approvals: Dated & {
      oneStop: boolean;
      certificateOnArrival: boolean;
      steps: { name: Localized; workingDays: number }[];
    };
    service: { inquiryResponseHours: number };
    trackRecord: Dated & {
      year: number;
      signedProjects: number;
      landedProjects: number;
      fundsInPlaceRatePct: number;
    };
  };
  derived: {
    reachKm: number;
    suppliersWithinReach: { distanceKm: number; processes: string[] }[];
    talent: {
      radiusKm: number;
      totalGraduatesPerYear: number;
      vocationalGraduatesPerYear: number;
      institutions: unknown[];
    };
    approvalTotalWorkingDays: number;
    fulfilmentRatePct: number | null;
    landedCases: unknown[];
  };
}

const records = new Map<string, Promise<ParkRecord>>();

/** A park's record, fetched once per page. */
export function loadParkRecord(slug: string): Promise<ParkRecord> {
  let record = records.get(slug);
  if (!record) {
    record = fetch(`/data/parks/${encodeURIComponent(slug)}.json`).then((r) => {
      if (!r.ok) throw new Error(`/data/parks/${slug}.json: ${r.status}`);
      return r.json() as Promise<ParkRecord>;
    });
    records.set(slug, record);
  }
  return record;
}
