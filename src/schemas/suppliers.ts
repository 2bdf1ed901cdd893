/** Local enterprises that offer processes to newcomers. File: content/suppliers/<id>.yaml */
import { z } from 'astro/zod';
import { coordinates, id, localized, nonNegativeInt, provenance } from './common';

export const supplierSchema = z.strictObject({
  /** Company name (fictional in sample content). */
  name: localized,
  /** Site location; distances to parks are computed from it. */
  coordinates,
  /** Park id when the supplier sits inside a park (listed first there). */
  park: id.optional(),
  /** Process ids it offers to other companies (content/taxonomy/processes). */
  processes: z.array(id).min(1, 'List at least one process id'),
  /** Quality and industry certifications, e.g. "IATF 16949". */
  certifications: z.array(z.string().trim().min(2)).default([]),
  /** Head count. */
  employees: nonNegativeInt(),
  /** Capacity or specialities in one or two sentences. */
  note: localized.optional(),
  /** What buying from it replaces, e.g. "stamping shipped to a supplier abroad". */
  replaces: localized.optional(),
  ...provenance,
});
export type SupplierData = z.infer<typeof supplierSchema>;
