/**
 * The staff commands of the pipeline: `status` records a step in a lead's
 * append-only history, `report` prints the funnel per park.
 */
import { LEAD_ID_PATTERN } from '../../netlify/lib/lead';
import {
  currentStatus,
  isPipelineStatus,
  PIPELINE_STATUSES,
  type StatusEntry,
} from '../../netlify/lib/pipeline';
import { parkOption } from './leads-commands';
import { parseSince, UsageError, type Command } from './leads-cli';
import { funnelTable, FunnelBuilder } from './leads-report';

const MAX_TEXT = 500;

export const status: Command = async (context) => {
  const [id = '', step = ''] = context.args;
  if (!id || !step)
    throw new UsageError(`Usage: status <id> ${PIPELINE_STATUSES.join('|')} [--note …] [--by …]`);
  if (!LEAD_ID_PATTERN.test(id)) {
    console.error(`"${id}" is not a lead id; ids look like ld_0123456789abcdef0123.`);
    return 1;
  }
  if (!isPipelineStatus(step))
    throw new UsageError(`The status is one of ${PIPELINE_STATUSES.join(', ')}, not "${step}".`);
  const { note, by } = context.options;
  if ((note?.length ?? 0) > MAX_TEXT || (by?.length ?? 0) > 100)
    throw new UsageError(`--note takes at most ${MAX_TEXT} characters, --by at most 100`);
  const entry: StatusEntry = {
    status: step,
    at: new Date().toISOString(),
    ...(note ? { note } : {}),
    ...(by ? { by } : {}),
  };
  const stored = await context.store.appendStatus(id, entry);
  if (!stored) {
    console.error(`No lead with id ${id} in ${context.where}.`);
    return 1;
  }
  const history = await context.store.history(id);
  const current = currentStatus(history);
  await context.out(
    context.options.json
      ? JSON.stringify({ id, entry: stored, status: current, history }, null, 2)
      : `Lead ${id}: ${step} recorded; ${history.length} step(s) in its history, now ${current}.`,
  );
  return 0;
};

export const report: Command = async (context) => {
  const park = parkOption(context.options.park);
  const since = parseSince(context.options.since);
  const steps = await context.store.allSteps();
  const funnel = new FunnelBuilder();
  const query = { ...(park ? { park } : {}), ...(since ? { since } : {}) };
  for await (const lead of context.store.leads(query, context.skipped))
    funnel.add(lead, steps.get(lead.id) ?? [], park);
  const rows = funnel.rows();
  const period = since ? `since ${since.toISOString().slice(0, 10)}` : 'all time';
  if (context.options.json) {
    await context.out(JSON.stringify({ since: since?.toISOString() ?? null, rows }, null, 2));
  } else if (rows.length === 0) {
    await context.out(`No leads ${period} in ${context.where}.`);
  } else {
    await context.out(
      `Funnel per park, ${period} (InTime: first contact within the committed business hours; MedH: median business hours to first contact)\n\n${funnelTable(rows)}`,
    );
  }
  return 0;
};
