/**
 * The project as the estimate form and the shareable URLs carry it: query parameters
 * read into a `Project` with specific errors per field, and written back with only the
 * values that differ from the defaults. Pure, so the compare and estimate pages read
 * the same URL the same way.
 */
import {
  DEFAULT_OPERATING_DAYS_PER_YEAR,
  DEFAULT_OPERATING_HOURS_PER_DAY,
  LIMITS,
} from './assumptions';
import { SITE_KINDS, type Project, type SiteKind } from './types';

/** Query parameter names, one per form field. */
export const PROJECT_FIELDS = [
  'site',
  'landMu',
  'floorM2',
  'investmentCny10k',
  'powerKw',
  'hoursPerDay',
  'daysPerYear',
  'waterM3PerDay',
  'gasM3PerDay',
  'operators',
  'technicians',
  'engineers',
] as const;
export type ProjectField = (typeof PROJECT_FIELDS)[number];

/** Why a field was not accepted; the pages word each one per field. */
export type FieldError = 'number' | 'negative' | 'whole' | 'too-large' | 'required' | 'site';

/**
 * The example project the pages price until the visitor describes their own: 50 mu of
 * land bought, CNY 200 million invested, a 2,000 kW load for two shifts (16 h) on 300
 * days, 100 m³ of water a day and 200 workers (160 operators, 30 technicians, 10 engineers).
 */
export const EXAMPLE_PROJECT: Project = {
  site: 'land',
  landMu: 50,
  floorM2: 0,
  investmentCny10k: 20_000,
  powerKw: 2_000,
  hoursPerDay: DEFAULT_OPERATING_HOURS_PER_DAY,
  daysPerYear: DEFAULT_OPERATING_DAYS_PER_YEAR,
  waterM3PerDay: 100,
  gasM3PerDay: 0,
  workers: { operator: 160, technician: 30, engineer: 10 },
};

type NumberField = Exclude<ProjectField, 'site'>;

const MAX: Record<NumberField, number> = {
  landMu: LIMITS.landMu,
  floorM2: LIMITS.floorM2,
  investmentCny10k: LIMITS.investmentCny10k,
  powerKw: LIMITS.powerKw,
  hoursPerDay: LIMITS.hoursPerDay,
  daysPerYear: LIMITS.daysPerYear,
  waterM3PerDay: LIMITS.waterM3PerDay,
  gasM3PerDay: LIMITS.gasM3PerDay,
  operators: LIMITS.workers,
  technicians: LIMITS.workers,
  engineers: LIMITS.workers,
};
const WHOLE = new Set<NumberField>(['operators', 'technicians', 'engineers', 'daysPerYear']);

/** "1,200", "１２００" and " 1200 " all read as 1200; anything else is not a number. */
function readNumber(text: string): number | null {
  const clean = text
    .replace(/[０-９．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[,，\s]/g, '');
  if (!/^-?\d+(\.\d+)?$/.test(clean)) return null;
  return Number(clean);
}

export interface ReadProject {
  project: Project;
  /** Empty when every field was accepted. */
  errors: Partial<Record<ProjectField, FieldError>>;
  /** True when any project field was in the query (otherwise the example project is used). */
  given: boolean;
}

/** True when any project field has a value (`get` is `URLSearchParams.get`); else the example project applies. */
export function projectGiven(get: (name: string) => string | null): boolean {
  return PROJECT_FIELDS.some((f) => (get(f) ?? '').trim() !== '');
}

/**
 * Reads a project from query parameters (`get` is `URLSearchParams.get`). Without any
 * project field the example project is returned with `given: false`. Empty fields take
 * their default (0, or the stated operating hours and days).
 */
export function readProject(get: (name: string) => string | null): ReadProject {
  const given = projectGiven(get);
  if (!given) return { project: EXAMPLE_PROJECT, errors: {}, given };
  const errors: ReadProject['errors'] = {};
  const siteText = (get('site') ?? '').trim() || 'land';
  const site = (SITE_KINDS as readonly string[]).includes(siteText) ? (siteText as SiteKind) : null;
  if (site === null) errors.site = 'site';
  const num = (field: NumberField, fallback: number): number => {
    const text = (get(field) ?? '').trim();
    if (text === '') return fallback;
    const value = readNumber(text);
    let error: FieldError | null = null;
    if (value === null) error = 'number';
    else if (value < 0) error = 'negative';
    else if (WHOLE.has(field) && !Number.isInteger(value)) error = 'whole';
    else if (value > MAX[field]) error = 'too-large';
    if (error !== null || value === null) {
      errors[field] = error ?? 'number';
      return fallback;
    }
    return value;
  };
  const investment = num('investmentCny10k', -1);
  const project: Project = {
    site: site ?? 'land',
    landMu: num('landMu', 0),
    floorM2: num('floorM2', 0),
    investmentCny10k: investment < 0 ? null : investment,
    powerKw: num('powerKw', 0),
    hoursPerDay: num('hoursPerDay', DEFAULT_OPERATING_HOURS_PER_DAY),
    daysPerYear: num('daysPerYear', DEFAULT_OPERATING_DAYS_PER_YEAR),
    waterM3PerDay: num('waterM3PerDay', 0),
    gasM3PerDay: num('gasM3PerDay', 0),
    workers: {
      operator: num('operators', 0),
      technician: num('technicians', 0),
      engineer: num('engineers', 0),
    },
  };
  if (project.site === 'land' && project.landMu === 0 && errors.landMu === undefined)
    errors.landMu = 'required';
  if (project.site !== 'land' && project.floorM2 === 0 && errors.floorM2 === undefined)
    errors.floorM2 = 'required';
  return { project, errors, given };
}

/** The project as query parameters, in form order; the space it does not use is left out. */
export function projectParams(project: Project): [ProjectField, string][] {
  const out: [ProjectField, string][] = [['site', project.site]];
  if (project.site === 'land') out.push(['landMu', String(project.landMu)]);
  else out.push(['floorM2', String(project.floorM2)]);
  if (project.investmentCny10k !== null)
    out.push(['investmentCny10k', String(project.investmentCny10k)]);
  out.push(
    ['powerKw', String(project.powerKw)],
    ['hoursPerDay', String(project.hoursPerDay)],
    ['daysPerYear', String(project.daysPerYear)],
    ['waterM3PerDay', String(project.waterM3PerDay)],
  );
  if (project.gasM3PerDay > 0) out.push(['gasM3PerDay', String(project.gasM3PerDay)]);
  out.push(
    ['operators', String(project.workers.operator)],
    ['technicians', String(project.workers.technician)],
    ['engineers', String(project.workers.engineer)],
  );
  return out;
}
