/**
 * Staff access to leads (there is no public endpoint that lists them). Every
 * command takes --json. See docs/STAFF.md for the daily routine.
 *
 * Reads the local store in LEADS_DATA_DIR (default .data; works while `npm start`
 * runs), or production when NETLIFY_SITE_ID and NETLIFY_AUTH_TOKEN are set.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { BlobsLeadStore } from '../netlify/lib/blobs-lead-store';
import { notifierFromEnv } from '../netlify/lib/notifier';
import { drainOutbox } from '../netlify/lib/outbox';
import { lineWriter, UsageError, type Command, type CommandContext } from './lib/leads-cli';
import { exportLeads, list, migrate, show } from './lib/leads-commands';
import { report, status } from './lib/leads-pipeline';
import { rescore } from './lib/leads-rescore';
import { startLocalBlobs, useBlobsContext } from './lib/local-blobs';

const USAGE = `Usage: npm run leads -- <command> [--json]
  list [--limit 50] [--park <slug>] [--tier A|B|C] [--since 2026-11-01] [--status <status>]
                             newest leads first (received, tier, score, status, parks, company)
  show <id>                  one lead with every qualification reason and its pipeline history
  status <id> contacted|visit-scheduled|visited|signed|landed|lost [--note …] [--by …]
                             record what happened (appended to the lead's history)
  report [--park <slug>] [--since 2026-11-01]
                             funnel per park: inquiries, A/B, contacted in time, visited, signed, landed
  export --format csv|json [--park] [--tier] [--since] [--status]
                             leads to stdout, streamed
  drain                      retry staff notifications that failed
  migrate                    (re)build the lead index for leads stored before it existed
  rescore [--dry-run]        score leads from older rules again, list tier changes`;

const COMMANDS: Readonly<Record<string, Command>> = {
  list,
  show,
  status,
  report,
  export: exportLeads,
  migrate,
  rescore,
  drain: async (context) => {
    const notifier = notifierFromEnv();
    if (!notifier.configured) {
      const queued = (await context.store.outbox()).length;
      console.error(
        `No notification is configured (LEAD_WEBHOOK_URL, LEAD_NOTIFY_*), so nothing can be sent; ${queued} notification(s) queued in ${context.where}.`,
      );
      return 1;
    }
    // Staff asking for a drain want it now, not at the next backoff step.
    const result = await drainOutbox(context.store, notifier, { force: true });
    await context.out(
      context.options.json
        ? JSON.stringify(result, null, 2)
        : `Outbox: ${result.queued} queued, ${result.sent} sent, ${result.failed} failed again, ${result.waiting} waiting, ${result.cleaned} cleaned up.`,
    );
    return result.failed > 0 ? 1 : 0;
  },
};

/** Commands that list through the index build it first when the store predates it. */
const NEEDS_INDEX = new Set(['list', 'export', 'report']);

async function openStore(): Promise<{
  store: BlobsLeadStore;
  where: string;
  close(): Promise<void>;
}> {
  const siteID = process.env['NETLIFY_SITE_ID'];
  const token = process.env['NETLIFY_AUTH_TOKEN'];
  if (siteID && token) {
    const store = new BlobsLeadStore({ siteID, token });
    return { store, where: `Netlify site ${siteID}`, close: async () => undefined };
  }
  const blobs = await startLocalBlobs(resolve(process.env['LEADS_DATA_DIR'] || '.data'));
  useBlobsContext(blobs.context);
  return { store: new BlobsLeadStore(), where: blobs.directory, close: () => blobs.stop() };
}

async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      force: { type: 'boolean', default: false },
      'dry-run': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h' },
      format: { type: 'string' },
      limit: { type: 'string' },
      park: { type: 'string' },
      tier: { type: 'string' },
      since: { type: 'string' },
      status: { type: 'string' },
      note: { type: 'string' },
      by: { type: 'string' },
    },
  });
  const [name, ...args] = positionals;
  if (values.help || !name) {
    console.info(USAGE);
    return name || values.help ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) throw new UsageError(`Unknown command "${name}".`);
  const { store, where, close } = await openStore();
  try {
    const skipped = new Set<string>();
    const context: CommandContext = {
      store,
      where,
      args,
      options: values,
      out: lineWriter(process.stdout),
      skipped: (entry) => {
        if (skipped.has(entry.key)) return;
        skipped.add(entry.key);
        console.error(`leads: warning: skipped ${entry.key}: ${entry.reason}`);
      },
    };
    if (NEEDS_INDEX.has(name)) {
      const migration = await store.migrate();
      for (const entry of migration.skipped) context.skipped(entry);
      if (migration.ran && migration.leads > 0)
        console.error(`leads: indexed ${migration.leads} lead(s) stored before the lead index.`);
    }
    return await command(context);
  } finally {
    await close();
  }
}

try {
  process.exitCode = await run(process.argv.slice(2));
} catch (error) {
  if (error instanceof UsageError || (error instanceof TypeError && 'code' in error)) {
    console.error(`${error.message}\n\n${USAGE}`);
    process.exitCode = 2;
  } else {
    console.error(`leads: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}
