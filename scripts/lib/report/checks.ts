/**
 * The content report's checks. Pure: loaded content in, findings out, so each check is
 * unit-tested on plain fixtures. They reuse what the build uses — staleness
 * (src/data/stale.ts), missing translations (src/data/translations.ts), cross-file
 * references (src/domain/references.ts), the reach radii (src/domain/reach.ts,
 * src/domain/talent.ts) — so the report and the build never disagree.
 */
import { findStaleBlocks } from '../../../src/data/stale';
import { findMissingTranslations } from '../../../src/data/translations';
import type { CatalogInput } from '../../../src/data/types';
import { DEFAULT_REACH_KM } from '../../../src/domain/reach';
import { findDanglingReferences } from '../../../src/domain/references';
import { createSpatialIndex } from '../../../src/domain/spatial-index';
import { monthsBetween, STALE_AFTER_MONTHS } from '../../../src/domain/staleness';
import { DEFAULT_TALENT_KM } from '../../../src/domain/talent';
import type { Localized } from '../../../src/schemas/common';
import type { LoadProblem } from '../content/load';
import { inChina } from './china';
import type { Finding } from './findings';

export interface ReportInput {
  input: CatalogInput<{ body?: string | undefined }, { body?: string | undefined }>;
  englishBodies: { parks: ReadonlySet<string>; cases: ReadonlySet<string> };
  /** Files that failed to load (YAML or schema errors). */
  problems: readonly LoadProblem[];
}

export interface ReportOptions {
  now: Date;
  /** Supplier reach, km (the build's DEFAULT_REACH_KM unless given). */
  reachKm?: number;
  /** Institution (talent and research) reach, km (DEFAULT_TALENT_KM unless given). */
  talentKm?: number;
}

type ParkOf = (file: string) => string | undefined;

const date = (d: Date) => d.toISOString().slice(0, 10);

/** A finding's file, and its park when the file concerns one. */
function where(parkOf: ParkOf, file: string): { file: string; park?: string } {
  const park = parkOf(file);
  return park ? { file, park } : { file };
}

/** The park a file concerns: a park file itself, a case's park, a supplier's host park. */
function parkLookup({ input }: ReportInput): ParkOf {
  const byFile = new Map<string, string>();
  for (const p of input.parks) byFile.set(p.filePath, p.id);
  for (const c of input.cases) byFile.set(c.filePath, c.data.park);
  for (const s of input.suppliers) if (s.data.park) byFile.set(s.filePath, s.data.park);
  return (file) => byFile.get(file) ?? /^content\/parks\/(.+?)\.(?:en\.)?mdx?$/.exec(file)?.[1];
}

/**
 * The kind of a load problem. The schema requires contacts and a response time, so a park
 * without them fails to load; the report names those two cases for what they are.
 */
export function loadProblemKind(filePath: string, field: string): Finding['kind'] {
  if (!filePath.startsWith('content/parks/')) return 'invalid';
  if (field === 'contacts' || /^contacts\[\d+\]$/.test(field)) return 'no-contact';
  if (field === 'service' || field === 'service.inquiryResponseHours') return 'no-response-time';
  return 'invalid';
}

/** Files that failed to load, by file and field. */
export function checkLoadProblems(report: ReportInput, parkOf: ParkOf): Finding[] {
  return report.problems.map((p) => {
    return {
      ...where(parkOf, p.filePath),
      field: p.field,
      kind: loadProblemKind(p.filePath, p.field),
      message: p.message,
    };
  });
}

/** Figure blocks whose `asOf` is more than 18 months before `now`. */
export function checkStale(report: ReportInput, parkOf: ParkOf, now: Date): Finding[] {
  return findStaleBlocks(report.input, now).map((b) => {
    return {
      ...where(parkOf, b.filePath),
      field: b.block,
      kind: 'stale',
      message: `figures dated ${date(b.asOf)} are ${monthsBetween(b.asOf, now)} months old (limit ${STALE_AFTER_MONTHS}); check them and update asOf and source`,
    };
  });
}

