/**
 * One cold start of the inquiry function, bundled by esbuild as Netlify bundles it
 * (scripts/bench/cold-start.ts runs this bundle in a fresh process per sample): loading
 * the module (every zod schema built), then the first inquiry — reading the named parks'
 * facts, validating, qualifying — answered with 201, then a second one (warm). Leads go
 * to memory, so storage latency is not counted. Prints one JSON line of timings in ms
 * since the process started (performance.now()) and of CPU time used (process.cpuUsage()).
 *
 * Environment: PARK_FACTS_DIR (one file per park) or PARK_FACTS_PATH (one file of all),
 * COLD_START_PARKS (comma-separated slugs to name).
 */
import { createInquiryHandler } from '../../../netlify/lib/inquiry-handler';
import type { CreateResult, LeadStore } from '../../../netlify/lib/lead-store';
import type { StoredLead } from '../../../netlify/lib/lead';
import { NO_NOTIFIER } from '../../../netlify/lib/notifier';
import { RateLimiter } from '../../../netlify/lib/rate-limit';

const loadedMs = performance.now();
/** CPU time (user + system) this process has used so far, in ms: fairer than wall time on a busy machine. */
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
const loadedCpuMs = cpuMs();

const leads = new Map<string, StoredLead>();
const unused = (): never => {
  throw new Error('not used by the cold-start sample');
};
const store: LeadStore = {
  create: (lead: StoredLead): Promise<CreateResult> => {
    const existing = leads.get(lead.id);
    if (!existing) leads.set(lead.id, lead);
    return Promise.resolve({ lead: existing ?? lead, created: !existing });
  },
  recent: () => Promise.resolve([]),
  get: unused,
  leads: unused,
  list: unused,
  appendStatus: unused,
  history: unused,
  allSteps: unused,
  update: unused,
  outbox: unused,
  removeFromOutbox: unused,
  pruneRecent: unused,
};

const handler = createInquiryHandler({
  store,
  notifier: NO_NOTIFIER,
  rateLimiter: new RateLimiter({ max: 1000, windowMs: 60_000, salt: 'bench' }),
});
const parks = (process.env['COLD_START_PARKS'] ?? '').split(',').filter(Boolean);
const inquiry = (n: number) =>
  new Request('http://127.0.0.1/api/inquiry', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'accept-language': 'en' },
    body: JSON.stringify({
      parks,
      company: `Cold Start Precision Parts Co ${n}`,
      uscc: '91110000101623741K',
      country: 'CN',
      contactName: 'Zhou Min',
      role: 'Plant Manager',
      email: `zhou.min.${n}@cold-start.example.cn`,
      phone: '+86 731 5555 0142',
      industry: 'auto-parts',
      projectType: 'expansion',
      products: 'Machined aluminium housings',
      investmentCny: 120_000_000,
      landMu: 30,
      powerKw: 1200,
      jobs: 90,
      timeline: '6-12m',
      needs: ['suppliers'],
      message: 'We would like to compare land prices and supplier distances for a second plant.',
      consent: true,
      idempotencyKey: `cold-start-${n}-${Date.now()}`,
      locale: 'en',
    }),
  });

const context = { ip: '127.0.0.1', requestId: 'cold-start' };
const first = await handler(inquiry(1), context);
const firstMs = performance.now();
const readyCpuMs = cpuMs();
const second = await handler(inquiry(2), context);
const secondMs = performance.now();
process.stdout.write(
  `${JSON.stringify({
    status: [first.status, second.status],
    body: first.status === 201 ? undefined : await first.text(),
    loadedMs,
    firstRequestMs: firstMs - loadedMs,
    readyMs: firstMs,
    loadedCpuMs,
    readyCpuMs,
    secondRequestMs: secondMs - firstMs,
    rssBytes: process.memoryUsage().rss,
  })}\n`,
);
