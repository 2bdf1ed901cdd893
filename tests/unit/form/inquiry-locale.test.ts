/**
 * The function answers in the inquirer's language: the body's `locale` field, else
 * Accept-Language, else zh-CN. Covers the 422 JSON messages, the no-JS error page (the
 * built page of that language), the 303 to that language's thanks page, 405, 429 and 503,
 * and the locale the stored lead keeps. The store is an in-memory stand-in.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createInquiryHandler, type InquiryDeps } from '../../../netlify/lib/inquiry-handler';
import type { StoredLead } from '../../../netlify/lib/lead';
import { StoreUnavailableError, type LeadStore } from '../../../netlify/lib/lead-store';
import { NO_NOTIFIER } from '../../../netlify/lib/notifier';
import { RateLimiter } from '../../../netlify/lib/rate-limit';
import { CHOICES_ELEMENT_ID, serializeChoices } from '../../../src/forms/choices';
import { en } from '../../../src/forms/messages/en';
import { zhCN } from '../../../src/forms/messages/zh-CN';
import {
  FORM_END_MARKER,
  FORM_START_MARKER,
  renderInquiryForm,
} from '../../../src/forms/render-form';
import type { Locale } from '../../../src/i18n/locales';
import {
  FIXTURE_PARKS,
  formRequest,
  jsonRequest,
  testContext,
  toFormFields,
  validInquiry,
} from '../../support/harness';

/** Leads in a Map; `failing` makes every write a store outage. */
function memoryStore(failing = false): LeadStore & { stored: Map<string, StoredLead> } {
  const leads = new Map<string, StoredLead>();
  return {
    stored: leads,
    leads: async function* () {
      yield* leads.values();
    },
    appendStatus: async () => null,
    history: async () => [],
    allSteps: async () => new Map(),
    create: async (lead) => {
      if (failing) throw new StoreUnavailableError('create');
      const existing = leads.get(lead.id);
      if (existing) return { lead: existing, created: false };
      leads.set(lead.id, lead);
      return { lead, created: true };
    },
    get: async (id) => leads.get(id) ?? null,
    list: async () => [...leads.values()],
    recent: async () => [],
    update: async () => null,
    outbox: async () => [],
    removeFromOutbox: async () => undefined,
    pruneRecent: async () => 0,
  };
}

const choices = {
  parks: FIXTURE_PARKS.map((park) => ({
    slug: park.slug,
    name: park.slug,
    place: 'Hunan',
    responseHours: park.inquiryResponseHours,
  })),
  industries: [{ value: 'auto-parts', label: 'auto-parts' }],
  processes: [],
};

/** A built form page of `locale`, shaped as the build writes it. */
function builtPage(locale: Locale): string {
  const words = locale === 'en' ? en : zhCN;
  return (
    `<!doctype html><html lang="${locale}"><head><title>${words.page.title}</title></head><body><main>` +
    FORM_START_MARKER +
    renderInquiryForm(choices, words) +
    FORM_END_MARKER +
    `<script type="application/json" id="${CHOICES_ELEMENT_ID}">${serializeChoices(choices)}</script>` +
    '</main></body></html>'
  );
}

let dist: string;
const savedDist = process.env['DIST_DIR'];
beforeAll(async () => {
  process.env['LOG_LEVEL'] = 'silent';
  dist = await mkdtemp(path.join(tmpdir(), 'inquiry-locale-'));
  process.env['DIST_DIR'] = dist;
  await mkdir(path.join(dist, 'en', 'inquire'), { recursive: true });
  await mkdir(path.join(dist, 'inquire'), { recursive: true });
  await writeFile(path.join(dist, 'inquire', 'index.html'), builtPage('zh-CN'));
  await writeFile(path.join(dist, 'en', 'inquire', 'index.html'), builtPage('en'));
});
afterAll(async () => {
  if (savedDist === undefined) delete process.env['DIST_DIR'];
  else process.env['DIST_DIR'] = savedDist;
  await rm(dist, { recursive: true, force: true });
});

function handlerWith(overrides: Partial<InquiryDeps> = {}) {
  const store = memoryStore();
  const handler = createInquiryHandler({
    store,
    notifier: NO_NOTIFIER,
    rateLimiter: new RateLimiter({ max: 1000, windowMs: 60_000, salt: 'test' }),
    loadParks: async () => FIXTURE_PARKS,
    env: {},
    ...overrides,
  });
  return { store, send: (req: Request) => handler(req, testContext()) };
}

const ZH_ACCEPT = { 'accept-language': 'zh-CN,zh;q=0.9,en;q=0.8' };
const EN_ACCEPT = { 'accept-language': 'en-GB,en;q=0.9' };

async function errorsOf(res: Response): Promise<Record<string, string>> {
  expect(res.status).toBe(422);
  return ((await res.json()) as { errors: Record<string, string> }).errors;
}

