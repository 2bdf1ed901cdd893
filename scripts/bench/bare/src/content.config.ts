/** The bare benchmark's only collection: park Markdown from CONTENT_DIR, frontmatter unvalidated. */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

const root = process.env.CONTENT_DIR ?? '../../../content';

export const collections = {
  parks: defineCollection({ loader: glob({ pattern: '**/*.md', base: `${root}/parks` }) }),
};
