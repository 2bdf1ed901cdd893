/** Projects that actually landed in a park. File: content/cases/<id>.md (body: the story). */
import { z } from 'astro/zod';
import { date, id, localized, nonNegative, positiveInt, provenance } from './common';

/** The advantage that made a project land; matches the sections of a park profile. */
export const advantages = [
  'suppliers',
  'labor',
  'rnd',
  'land',
  'utilities',
  'logistics',
  'approvals',
] as const;

export const caseSchema = z.strictObject({
  /** Headline, e.g. "Lightweight door frames: stamping moved 5 km instead of abroad". */
  title: localized,
  /** The company (fictional in sample content). */
  company: localized,
  /** Park id where it landed. */
  park: id,
  /** Industry chain id of the project. */
  chain: id,
  /** Total investment in 10k CNY. */
  investmentCny10k: nonNegative(),
  /** Land taken, in mu (0 when it rents a standard factory). */
  landMu: nonNegative().default(0),
  /** Jobs created or planned. */
  jobs: positiveInt(),
  /** Date the investment agreement was signed. */
  signedOn: date,
  /** Date construction (or fit-out) started. */
  constructionStartOn: date.optional(),
  /** Date production started. */
  productionOn: date.optional(),
  /** The advantage that made it land. */
  advantage: z.enum(advantages),
  /** Supplier ids the project now buys from, when `advantage` is "suppliers". */
  suppliers: z.array(id).default([]),
  ...provenance,
});
export type CaseData = z.infer<typeof caseSchema>;
export type Advantage = (typeof advantages)[number];
