/**
 * The pure half of `npm run new`: is the slug free and well-formed, which answers are
 * missing, and the files to write — each rendered, read back with the tools' YAML loader
 * and validated with the build's zod schema, so a skeleton that would not build is never
 * written. The CLI (scripts/new.ts) does the asking and the writing.
 */
import { parse } from 'yaml';
import { closestId } from '../../../src/domain/references';
import { id as idSchema } from '../../../src/schemas/common';
import { COLLECTIONS, splitFrontmatter, type CollectionName } from '../content/load';
import { validate, type Parser } from '../content/validate';
import { caseTemplate, institutionTemplate, supplierTemplate } from './entry-templates';
import { parkTemplate } from './park-template';
import { parseAnswer, type IdCollection, type Kind, type Question } from './questions';
import type { Answers } from './yaml';

/** Ids that exist, by collection (file names under content/). */
export type ExistingIds = Readonly<Record<CollectionName, ReadonlySet<string>>>;

/** A problem with an answer: the flag to fix (when one question owns it) and why. */
export interface AnswerError {
  flag?: string;
  field: string;
  message: string;
}

/** A file to write, relative to the content folder. */
export interface PlannedFile {
  path: string;
  text: string;
}

const SINGULAR: Record<IdCollection, string> = {
  chains: 'chain',
  processes: 'process',
  parks: 'park',
  suppliers: 'supplier',
};

const COLLECTION_OF: Record<Kind, CollectionName> = {
  park: 'parks',
  supplier: 'suppliers',
  institution: 'institutions',
  case: 'cases',
};

/** Why `slug` cannot be used for a new `kind`, or undefined when it can. */
export function slugProblem(kind: Kind, slug: string, existing: ExistingIds): string | undefined {
  const format = idSchema.safeParse(slug);
  if (!format.success) {
    return `"${slug}" is not a valid id: use lowercase letters, digits and single hyphens, e.g. "xiangjiang-auto-parts-zone"`;
  }
  const collection = COLLECTION_OF[kind];
  if (existing[collection].has(slug)) {
    return `content/${COLLECTIONS[collection].folder}/ already has "${slug}"; choose another slug or edit that file`;
  }
  return undefined;
}

/** Raw answers (flags or typed text) with defaults applied, as typed values. */
export function typedAnswers(
  questions: readonly Question[],
  raw: Readonly<Record<string, string | undefined>>,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const q of questions) {
    const value = parseAnswer(q, raw[q.flag] ?? q.default ?? '');
    if (value !== undefined) out[q.flag] = value;
  }
  return out;
}

/** Required questions with no answer and no default. */
export function missingQuestions(
  questions: readonly Question[],
  raw: Readonly<Record<string, string | undefined>>,
): Question[] {
  return questions.filter(
    (q) => !q.optional && q.default === undefined && !(raw[q.flag] ?? '').trim(),
  );
}

/** Answers that are not what the question allows: a choice not offered, an unknown id, a bad date. */
function answerErrors(
  questions: readonly Question[],
  answers: Answers,
  existing: ExistingIds,
): AnswerError[] {
  const errors: AnswerError[] = [];
  for (const q of questions) {
    const value = answers[q.flag];
    if (value === undefined) continue;
    if (q.choices && !q.choices.includes(String(value))) {
      errors.push({
        flag: q.flag,
        field: q.path,
        message: `"${String(value)}" is not one of: ${q.choices.join(', ')}`,
      });
    }
    if (q.type === 'date' && !/^\d{4}-\d{2}-\d{2}$/.test(String(value))) {
      errors.push({
        flag: q.flag,
        field: q.path,
        message: `write the date as YYYY-MM-DD, not "${String(value)}"`,
      });
    }
    if (q.ids) errors.push(...unknownIds(q, q.ids, value, existing));
  }
  return errors;
}

function unknownIds(
  q: Question,
  collection: IdCollection,
  value: unknown,
  existing: ExistingIds,
): AnswerError[] {
  const known = existing[collection];
  const values = Array.isArray(value) ? value.map(String) : [String(value)];
  return values
    .filter((v) => !known.has(v))
    .map((v) => {
      const near = closestId(v, [...known]);
      const hint = near ? ` (did you mean "${near}"?)` : '';
      const list = [...known].sort().slice(0, 12).join(', ');
      return {
        flag: q.flag,
        field: q.path,
        message: `unknown ${SINGULAR[collection]} id "${v}"${hint}; known ids: ${list}`,
      };
    });
}

/** The Markdown or YAML text of the entry and, when given, its English body file. */
function render(kind: Kind, slug: string, answers: Answers, today: string): PlannedFile[] {
  const year = Number(today.slice(0, 4)) - 1;
  const english = (folder: string): PlannedFile[] =>
    answers['body-en'] === undefined
      ? []
      : [{ path: `${folder}/${slug}.en.md`, text: `${String(answers['body-en']).trim()}\n` }];
  switch (kind) {
    case 'park':
      return [
        { path: `parks/${slug}.md`, text: parkTemplate(slug, answers, year) },
        ...english('parks'),
      ];
    case 'supplier':
      return [{ path: `suppliers/${slug}.yaml`, text: supplierTemplate(answers) }];
    case 'institution':
      return [{ path: `institutions/${slug}.yaml`, text: institutionTemplate(answers) }];
    case 'case':
      return [{ path: `cases/${slug}.md`, text: caseTemplate(answers) }, ...english('cases')];
  }
}

/**
 * The files for a new entry, or the errors that stop it. The first file is read back as
 * the build reads it and must pass the collection's schema; schema errors name the flag
 * whose question fills that field.
 */
export function planEntry(
  kind: Kind,
  slug: string,
  questions: readonly Question[],
  answers: Answers,
  existing: ExistingIds,
  today: string,
): { ok: true; files: PlannedFile[] } | { ok: false; errors: AnswerError[] } {
  const slugError = slugProblem(kind, slug, existing);
  if (slugError) return { ok: false, errors: [{ field: 'slug', message: slugError }] };
  const errors = answerErrors(questions, answers, existing);
  if (errors.length > 0) return { ok: false, errors };
  const files = render(kind, slug, answers, today);
  const [main] = files as [PlannedFile];
  const { markdown, schema } = COLLECTIONS[COLLECTION_OF[kind]];
  const yamlText = markdown ? splitFrontmatter(main.text).frontmatter : main.text;
  const result = validate(schema as Parser<unknown>, parse(yamlText));
  if (result.ok) return { ok: true, files };
  const flagOf = new Map(questions.map((q) => [q.path, q.flag]));
  return {
    ok: false,
    errors: result.errors.map((e) => {
      const flag = flagOf.get(e.field);
      return { ...(flag ? { flag } : {}), field: e.field, message: e.message };
    }),
  };
}
