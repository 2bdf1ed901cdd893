/**
 * A local Netlify Blobs service on disk, shared by `npm start` (scripts/serve.ts),
 * the staff CLI (scripts/leads.ts) and the tests. Several processes may run one
 * each on the same folder at once: every write is a file rename.
 */
import { randomBytes } from 'node:crypto';
import { join, resolve } from 'node:path';
import { BlobsServer } from '@netlify/blobs/server';

/** Site id under which local leads are filed; fixed so every process finds the same data. */
const LOCAL_SITE_ID = 'local-site';

/** What @netlify/blobs reads from NETLIFY_BLOBS_CONTEXT. */
export interface BlobsContext {
  edgeURL: string;
  uncachedEdgeURL: string;
  token: string;
  siteID: string;
}

export interface LocalBlobs {
  /** Folder the entries are kept in (`<dataDir>/blobs`). */
  directory: string;
  context: BlobsContext;
  stop(): Promise<void>;
}

/** Starts a BlobsServer on `<dataDir>/blobs`, on a random port with a random token. */
export async function startLocalBlobs(dataDir: string): Promise<LocalBlobs> {
  const directory = join(resolve(dataDir), 'blobs');
  const token = randomBytes(24).toString('hex');
  const server = new BlobsServer({ directory, token });
  const { port } = await server.start();
  const url = `http://127.0.0.1:${port}`;
  // Strong consistency needs uncachedEdgeURL; locally both point at the same server.
  const context: BlobsContext = {
    edgeURL: url,
    uncachedEdgeURL: url,
    token,
    siteID: LOCAL_SITE_ID,
  };
  return { directory, context, stop: async () => void (await server.stop()) };
}

/** NETLIFY_BLOBS_CONTEXT's value for a context: base64 of its JSON. */
function encodeBlobsContext(context: BlobsContext): string {
  return Buffer.from(JSON.stringify(context)).toString('base64');
}

/** Points @netlify/blobs in this process at `context` (as Netlify does in production). */
export function useBlobsContext(context: BlobsContext, env: NodeJS.ProcessEnv = process.env): void {
  env['NETLIFY_BLOBS_CONTEXT'] = encodeBlobsContext(context);
  env['SITE_ID'] = context.siteID;
}
