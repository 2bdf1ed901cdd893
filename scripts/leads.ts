/**
 * Staff access to leads (there is no public endpoint that lists them):
 *
 *   npm run leads -- list [--json]               newest first: received, tier, score, parks, company
 *   npm run leads -- show <id> [--json]          one lead with every qualification reason
 *   npm run leads -- export --format csv|json    everything, for a spreadsheet or another tool
 *   npm run leads -- drain                       retry webhook notifications that failed
 *   npm run leads -- rescore [--dry-run] [--json]  score stored leads with the current rules
 *
 * Reads the local store in LEADS_DATA_DIR (default .data; works while `npm start`
 * runs), or production when NETLIFY_SITE_ID and NETLIFY_AUTH_TOKEN are set.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { BlobsLeadStore } from '../netlify/lib/blobs-lead-store';
import { LEAD_ID_PATTERN } from '../netlify/lib/lead';
import type { LeadStore } from '../netlify/lib/lead-store';
import { notifierFromEnv } from '../netlify/lib/notifier';
import { drainOutbox } from '../netlify/lib/outbox';
import { loadParkFacts } from '../netlify/lib/park-facts';
import { leadDetails, leadsTable, leadsToCsv } from './lib/leads-format';
import { rescoreLeads, rescoreText } from './lib/leads-rescore';
import { startLocalBlobs, useBlobsContext } from './lib/local-blobs';

const USAGE = `Usage: npm run leads -- <command>
  list [--json]              newest leads first (received, tier, score, parks, company)
  show <id> [--json]         one lead with every qualification reason
  export --format csv|json   all leads to stdout
  drain                      retry staff notifications that failed (needs LEAD_WEBHOOK_URL)
  rescore [--dry-run] [--json]  score leads from older rules again, list tier changes`;

class UsageError extends Error {}

interface Opened {
  store: LeadStore;
  where: string;
  close(): Promise<void>;
}

async function openStore(): Promise<Opened> {
  const siteID = process.env['NETLIFY_SITE_ID'];
  const token = process.env['NETLIFY_AUTH_TOKEN'];
  if (siteID && token) {
    return {
      store: new BlobsLeadStore({ siteID, token }),
      where: `Netlify site ${siteID}`,
      close: async () => undefined,
    };
  }
  const dataDir = resolve(process.env['LEADS_DATA_DIR'] || '.data');
  const blobs = await startLocalBlobs(dataDir);
  useBlobsContext(blobs.context);
  return { store: new BlobsLeadStore(), where: blobs.directory, close: () => blobs.stop() };
}

async function run(argv: string[], out: (text: string) => void): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      'dry-run': { type: 'boolean', default: false },
      format: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const [command, ...rest] = positionals;
  if (values.help || !command) {
    out(USAGE);
    return command || values.help ? 0 : 2;
  }
  if (!['list', 'show', 'export', 'drain', 'rescore'].includes(command))
    throw new UsageError(`Unknown command "${command}".`);
  if (command === 'show' && !rest[0])
    throw new UsageError('Name the lead: npm run leads -- show <id>');
  if (command === 'export' && values.format !== 'csv' && values.format !== 'json') {
    throw new UsageError('Choose the export format: --format csv or --format json');
  }

  const { store, where, close } = await openStore();
  try {
    if (command === 'show') {
      const id = rest[0] ?? '';
      if (!LEAD_ID_PATTERN.test(id)) {
        console.error(
          `"${id}" is not a lead id; ids look like ld_0123456789abcdef0123 (see npm run leads -- list).`,
        );
        return 1;
      }
      const lead = await store.get(id);
      if (!lead) {
        console.error(`No lead with id ${id} in ${where}.`);
        return 1;
      }
      out(values.json ? JSON.stringify(lead, null, 2) : leadDetails(lead));
      return 0;
    }
    if (command === 'rescore') {
      // The facts the function qualifies with (dist/data/parks.json or $PARK_FACTS_PATH).
      const report = await rescoreLeads(store, await loadParkFacts(), {
        dryRun: values['dry-run'],
        now: new Date(),
        emailSalt: process.env['LEAD_EMAIL_SALT'] ?? '',
      });
      out(values.json ? JSON.stringify(report, null, 2) : rescoreText(report));
      return 0;
    }
    if (command === 'drain') {
      const notifier = notifierFromEnv();
      if (!notifier.configured) {
        const queued = (await store.outbox()).length;
        console.error(
          `LEAD_WEBHOOK_URL is not set, so nothing can be sent; ${queued} notification(s) queued in ${where}.`,
        );
        return 1;
      }
      // Staff asking for a drain want it now, not at the next backoff step.
      const report = await drainOutbox(store, notifier, { force: true });
      out(
        `Outbox: ${report.queued} queued, ${report.sent} sent, ${report.failed} failed again, ${report.waiting} waiting, ${report.cleaned} cleaned up.`,
      );
      return report.failed > 0 ? 1 : 0;
    }

    const leads = await store.list();
    if (command === 'export') {
      out(values.format === 'csv' ? leadsToCsv(leads).trimEnd() : JSON.stringify(leads, null, 2));
      return 0;
    }
    if (values.json) out(JSON.stringify(leads, null, 2));
    else if (leads.length === 0) out(`No leads yet in ${where}.`);
    else out(`${leadsTable(leads)}\n\n${leads.length} lead(s) in ${where}.`);
    return 0;
  } finally {
    await close();
  }
}

try {
  process.exitCode = await run(process.argv.slice(2), (text) => process.stdout.write(`${text}\n`));
} catch (error) {
  if (error instanceof UsageError || (error instanceof TypeError && 'code' in error)) {
    console.error(`${error.message}\n\n${USAGE}`);
    process.exitCode = 2;
  } else {
    console.error(`leads: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}
