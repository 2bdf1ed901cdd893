/**
 * Gives Sveltia CMS a local repository without a person at the keyboard.
 *
 * What is simulated, and why: staff open /admin/ on localhost, press "使用本地仓库 / Work
 * with Local Repository" and pick their clone in Chromium's folder dialog (File System Access
 * API, `window.showDirectoryPicker`). A test cannot answer that native dialog, and the API
 * only opens it after a user gesture. So before any page script runs, an init script
 * (1) copies content/ (and an empty .git folder, which Sveltia checks to confirm a
 * repository root) into the page's Origin Private File System, a real
 * FileSystemDirectoryHandle the CMS reads and writes exactly like a picked folder, and
 * (2) replaces `window.showDirectoryPicker` with a function that returns that handle.
 * Everything after the pick (reading the configuration, listing, parsing and saving
 * files) is Sveltia's own code on the real files.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { Page } from '@playwright/test';

/** Every file under content/, keyed by its path from the repository root. */
export function contentFiles(root = resolve('.')): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else files[relative(root, path).split(sep).join('/')] = readFileSync(path, 'utf8');
    }
  };
  walk(join(root, 'content'));
  return files;
}

/**
 * The init script, as plain JavaScript text: Playwright would otherwise serialise a function
 * from this module, which tsx/esbuild may have rewritten with helpers the page does not have.
 */
const INIT_SCRIPT = `(() => {
  const entries = __ENTRIES__;
  const ready = (async () => {
    const root = await navigator.storage.getDirectory();
    const repo = await root.getDirectoryHandle('repo', { create: true });
    await repo.getDirectoryHandle('.git', { create: true });
    for (const [path, text] of Object.entries(entries)) {
      const parts = path.split('/');
      let dir = repo;
      for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part, { create: true });
      const handle = await dir.getFileHandle(parts[parts.length - 1], { create: true });
      const writable = await handle.createWritable();
      await writable.write(text);
      await writable.close();
    }
    return repo;
  })();
  Object.defineProperty(window, 'showDirectoryPicker', { configurable: true, value: () => ready });
})();`;

/** Installs the simulated repository (see the module comment) before the page loads. */
export async function useLocalRepository(page: Page, files = contentFiles()): Promise<void> {
  await page.addInitScript({
    content: INIT_SCRIPT.replace('__ENTRIES__', () => JSON.stringify(files)),
  });
}

/** Reads a file back from the simulated repository (after the CMS saved it). */
export async function readRepositoryFile(page: Page, path: string): Promise<string | null> {
  return page.evaluate(async (filePath) => {
    let dir = await (await navigator.storage.getDirectory()).getDirectoryHandle('repo');
    const parts = filePath.split('/');
    try {
      for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part);
      return await (await (await dir.getFileHandle(parts.at(-1)!)).getFile()).text();
    } catch {
      return null;
    }
  }, path);
}
