/**
 * Content collections. Staff edit files under content/ (or CONTENT_DIR, which the
 * benchmarks point at generated content). Schemas live in src/schemas/, one per
 * collection; cross-references are checked in src/data/ when the catalog loads.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { parkSchema } from './schemas/parks';
import { supplierSchema } from './schemas/suppliers';
import { institutionSchema } from './schemas/institutions';
import { caseSchema } from './schemas/cases';
import { chainSchema, processSchema } from './schemas/taxonomy';

const root = process.env.CONTENT_DIR ?? './content';
/** Ids are file names; subfolders are for staff's own grouping and not part of the id. */
const fileId = ({ entry }: { entry: string }) => entry.replace(/^.*\//, '').replace(/\.[^.]+$/, '');

export const collections = {
  parks: defineCollection({
    loader: glob({ pattern: '**/*.{md,mdx}', base: `${root}/parks`, generateId: fileId }),
    schema: parkSchema,
  }),
  suppliers: defineCollection({
    loader: glob({ pattern: '**/*.{yaml,yml}', base: `${root}/suppliers`, generateId: fileId }),
    schema: supplierSchema,
  }),
  institutions: defineCollection({
    loader: glob({ pattern: '**/*.{yaml,yml}', base: `${root}/institutions`, generateId: fileId }),
    schema: institutionSchema,
  }),
  cases: defineCollection({
    loader: glob({ pattern: '**/*.{md,mdx}', base: `${root}/cases`, generateId: fileId }),
    schema: caseSchema,
  }),
  processes: defineCollection({
    loader: glob({ pattern: '**/*.{yaml,yml}', base: `${root}/taxonomy/processes`, generateId: fileId }),
    schema: processSchema,
  }),
  chains: defineCollection({
    loader: glob({ pattern: '**/*.{yaml,yml}', base: `${root}/taxonomy/chains`, generateId: fileId }),
    schema: chainSchema,
  }),
};
