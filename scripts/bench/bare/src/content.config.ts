/**
 * The bare reference loads the SAME content files as the site (parks and cases with their
 * English bodies, suppliers, institutions, taxonomy), so ours / bare measures our own work
 * (schemas, joins, distances, page markup), not the number of files. No schemas here:
 * the files' frontmatter and YAML are loaded as they are.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

const root = process.env.CONTENT_DIR ?? '../../../content';
const files = (folder: string, pattern: string) =>
  defineCollection({ loader: glob({ pattern, base: `${root}/${folder}` }) });

export const collections = {
  /** Park facts with the Chinese body (`<id>.md`) and English bodies (`<id>.en.md`). */
  parks: files('parks', '**/*.md'),
  cases: files('cases', '**/*.md'),
  suppliers: files('suppliers', '**/*.{yaml,yml}'),
  institutions: files('institutions', '**/*.{yaml,yml}'),
  processes: files('taxonomy/processes', '**/*.{yaml,yml}'),
  chains: files('taxonomy/chains', '**/*.{yaml,yml}'),
};
