// @ts-check
/**
 * Minimal reproduction (issue 13): one collection of generated YAML files and one page
 * that only counts them. Built by scripts/bench/repro/data-store.ts at several content
 * sizes to show how Astro's build memory and time grow with the content bytes.
 */
import { defineConfig } from 'astro/config';

export default defineConfig({
  ...(process.env.ASTRO_OUT_DIR ? { outDir: process.env.ASTRO_OUT_DIR } : {}),
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  devToolbar: { enabled: false },
});
