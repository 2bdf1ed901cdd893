/**
 * Astro integration: serves Sveltia CMS from node_modules at /admin/ (the admin page, its
 * config.yml and cms-offline.js live in public/admin/). The bundle is copied into the build
 * output rather than committed, so the version is the one in package-lock.json; `astro dev`
 * serves the same files straight from node_modules. Nothing comes from a CDN: the three
 * @font-face URLs the bundle points at cdn.jsdelivr.net are rewritten to /admin/fonts/,
 * served from the matching @fontsource packages.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** A file under /admin/: which package it comes from and where inside it. */
interface VendorFile {
  pkg: string;
  file: string;
}

/** URL path under /admin/ → file inside an npm package. */
export const VENDOR_FILES: Readonly<Record<string, VendorFile>> = {
  'sveltia-cms.js': { pkg: '@sveltia/cms', file: 'dist/sveltia-cms.js' },
  // Loaded on demand next to the bundle (document.currentScript), before its CDN fallback.
  'chunks/react-dom.js': { pkg: '@sveltia/cms', file: 'dist/chunks/react-dom.js' },
  // Interface strings for Chinese browsers (English is built in); see public/admin/cms-offline.js.
  'locales/zh-CN.json': { pkg: '@sveltia/cms', file: 'locales/zh-CN.json' },
  'locales/zh-TW.json': { pkg: '@sveltia/cms', file: 'locales/zh-TW.json' },
  'fonts/material-symbols-outlined.woff2': {
    pkg: '@fontsource-variable/material-symbols-outlined',
    file: 'files/material-symbols-outlined-latin-wght-normal.woff2',
  },
  'fonts/source-sans-3.woff2': {
    pkg: '@fontsource-variable/source-sans-3',
    file: 'files/source-sans-3-latin-wght-normal.woff2',
  },
  'fonts/noto-mono.woff2': {
    pkg: '@fontsource/noto-mono',
    file: 'files/noto-mono-latin-400-normal.woff2',
  },
};

/** The bundle's CDN font URLs and the local files that replace them. */
export const FONT_URLS: Readonly<Record<string, string>> = {
  'https://cdn.jsdelivr.net/fontsource/fonts/material-symbols-outlined:vf@5.3.7/latin-wght-normal.woff2':
    '/admin/fonts/material-symbols-outlined.woff2',
  'https://cdn.jsdelivr.net/fontsource/fonts/source-sans-3:vf@5.3.0/latin-wght-normal.woff2':
    '/admin/fonts/source-sans-3.woff2',
  'https://cdn.jsdelivr.net/fontsource/fonts/noto-mono@5.3.0/latin-400-normal.woff2':
    '/admin/fonts/noto-mono.woff2',
};

/** An installed package's folder (found by its package.json, whatever it exports). */
export function packageDir(name: string): string {
  const require = createRequire(import.meta.url);
  for (const base of require.resolve.paths(name) ?? []) {
    if (existsSync(join(base, name, 'package.json'))) return join(base, name);
  }
  throw new Error(`cms: the npm package ${name} is not installed; run npm ci`);
}

/** The bundle with its CDN font URLs pointed at /admin/fonts/; fails if the bundle changed. */
export function localizeBundle(code: string): string {
  let out = code;
  for (const [cdn, local] of Object.entries(FONT_URLS)) {
    if (!out.includes(cdn))
      throw new Error(
        `cms: the Sveltia CMS bundle no longer loads ${cdn}; update FONT_URLS and the @fontsource versions in scripts/cms/vendor.ts`,
      );
    out = out.replaceAll(cdn, local);
  }
  const left = /https:\/\/cdn\.jsdelivr\.net\/fontsource\/[^)\s`'"]+/.exec(out);
  if (left) throw new Error(`cms: the Sveltia CMS bundle loads a font from a CDN: ${left[0]}`);
  return out;
}

/** The bytes served at /admin/<target>. */
export function vendorFile(target: string): Buffer | string {
  const entry = VENDOR_FILES[target];
  if (!entry) throw new Error(`cms: no vendor file ${target}`);
  const path = join(packageDir(entry.pkg), entry.file);
  if (!existsSync(path)) throw new Error(`cms: ${path} is missing; run npm ci`);
  return target === 'sveltia-cms.js'
    ? localizeBundle(readFileSync(path, 'utf8'))
    : readFileSync(path);
}

/** Writes the vendor files into `<outDir>/admin/`; returns the paths written. */
export function copyVendorFiles(outDir: string): string[] {
  return Object.keys(VENDOR_FILES).map((target) => {
    const to = join(outDir, 'admin', target);
    mkdirSync(dirname(to), { recursive: true });
    const entry = VENDOR_FILES[target]!;
    if (target === 'sveltia-cms.js') writeFileSync(to, vendorFile(target));
    else copyFileSync(join(packageDir(entry.pkg), entry.file), to);
    return to;
  });
}

const TYPES: Record<string, string> = {
  js: 'text/javascript; charset=utf-8',
  json: 'application/json; charset=utf-8',
  woff2: 'font/woff2',
};

export default function sveltiaCms(): AstroIntegration {
  return {
    name: 'park-showcase:sveltia-cms',
    hooks: {
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((req, res, next) => {
          const target = (req.url ?? '').split('?')[0]?.replace(/^\/admin\//, '') ?? '';
          if (!req.url?.startsWith('/admin/') || !VENDOR_FILES[target]) return next();
          res.setHeader(
            'Content-Type',
            TYPES[target.split('.').pop() ?? ''] ?? 'application/octet-stream',
          );
          res.end(vendorFile(target));
        });
      },
      'astro:build:done': ({ dir, logger }) => {
        const written = copyVendorFiles(fileURLToPath(dir));
        logger.info(`copied Sveltia CMS into /admin/ (${written.length} files, fonts local)`);
      },
    },
  };
}
