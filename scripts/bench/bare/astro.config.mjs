// @ts-check
/**
 * Astro's floor for the build-scale benchmark: the same content files as the site
 * (src/content.config.ts), one page per park Markdown file, no schema, no joins, no CSS
 * framework. Built by scripts/bench/build-scale.ts
 * with `astro build --root scripts/bench/bare`.
 */
import { defineConfig } from 'astro/config';

export default defineConfig({
  site: 'https://bare.example.org',
  trailingSlash: 'always',
  build: { format: 'directory' },
  ...(process.env.ASTRO_OUT_DIR ? { outDir: process.env.ASTRO_OUT_DIR } : {}),
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  devToolbar: { enabled: false },
});
