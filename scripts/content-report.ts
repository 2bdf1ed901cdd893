/**
 * `npm run content:report [--json] [--strict]`: what in content/ needs a staff member's
 * attention — stale figures, missing translations, suppliers and institutions no park
 * reaches, unknown ids, parks without contacts or a response time, duplicate names,
 * coordinates outside China. Reads CONTENT_DIR like the build (default ./content).
 *
 * Exit status: 0, or 1 with --strict when a finding of a strict kind exists
 * (see STRICT_KINDS in lib/report/findings.ts), 2 on a usage error.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadContent } from './lib/content/load';
import { runChecks } from './lib/report/checks';
import { exitCode } from './lib/report/findings';
import { formatJson, formatTable, reportLanguage } from './lib/report/format';

/** Standard output, one line per call. */
const out = (text: string) => process.stdout.write(`${text}\n`);

const USAGE = `Usage: npm run content:report -- [--json] [--strict]
  --json     findings as JSON: [{ file, park?, field, kind, message }]
  --strict   exit 1 when a finding other than a missing translation or an
             out-of-reach supplier/institution exists (for CI)
Reads CONTENT_DIR (default ./content). Labels follow LANG (zh_* → Chinese).`;

function main(argv: string[]): number {
  let values: { json?: boolean; strict?: boolean; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        json: { type: 'boolean' },
        strict: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    out(USAGE);
    return 0;
  }
  const root = resolve(process.env.CONTENT_DIR ?? 'content');
  const loaded = loadContent(root);
  const findings = runChecks(loaded, { now: new Date() });
  if (values.json) {
    out(formatJson(findings));
  } else {
    const lang = reportLanguage(process.env);
    const names = new Map(
      loaded.input.parks.map((p) => [
        p.id,
        p.data.name[lang] ?? p.data.name.zh ?? p.data.name.en ?? p.id,
      ]),
    );
    out(formatTable(findings, lang, names));
  }
  return exitCode(findings, values.strict === true);
}

process.exitCode = main(process.argv.slice(2));
