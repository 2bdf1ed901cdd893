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
  // External CSS/JS files only, so the CSP needs no 'unsafe-inline'.
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Separate output/cache folders let benchmarks and parallel builds run side by side.
  ...(process.env.ASTRO_OUT_DIR ? { outDir: process.env.ASTRO_OUT_DIR } : {}),
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  integrations: [mdx(), sitemap()],
  vite: { plugins: [tailwindcss()], build: { assetsInlineLimit: 0 } },
  devToolbar: { enabled: false },
});
