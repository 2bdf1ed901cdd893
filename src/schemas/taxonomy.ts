/** Taxonomy: industry chains and manufacturing processes (content/taxonomy/). */
import { z } from 'zod';
import { id, localized } from './common';

/** A manufacturing process a supplier can offer, e.g. mold stamping. File: content/taxonomy/processes/<id>.yaml */
export const processSchema = z.strictObject({
  /** Display name in English and Chinese, e.g. { en: "Mold stamping", zh: "模具冲压" }. */
  label: localized,
  /** One sentence on what the process does, for visitors who do not know the term. */
  description: localized,
});
export type ProcessData = z.infer<typeof processSchema>;

/** An industry chain a park targets, e.g. auto parts. File: content/taxonomy/chains/<id>.yaml */
export const chainSchema = z.strictObject({
  /** Display name in English and Chinese. */
  label: localized,
  /** One sentence describing the chain. */
  description: localized,
  /** Process ids this chain typically needs from nearby suppliers (drives "coverage" and "gaps"). */
  processes: z.array(id).min(1, 'List at least one process id this chain needs'),
});
export type ChainData = z.infer<typeof chainSchema>;