/** `{ zh, en }` fields with one side empty and bodies in one language only. */
export function checkTranslations(report: ReportInput, parkOf: ParkOf): Finding[] {
  return findMissingTranslations(report.input, report.englishBodies).map((m) => {
    const lang = /\.zh$|\(zh\)/.test(m.field) ? 'Chinese' : 'English';
    return {
      ...where(parkOf, m.filePath),
      field: m.field,
      kind: 'missing-translation',
      message: `${lang} text missing; pages show the other language, marked`,
    };
  });
}

/** References to ids no file defines (the build fails on these). */
export function checkReferences(report: ReportInput, parkOf: ParkOf): Finding[] {
  return findDanglingReferences(report.input).map((p) => {
    return {
      ...where(parkOf, p.filePath),
      field: p.field,
      kind: 'unknown-id',
      message: p.message,
    };
  });
}

/** Suppliers and institutions that no park has within reach, so no profile shows them. */
export function checkReach(report: ReportInput, options: ReportOptions): Finding[] {
  const reachKm = options.reachKm ?? DEFAULT_REACH_KM;
  const talentKm = options.talentKm ?? DEFAULT_TALENT_KM;
  const parks = createSpatialIndex(report.input.parks, (p) => p.data.coordinates);
  const far = (
    files: readonly { filePath: string; data: { coordinates: { lat: number; lon: number } } }[],
    radiusKm: number,
    what: string,
  ): Finding[] =>
    files
      .filter((f) => parks.within(f.data.coordinates, radiusKm).length === 0)
      .map((f) => ({
        file: f.filePath,
        field: 'coordinates',
        kind: 'out-of-reach',
        message: `no park within ${radiusKm} km, so no profile lists this ${what}; check the coordinates`,
      }));
  return [
    ...far(report.input.suppliers, reachKm, 'supplier'),
    ...far(report.input.institutions, talentKm, 'institution'),
  ];
}

/** Parks, suppliers and institutions sharing a Chinese or English name with an earlier file. */
export function checkDuplicateNames(report: ReportInput, parkOf: ParkOf): Finding[] {
  const findings: Finding[] = [];
  const groups: readonly (readonly { filePath: string; data: { name: Localized } }[])[] = [
    report.input.parks,
    report.input.suppliers,
    report.input.institutions,
  ];
  const normal = (s: string) => s.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
  for (const files of groups) {
    const seen = new Map<string, string>();
    for (const file of files) {
      for (const side of ['zh', 'en'] as const) {
        const name = file.data.name[side];
        if (!name) continue;
        const key = `${side}:${normal(name)}`;
        const first = seen.get(key);
        if (first === undefined) {
          seen.set(key, file.filePath);
          continue;
        }
        findings.push({
          ...where(parkOf, file.filePath),
          field: `name.${side}`,
          kind: 'duplicate-name',
          message: `"${name}" is also the name in ${first}; merge the two files or tell them apart`,
        });
      }
    }
  }
  return findings;
}

/** Coordinates outside the coarse outline of China (see ./china.ts). */
export function checkCoordinates(report: ReportInput, parkOf: ParkOf): Finding[] {
  const files = [...report.input.parks, ...report.input.suppliers, ...report.input.institutions];
  return files
    .filter((f) => !inChina(f.data.coordinates))
    .map((f) => {
      const { lat, lon } = f.data.coordinates;
      return {
        ...where(parkOf, f.filePath),
        field: 'coordinates',
        kind: 'outside-china',
        message: `lat ${lat}, lon ${lon} is outside China; are lat and lon swapped or a sign wrong?`,
      };
    });
}

/** Every check over the loaded content. */
export function runChecks(report: ReportInput, options: ReportOptions): Finding[] {
  const parkOf = parkLookup(report);
  return [
    ...checkLoadProblems(report, parkOf),
    ...checkReferences(report, parkOf),
    ...checkStale(report, parkOf, options.now),
    ...checkDuplicateNames(report, parkOf),
    ...checkCoordinates(report, parkOf),
    ...checkReach(report, options),
    ...checkTranslations(report, parkOf),
  ];
}
