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
import { translationBodySchema } from './schemas/translation';

const root = process.env.CONTENT_DIR ?? './content';
/** Ids are file names; subfolders are for staff's own grouping and not part of the id. */
const fileId = ({ entry }: { entry: string }) => entry.replace(/^.*\//, '').replace(/\.[^.]+$/, '');
/** `<slug>.en.md` → `<slug>`: an English body shares its entry's id. */
const translationId = ({ entry }: { entry: string }) =>
  entry.replace(/^.*\//, '').replace(/\.en\.mdx?$/, '');
/**
 * Parks and cases: `<id>.md` holds the facts and the Chinese body, `<id>.en.md` the English
 * body only (the Sveltia/Decap `multiple_files` layout with the default locale unsuffixed).
 */
const FACTS = ['**/*.{md,mdx}', '!**/*.en.{md,mdx}'];
const ENGLISH = '**/*.en.{md,mdx}';

export const collections = {
  parks: defineCollection({
    loader: glob({ pattern: FACTS, base: `${root}/parks`, generateId: fileId }),
    schema: parkSchema,
  }),
  parksEn: defineCollection({
    loader: glob({ pattern: ENGLISH, base: `${root}/parks`, generateId: translationId }),
    schema: translationBodySchema,
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
    loader: glob({ pattern: FACTS, base: `${root}/cases`, generateId: fileId }),
    schema: caseSchema,
  }),
  casesEn: defineCollection({
    loader: glob({ pattern: ENGLISH, base: `${root}/cases`, generateId: translationId }),
    schema: translationBodySchema,
  }),
  processes: defineCollection({
    loader: glob({
      pattern: '**/*.{yaml,yml}',
      base: `${root}/taxonomy/processes`,
      generateId: fileId,
    }),
    schema: processSchema,
  }),
  chains: defineCollection({
    loader: glob({
      pattern: '**/*.{yaml,yml}',
      base: `${root}/taxonomy/chains`,
      generateId: fileId,
    }),
    schema: chainSchema,
  }),
};
