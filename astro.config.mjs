// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import sveltiaCms from './scripts/cms/vendor';

/** Canonical origin of the public site; override per deployment with SITE_URL. */
const site = process.env.SITE_URL ?? 'https://parks.example.org';

export default defineConfig({
  site,
  trailingSlash: 'always',
  // External CSS/JS files only, so the CSP needs no 'unsafe-inline'.
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Output/cache folders can be moved (benchmarks, content-validation tests). Note: when outDir
  // is outside the project, Astro 7 keeps its prerender chunks in <cwd>/.astro/.prerender, so
  // builds running at the same time need separate working folders or outDirs inside the repo.
  ...(process.env.ASTRO_OUT_DIR ? { outDir: process.env.ASTRO_OUT_DIR } : {}),
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  // zh-CN at unprefixed paths, English under /en/. Page files live once under
  // src/pages/[...lang]/ (src/i18n/routing.ts); this block gives astro:i18n and
  // Astro.currentLocale the same rule.
  i18n: {
    locales: ['zh-CN', 'en'],
    defaultLocale: 'zh-CN',
    routing: { prefixDefaultLocale: false },
  },
  integrations: [
    mdx(),
    // Alternates per URL (xhtml:link hreflang) for both languages; the key is the path segment.
    // Alternates per URL; never listed: the staff CMS at /admin/ and the park list's shell
    // (the picker function's template, not a page to index).
    sitemap({
      i18n: { defaultLocale: 'zh-CN', locales: { 'zh-CN': 'zh-CN', en: 'en' } },
      filter: (page) => {
        const path = new URL(page).pathname;
        return !path.startsWith('/admin/') && !/\/inquire\/parks\/$/.test(path);
      },
    }),
    // Sveltia CMS at /admin/, copied from node_modules (scripts/cms/vendor.ts).
    sveltiaCms(),
  ],
  vite: { plugins: [tailwindcss()], build: { assetsInlineLimit: 0 } },
  // A page whose `cacheKey` (src/data/cache-key.ts) and code are unchanged since the last
  // build is copied from Astro's cache in cacheDir instead of rendered again: a staff edit of
  // one park re-renders its own pages and the few lists it appears in (docs/PERFORMANCE.md).
  experimental: { incrementalBuild: true },
  devToolbar: { enabled: false },
});
