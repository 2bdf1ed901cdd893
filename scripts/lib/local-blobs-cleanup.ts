/**
 * Start-up repair of the local Blobs folder. The local BlobsServer writes each
 * entry to a temporary file named `.<random base-36>` beside it and renames it
 * into place (@netlify/blobs/dist/server.js, `put`); a crash between the two
 * leaves the temporary file, which the server then lists as if it were an entry.
 * Run only while no BlobsServer writes to the folder (before `npm start` starts its own).
 */
import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';

/** Names the local BlobsServer gives its temporary files; real keys never look like this. */
const TEMP_NAME = /^\.[0-9a-z]+$/;

async function* files(dir: string): AsyncGenerator<string> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else if (TEMP_NAME.test(entry.name)) yield path;
  }
}

/** Removes leftover temporary files under `blobsDir`; returns how many there were. */
export async function removeLeftoverTempFiles(blobsDir: string): Promise<number> {
  let removed = 0;
  for await (const path of files(blobsDir)) {
    await rm(path, { force: true });
    removed += 1;
  }
  return removed;
}
