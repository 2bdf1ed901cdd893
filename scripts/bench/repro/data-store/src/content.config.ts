/** One collection: every YAML file in REPRO_CONTENT_DIR, no schema. */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

export const collections = {
  items: defineCollection({
    loader: glob({ pattern: '*.yaml', base: process.env.REPRO_CONTENT_DIR ?? './content' }),
  }),
};
