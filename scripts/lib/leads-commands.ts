/**
 * The staff commands that read leads: list, show, export, migrate. Each reads
 * through the index (newest first, one day at a time), so `list --limit 50`
 * reads about 50 leads and `export` holds one day's keys, never every lead.
 */
import { LEAD_ID_PATTERN, type StoredLead } from '../../netlify/lib/lead';
import { SLUG_PATTERN } from '../../netlify/lib/lead-keys';
import { currentStatus, type HistoryStep, type LeadStatus } from '../../netlify/lib/pipeline';
import { parseSince, UsageError, type Command, type CommandContext } from './leads-cli';
import { staffLocaleFromEnv } from '../../netlify/lib/staff-text';
import { leadDetails } from './lead-details';
import { csvHeader, csvRow, leadsTable } from './leads-format';

const TIERS = ['A', 'B', 'C'];
const STATUSES = ['new', 'contacted', 'visit-scheduled', 'visited', 'signed', 'landed', 'lost'];

/** The park filter, checked so it can only ever name an index folder. */
export function parkOption(value: string | undefined): string | undefined {
  if (value !== undefined && !SLUG_PATTERN.test(value))
    throw new UsageError(`--park takes a park slug such as xiangjiang-auto-parts-zone`);
  return value;
}

/** Leads newest first with their current status, filtered as the options say. */
async function* selected(
  context: CommandContext,
  steps: Map<string, HistoryStep[]>,
): AsyncGenerator<{ lead: StoredLead; status: LeadStatus }> {
  const { tier, status } = context.options;
  if (tier !== undefined && !TIERS.includes(tier)) throw new UsageError('--tier takes A, B or C');
  if (status !== undefined && !STATUSES.includes(status))
    throw new UsageError(`--status takes one of ${STATUSES.join(', ')}`);
  const park = parkOption(context.options.park);
  const since = parseSince(context.options.since);
  const query = { ...(park ? { park } : {}), ...(since ? { since } : {}) };
  for await (const lead of context.store.leads(query, context.skipped)) {
    const current = currentStatus(steps.get(lead.id) ?? []);
    if (tier !== undefined && lead.qualification.tier !== tier) continue;
    if (status !== undefined && current !== status) continue;
    yield { lead, status: current };
  }
}

export const list: Command = async (context) => {
  const raw = context.options.limit ?? '50';
  const limit = Number(raw);
  if (!Number.isInteger(limit) || limit < 1) throw new UsageError('--limit takes a whole number');
  const steps = await context.store.allSteps();
  const rows: { lead: StoredLead; status: LeadStatus }[] = [];
  for await (const row of selected(context, steps)) {
    rows.push(row);
    if (rows.length >= limit) break;
  }
  if (context.options.json) {
    await context.out(
      JSON.stringify(
        rows.map(({ lead, status }) => ({ ...lead, status })),
        null,
        2,
      ),
    );
  } else if (rows.length === 0) {
    const filtered = ['park', 'tier', 'since', 'status'].some(
      (name) => context.options[name as keyof typeof context.options] !== undefined,
    );
    await context.out(`No leads ${filtered ? 'match' : 'yet'} in ${context.where}.`);
  } else {
    const more = rows.length === limit ? ` (the newest ${limit}; --limit shows more)` : '';
    await context.out(`${leadsTable(rows)}\n\n${rows.length} lead(s) in ${context.where}${more}.`);
  }
  return 0;
};

export const show: Command = async (context) => {
  const id = context.args[0] ?? '';
  if (!id) throw new UsageError('Name the lead: npm run leads -- show <id>');
  if (!LEAD_ID_PATTERN.test(id)) {
    console.error(`"${id}" is not a lead id; ids look like ld_0123456789abcdef0123.`);
    return 1;
  }
  const lead = await context.store.get(id);
  if (!lead) {
    console.error(`No lead with id ${id} in ${context.where}.`);
    return 1;
  }
  const history = await context.store.history(id);
  const status = currentStatus(history);
  await context.out(
    context.options.json
      ? JSON.stringify({ ...lead, status, history }, null, 2)
      : leadDetails(lead, history, staffLocaleFromEnv()),
  );
  return 0;
};

export const exportLeads: Command = async (context) => {
  const format = context.options.json ? 'json' : context.options.format;
  if (format !== 'csv' && format !== 'json')
    throw new UsageError('Choose the export format: --format csv or --format json (or --json)');
  const steps = await context.store.allSteps();
  let count = 0;
  // CSV lines end in CRLF (RFC 4180): out() adds the LF.
  if (format === 'csv') await context.out(`${csvHeader()}\r`);
  else await context.out('[');
  for await (const { lead, status } of selected(context, steps)) {
    if (format === 'csv') await context.out(`${csvRow(lead, status)}\r`);
    else await context.out(`${count > 0 ? ',' : ''}${JSON.stringify({ ...lead, status })}`);
    count += 1;
  }
  if (format === 'json') await context.out(']');
  console.error(`Exported ${count} lead(s) from ${context.where}.`);
  return 0;
};

export const migrate: Command = async (context) => {
  const report = await context.store.migrate({ force: true });
  for (const entry of report.skipped) context.skipped(entry);
  await context.out(
    context.options.json
      ? JSON.stringify(report, null, 2)
      : `Indexed ${report.leads} lead(s) (${report.markers} index entries) in ${context.where}.`,
  );
  return 0;
};
