/**
 * `npm run new -- park|supplier|institution|case <slug> [--name-zh … --name-en … …]`
 *
 * Writes a commented skeleton under content/ (or CONTENT_DIR) that builds. Asks for the
 * required fields in a terminal (Chinese and English where the field has both); takes
 * them as flags otherwise. Without a terminal, missing flags are an error that names
 * them. Answers are checked with the build's own zod schemas before anything is written;
 * an existing or malformed slug is refused. Exit: 0 written, 1 refused, 2 usage.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { COLLECTIONS, fileId, listFiles, type CollectionName } from './lib/content/load';
import { KINDS, questionsFor, type Kind, type Question } from './lib/scaffold/questions';
import {
  missingQuestions,
  planEntry,
  slugProblem,
  typedAnswers,
  type AnswerError,
  type ExistingIds,
} from './lib/scaffold/scaffold';

/** Standard output, one line per call. */
const out = (text: string) => process.stdout.write(`${text}\n`);

const USAGE = `Usage: npm run new -- park|supplier|institution|case <slug> [--<field> <value> …]
  Asks for each required field in a terminal; without one, pass them all as flags.
  Run "npm run new -- <kind> <slug> --help" to list the flags of a kind.`;

const today = new Date().toISOString().slice(0, 10);

function existingIds(root: string): ExistingIds {
  const entries = Object.entries(COLLECTIONS).map(([name, { folder }]) => [
    name,
    new Set(listFiles(join(root, folder)).map(fileId)),
  ]);
  return Object.fromEntries(entries) as Record<CollectionName, Set<string>>;
}

const flagList = (questions: readonly Question[]) =>
  questions
    .map((q) => {
      const choices = q.choices ? ` [${q.choices.join(' | ')}]` : '';
      const optional = q.optional || q.default ? ' (optional)' : '';
      return `  --${q.flag.padEnd(16)} ${q.prompt}${choices}${optional}`;
    })
    .join('\n');

function printErrors(errors: readonly AnswerError[]): void {
  for (const e of errors) console.error(`  ${e.flag ? `--${e.flag}` : e.field}: ${e.message}`);
}

async function ask(
  questions: readonly Question[],
  raw: Record<string, string | undefined>,
): Promise<void> {
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    for (const q of questions) {
      const choices = q.choices ? ` [${q.choices.join(' / ')}]` : '';
      const fallback = raw[q.flag] ?? q.default;
      const shown = fallback ? ` (${fallback})` : q.optional ? ' (可留空 / optional)' : '';
      let answer = '';
      do {
        answer = (await rl.question(`${q.prompt}${choices}${shown}: `)).trim();
        if (!answer && fallback) answer = fallback;
      } while (!answer && !q.optional);
      raw[q.flag] = answer || undefined;
    }
  } finally {
    rl.close();
  }
}

async function main(argv: string[]): Promise<number> {
  const [kindArg, slug, ...flags] = argv;
  if (!kindArg || !(KINDS as readonly string[]).includes(kindArg)) {
    console.error(USAGE);
    return 2;
  }
  const kind = kindArg as Kind;
  const questions = questionsFor(kind, today);
  if (argv.includes('--help')) {
    out(`npm run new -- ${kind} <slug>\n${flagList(questions)}`);
    return 0;
  }
  if (!slug || slug.startsWith('-')) {
    console.error(USAGE);
    return 2;
  }
  let values: Record<string, string | undefined>;
  try {
    const options = Object.fromEntries(questions.map((q) => [q.flag, { type: 'string' as const }]));
    ({ values } = parseArgs({ args: flags, options }));
  } catch (error) {
    console.error(`${(error as Error).message}\n\nFlags for ${kind}:\n${flagList(questions)}`);
    return 2;
  }
  const root = resolve(process.env.CONTENT_DIR ?? 'content');
  const existing = existingIds(root);
  const slugError = slugProblem(kind, slug, existing);
  if (slugError) {
    console.error(slugError);
    return 1;
  }
  const raw: Record<string, string | undefined> = { ...values };

  const interactive = Boolean(process.stdin.isTTY);
  const missing = missingQuestions(questions, raw);
  if (missing.length > 0 && !interactive) {
    console.error(
      `Missing ${missing.length === 1 ? 'flag' : 'flags'} (no terminal to ask in): ${missing.map((q) => `--${q.flag}`).join(' ')}`,
    );
    console.error(`\nFlags for ${kind}:\n${flagList(questions)}`);
    return 2;
  }
  if (interactive)
    await ask(
      questions.filter((q) => raw[q.flag] === undefined),
      raw,
    );

  for (;;) {
    const plan = planEntry(kind, slug, questions, typedAnswers(questions, raw), existing, today);
    if (plan.ok) {
      for (const file of plan.files) {
        const path = join(root, file.path);
        mkdirSync(dirname(path), { recursive: true });
        writeFileSync(path, file.text, { flag: 'wx' });
        const shown = relative(process.cwd(), path);
        out(`wrote ${shown.startsWith('..') ? path : shown}`);
      }
      if (kind === 'park') {
        out(
          'Next: replace every 待填写 / "To be filled in" block (they show as stale until then); the English introduction goes in ' +
            `${slug}.en.md. "npm run content:report" lists what is left.`,
        );
      }
      return 0;
    }
    console.error(`Cannot write ${kind} "${slug}":`);
    printErrors(plan.errors);
    const fixable = plan.errors.every((e) => e.flag);
    if (!interactive || !fixable) return 1;
    const again = new Set(plan.errors.map((e) => e.flag));
    for (const q of questions) if (again.has(q.flag)) delete raw[q.flag];
    await ask(
      questions.filter((q) => again.has(q.flag)),
      raw,
    );
  }
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  // Ctrl+C or Ctrl+D at a prompt: nothing has been written.
  if ((error as Error).name !== 'AbortError') throw error;
  console.error('\nCancelled; nothing was written.');
  process.exitCode = 1;
}
