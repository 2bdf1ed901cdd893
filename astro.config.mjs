// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';

/** Canonical origin of the public site; override per deployment with SITE_URL. */
const site = process.env.SITE_URL ?? 'https://parks.example.org';

export default defineConfig({
  site,
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Separate output/cache folders let benchmarks and parallel builds run side by side.
  ...(process.env.ASTRO_OUT_DIR ? { outDir: process.env.ASTRO_OUT_DIR } : {}),
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  integrations: [mdx(), sitemap()],
  vite: { plugins: [tailwindcss()] },
  devToolbar: { enabled: false },
});
