/**
 * The one Blobs-server fixture of the integration tests: call it at the top of a
 * test file and it starts an inquiry harness (a BlobsServer on a fresh temporary
 * folder, the fixture parks, NETLIFY_BLOBS_CONTEXT pointed at it, logs silenced)
 * before the file's own hooks, and removes it after the file's tests.
 */
import { afterAll, beforeAll } from 'vitest';
import type { ParkFacts } from '../../src/domain/park-facts';
import { FIXTURE_PARKS, startInquiryHarness, type InquiryHarness } from './harness';

/** The harness for this file; its properties are usable from the first hook on. */
export function useInquiryHarness(parks: ParkFacts[] = FIXTURE_PARKS): InquiryHarness {
  let current: InquiryHarness | undefined;
  const started = (): InquiryHarness => {
    if (!current) throw new Error('the Blobs fixture is used before its beforeAll ran');
    return current;
  };
  beforeAll(async () => {
    process.env['LOG_LEVEL'] = 'silent';
    current = await startInquiryHarness(parks);
  });
  afterAll(async () => {
    await current?.close();
    current = undefined;
  });
  return {
    get dir() {
      return started().dir;
    },
    get factsPath() {
      return started().factsPath;
    },
    get blobs() {
      return started().blobs;
    },
    store: () => started().store(),
    close: () => started().close(),
  };
}
