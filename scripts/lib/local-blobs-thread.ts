/**
 * The local Netlify Blobs service of `npm start`, run on its own worker thread.
 * In the server's thread every blob write (HTTP parse, mkdir, write, rename,
 * ETag hash) competed with the inquiry handler for one event loop; on its own
 * thread it uses another core, and the handler's loop only does the client side.
 * Same folder, same file format and same context as startLocalBlobs.
 */
import { Worker } from 'node:worker_threads';
import type { BlobsContext, LocalBlobs } from './local-blobs';

// Plain JavaScript run by the worker: it imports the TypeScript module through tsx's loader,
// which the worker inherits from the parent's execArgv (`tsx scripts/serve.ts`).
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
import(workerData.module).then(async ({ startLocalBlobs }) => {
  const blobs = await startLocalBlobs(workerData.dataDir);
  parentPort.on('message', async (message) => {
    if (message === 'stop') { await blobs.stop(); parentPort.postMessage({ stopped: true }); }
  });
  parentPort.postMessage({ directory: blobs.directory, context: blobs.context });
}).catch((error) => parentPort.postMessage({ error: String(error && error.stack || error) }));
`;

/** Starts startLocalBlobs(dataDir) on a worker thread and resolves once it listens. */
export function startLocalBlobsThread(dataDir: string): Promise<LocalBlobs> {
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: { dataDir, module: new URL('./local-blobs.ts', import.meta.url).href },
  });
  return new Promise<LocalBlobs>((resolve, reject) => {
    worker.once('error', reject);
    worker.once(
      'message',
      (message: { error?: string; directory?: string; context?: BlobsContext }) => {
        if (message.error || !message.directory || !message.context) {
          void worker.terminate();
          reject(new Error(`local Blobs thread failed to start: ${message.error ?? 'no context'}`));
          return;
        }
        const stop = async (): Promise<void> => {
          const stopped = new Promise<void>((done) => worker.once('message', () => done()));
          worker.postMessage('stop');
          await Promise.race([stopped, new Promise((done) => setTimeout(done, 2000).unref())]);
          await worker.terminate();
        };
        resolve({ directory: message.directory, context: message.context, stop });
      },
    );
  });
}