describe('422 JSON messages', () => {
  it('follow the locale field over Accept-Language', async () => {
    const { send } = handlerWith();
    const zh = await errorsOf(await send(jsonRequest({ locale: 'zh-CN' }, EN_ACCEPT)));
    expect(zh['company']).toBe('请输入企业名称（与营业执照一致）');
    expect(zh['uscc']).toBe(zhCN.errors['uscc.missing']);
    const english = await errorsOf(await send(jsonRequest({ locale: 'en' }, ZH_ACCEPT)));
    expect(english['company']).toBe('Enter the company name');
  });

  it('follow Accept-Language without a locale field, and default to Chinese', async () => {
    const { send } = handlerWith();
    expect((await errorsOf(await send(jsonRequest({}, EN_ACCEPT))))['parks']).toBe(
      'Choose at least one park',
    );
    expect((await errorsOf(await send(jsonRequest({}, ZH_ACCEPT))))['parks']).toBe(
      '请至少选择一个园区',
    );
    expect(
      (await errorsOf(await send(jsonRequest({}, { 'accept-language': 'de, fr' }))))['parks'],
    ).toBe('请至少选择一个园区');
    expect((await errorsOf(await send(jsonRequest({}))))['parks']).toBe('请至少选择一个园区');
  });

  it('report an unknown locale in the Accept-Language language, with params filled in', async () => {
    const { send } = handlerWith();
    const errors = await errorsOf(
      await send(jsonRequest(validInquiry({ locale: 'fr', uscc: '9111' }), EN_ACCEPT)),
    );
    expect(errors['locale']).toBe('Send the locale as zh-CN or en');
    expect(errors['uscc']).toContain('(you entered 4 characters)');
  });
});

describe('the no-JavaScript answers', () => {
  it('422: the built page of the form language, its messages and title', async () => {
    const { send } = handlerWith();
    const fields = toFormFields(validInquiry({ company: '', locale: 'en' }));
    const res = await send(formRequest(fields, ZH_ACCEPT));
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain('<html lang="en">');
    expect(html).toContain(`<title>Error: ${en.page.title}</title>`);
    expect(html).toContain('Enter the company name');
    expect(html).not.toContain('请');

    const zh = await send(
      formRequest(toFormFields(validInquiry({ company: '', locale: 'zh-CN' }))),
    );
    const zhHtml = await zh.text();
    expect(zhHtml).toContain('<html lang="zh-CN">');
    expect(zhHtml).toContain(`<title>错误：${zhCN.page.title}</title>`);
    expect(zhHtml).toContain('请输入企业名称（与营业执照一致）');
    expect(zhHtml).not.toContain('There is a problem');
  });

  it('303 to the thanks page of the language, and the lead keeps it', async () => {
    const { send, store } = handlerWith();
    const english = await send(
      formRequest(toFormFields(validInquiry({ idempotencyKey: undefined, locale: 'en' }))),
    );
    expect(english.status).toBe(303);
    expect(english.headers.get('location')).toMatch(/^\/en\/inquire\/thanks\/\?ref=ld_[0-9a-f]+$/);
    const chinese = await send(
      formRequest(
        toFormFields(validInquiry({ idempotencyKey: undefined, email: 'b@example-components.cn' })),
        EN_ACCEPT,
      ),
    );
    // No locale field: Accept-Language decides.
    expect(chinese.headers.get('location')).toMatch(/^\/en\/inquire\/thanks\//);
    const zh = await send(
      formRequest(
        toFormFields(validInquiry({ idempotencyKey: undefined, email: 'c@example-components.cn' })),
        ZH_ACCEPT,
      ),
    );
    expect(zh.headers.get('location')).toMatch(/^\/inquire\/thanks\/\?ref=ld_/);
    const locales = [...store.stored.values()].map((lead) => lead.locale).sort();
    expect(locales).toEqual(['en', 'en', 'zh-CN']);
    for (const lead of store.stored.values()) expect(lead.inquiry).not.toHaveProperty('locale');
  });
});

describe('refusals in the inquirer language', () => {
  it('429 reads the locale field of the refused body, else Accept-Language', async () => {
    const { send } = handlerWith({
      rateLimiter: new RateLimiter({ max: 0, windowMs: 60_000, salt: 'test' }),
    });
    const zhJson = await send(jsonRequest({ locale: 'zh-CN' }, EN_ACCEPT));
    expect(zhJson.status).toBe(429);
    const seconds = zhJson.headers.get('retry-after');
    expect(await zhJson.json()).toEqual({
      error: `您的网络提交次数过多；请在 ${seconds} 秒后重试。`,
    });
    const enPage = await send(formRequest([['locale', 'en']], ZH_ACCEPT));
    const html = await enPage.text();
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('Too many inquiries from this connection');
    expect(html).toContain('href="/en/inquire/"');
    const fallback = await send(formRequest([], ZH_ACCEPT));
    expect(await fallback.text()).toContain('返回投资咨询表');
  });

  it('503 when the store is down, in the locale of the body', async () => {
    const { send } = handlerWith({ store: memoryStore(true) });
    const zh = await send(jsonRequest(validInquiry({ locale: 'zh-CN' }), EN_ACCEPT));
    expect(zh.status).toBe(503);
    expect(zh.headers.get('retry-after')).toBe('30');
    expect(await zh.json()).toEqual({ error: zhCN.server.unavailable });
    const english = await send(formRequest(toFormFields(validInquiry({ locale: 'en' }))));
    expect(english.status).toBe(503);
    const html = await english.text();
    expect(html).toContain(en.server.unavailable);
    expect(html).toContain(en.server.notSent);
  });

  it('405 and unreadable bodies follow Accept-Language', async () => {
    const { send } = handlerWith();
    const get = await send(new Request('http://localhost/api/inquiry', { headers: EN_ACCEPT }));
    expect(get.status).toBe(405);
    expect(await get.text()).toContain(en.server.methodNotAllowed);
    const broken = await send(jsonRequest('{not json', ZH_ACCEPT));
    expect(broken.status).toBe(400);
    expect(await broken.json()).toEqual({ error: zhCN.server.badRequest });
  });
});
