/**
 * The function against the site's real build output (`npm test` builds before
 * the integration tests; DIST_DIR points elsewhere): the published park facts
 * satisfy the ParkFacts contract the function reads, the no-JavaScript error page
 * is the built form of the inquirer's language with the entered values escaped,
 * and each language's form page ships only its own words.
 */
import { access, readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createInquiryHandler } from '../../netlify/lib/inquiry-handler';
import { clearParkFactsCache, loadParkFacts, loadParkFactsFor } from '../../netlify/lib/park-facts';
import { RateLimiter } from '../../netlify/lib/rate-limit';
import { en } from '../../src/forms/messages/en';
import { zhCN } from '../../src/forms/messages/zh-CN';
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

  it('publishes one facts file per park, equal to the facts in parks.json (what the function reads)', async () => {
    const parks = await loadParkFacts(factsPath);
    for (const park of parks) {
      const file = join(distDir, 'data', 'facts', `${park.slug}.json`);
      expect(await loadParkFactsFor([park.slug], { dir: dirname(file) }), park.slug).toEqual([
        park,
      ]);
    }
    expect(
      await loadParkFactsFor(['no-such-park'], { dir: join(distDir, 'data', 'facts') }),
    ).toEqual([]);
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
        locale: 'en',
      }),
    );
    const res = await handler(formRequest(fields), testContext());
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toMatch(/<title>Error: /);
    expect(html).toContain('<html lang="en"');
    expect(html).toContain(en.errors['email.format']);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; Co');
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).toContain('not-an-email');
    expect(html).toMatch(/href="#field-email"/);
  });

  it('answers a Chinese form post with the built Chinese page and Chinese messages', async () => {
    const fields = toFormFields(validInquiry({ email: 'not-an-email', idempotencyKey: undefined }));
    const res = await handler(formRequest(fields), testContext());
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toMatch(/<title>错误：/);
    expect(html).toContain(zhCN.errors['email.format']);
    expect(html).toContain(zhCN.summaryTitle);
    expect(html).not.toContain(en.summaryTitle);
  });
});

/** The JavaScript files a built page loads, with the chunks they import. */
async function scriptsOf(pagePath: string): Promise<Map<string, string>> {
  const html = await readFile(join(distDir, pagePath, 'index.html'), 'utf8');
  const pending = [...html.matchAll(/<script[^>]*\bsrc="(\/_astro\/[^"]+\.js)"/g)].map((match) =>
    join(distDir, match[1] ?? ''),
  );
  const files = new Map<string, string>();
  for (let file = pending.pop(); file; file = pending.pop()) {
    if (files.has(file)) continue;
    const code = await readFile(file, 'utf8');
    files.set(file, code);
    for (const match of code.matchAll(/(?:from|import)\s*"(\.\/[^"]+\.js)"/g))
      pending.push(join(dirname(file), match[1] ?? ''));
  }
  return files;
}

describe('each language ships its own words', () => {
  const sentences = (table: typeof en) =>
    [...Object.values(table.errors), ...Object.values(table.status), table.summaryTitle].filter(
      (text) => text.length > 3,
    );

  it.each([
    ['/inquire/', zhCN, en],
    ['/en/inquire/', en, zhCN],
  ] as const)(
    '%s: the script has no sentences; the page only its own',
    async (page, own, other) => {
      const scripts = await scriptsOf(page);
      expect(scripts.size).toBeGreaterThan(0);
      for (const [file, code] of scripts) {
        expect(code, file).not.toMatch(/\p{Script=Han}/u);
        for (const text of [...sentences(en), ...sentences(zhCN)]) {
          expect(code.includes(text), `${file}: ${text}`).toBe(false);
        }
      }
      const html = await readFile(join(distDir, page, 'index.html'), 'utf8');
      expect(html).toContain(own.page.heading);
      expect(html).toContain(JSON.stringify(own.errors['company.missing']));
      expect(html).not.toContain(JSON.stringify(other.errors['company.missing']));
      expect(html).not.toContain(other.submit);
    },
  );
});
