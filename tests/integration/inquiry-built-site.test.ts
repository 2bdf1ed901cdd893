/**
 * The function against the site's real build output (`npm test` builds before
 * the integration tests; DIST_DIR points elsewhere): the published park facts
 * satisfy the ParkFacts contract the function reads, and the no-JavaScript
 * error page is the built form with the entered values escaped.
 */
import { access } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createInquiryHandler } from '../../netlify/lib/inquiry-handler';
import { clearParkFactsCache, loadParkFacts } from '../../netlify/lib/park-facts';
import { RateLimiter } from '../../netlify/lib/rate-limit';
import {
  formRequest,
  jsonRequest,
  testContext,
  toFormFields,
  validInquiry,
} from '../support/harness';
import { useInquiryHarness } from '../support/blobs-fixture';

const distDir = resolve(process.env['DIST_DIR'] || 'dist');
const factsPath = join(distDir, 'data', 'parks.json');
const harness = useInquiryHarness();

beforeAll(async () => {
  process.env['LOG_LEVEL'] = 'silent';
  await access(factsPath).catch(() => {
    throw new Error(`${factsPath} is missing: run \`npm run build\` first (npm test does)`);
  });
  process.env['PARK_FACTS_PATH'] = factsPath;
  process.env['DIST_DIR'] = distDir;
  clearParkFactsCache();
});

const handler = createInquiryHandler({
  rateLimiter: new RateLimiter({ max: 100, windowMs: 60_000, salt: 't' }),
});

describe('built site', () => {
  it('publishes facts for every park that the function accepts', async () => {
    const parks = await loadParkFacts(factsPath);
    expect(parks.length).toBeGreaterThanOrEqual(5);
    expect(parks.map((park) => park.slug)).toContain('xiangjiang-auto-parts-zone');
    for (const park of parks) expect(park.inquiryResponseHours, park.slug).toBeGreaterThan(0);
  });

  it('qualifies a lead for the auto-parts zone above one for a park that does not target auto parts', async () => {
    const parks = await loadParkFacts(factsPath);
    const other = parks.find((park) => !park.targetChains.includes('auto-parts'));
    expect(other).toBeDefined();
    const res = await handler(
      jsonRequest(validInquiry({ parks: ['xiangjiang-auto-parts-zone', other?.slug] })),
      testContext(),
    );
    expect(res.status).toBe(201);
    const { id, responseHours } = (await res.json()) as { id: string; responseHours: number };
    const committed = parks
      .filter((park) => park.slug === 'xiangjiang-auto-parts-zone' || park.slug === other?.slug)
      .map((park) => park.inquiryResponseHours);
    expect(responseHours).toBe(Math.min(...committed));
    const fit = Object.fromEntries(
      (await harness.store().get(id))?.qualification.parks.map((park) => [park.slug, park.fit]) ??
        [],
    );
    expect(fit['xiangjiang-auto-parts-zone']).toBeGreaterThan(fit[other?.slug ?? ''] ?? 100);
  });

  it('answers a plain form post with errors by the built form page, values escaped', async () => {
    const fields = toFormFields(
      validInquiry({
        company: '<script>alert(1)</script> Co',
        email: 'not-an-email',
        idempotencyKey: undefined,
      }),
    );
    const res = await handler(formRequest(fields), testContext());
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toMatch(/<title>Error: /);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; Co');
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).toContain('not-an-email');
    expect(html).toMatch(/href="#field-email"/);
  });
});
