/**
 * Would the park admit the project? The same threshold rules and margins the lead
 * qualification applies (src/domain/inquiry/admissibility.ts), plus what the plot
 * commits the project to at the park's per-mu minimums (src/domain/admission.ts).
 */
import { admissionExample, type AdmissionExample } from '../admission';
import {
  admissibilityOf,
  thresholdReasons,
  type Admissibility,
  type ProjectFigures,
} from '../inquiry/admissibility';
import type { Reason } from '../inquiry/reasons';
import { cny10kToCny } from '../units';
import type { ParkPrices, Project } from './types';

export interface AdmissionCheck {
  verdict: Admissibility;
  /** One reason per limit checked (intensity, land or floor, power), as leads get them. */
  reasons: Reason[];
  /** False when no investment was given, so the intensity threshold could not be checked. */
  intensityChecked: boolean;
  /** What the plot commits the project to (minimum investment, tax, output); null without land. */
  commitments: AdmissionExample | null;
}

/** The project's figures as the qualification rules read an inquiry's. */
export function projectFigures(project: Project): ProjectFigures {
  const figures: ProjectFigures = {};
  if (project.site === 'land') figures.landMu = project.landMu;
  else figures.floorM2 = project.floorM2;
  if (project.powerKw > 0) figures.powerKw = project.powerKw;
  if (project.investmentCny10k !== null)
    figures.investmentCny = cny10kToCny(project.investmentCny10k);
  return figures;
}

/** The admission check of `project` at `park`. */
export function admissionCheck(project: Project, park: ParkPrices): AdmissionCheck {
  const reasons = thresholdReasons(projectFigures(project), {
    slug: park.slug,
    minInvestmentIntensityCny10kPerMu: park.admission.minInvestmentIntensityCny10kPerMu,
    ...park.limits,
  });
  const { minInvestmentIntensityCny10kPerMu, minAnnualTaxCny10kPerMu } = park.admission;
  const minOutput = park.admission.minAnnualOutputCny10kPerMu;
  const commitments =
    project.site === 'land' && project.landMu > 0
      ? admissionExample(
          {
            minInvestmentIntensityCny10kPerMu,
            minAnnualTaxCny10kPerMu,
            ...(minOutput === null ? {} : { minAnnualOutputCny10kPerMu: minOutput }),
          },
          project.landMu,
        )
      : null;
  return {
    verdict: admissibilityOf(reasons),
    reasons,
    intensityChecked: reasons.some((r) => r.code.startsWith('intensity-')),
    commitments,
  };
}
