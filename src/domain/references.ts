/**
 * Cross-file reference checks. Zod validates each file on its own; only here can we tell
 * that a park names a chain no file defines, or a supplier offers "mold-stampin". The
 * build fails with these problems, so messages are written for park staff: the file, the
 * field, the bad value, what was expected, and the closest valid id when one is close.
 */

/** A content entry as Astro's `getCollection` returns it (only what we read). */
export interface ContentEntry<D> {
  /** The file name without extension. */
  id: string;
  /** Path of the file, relative to the project root. */
  filePath?: string | undefined;
  data: D;
}

type Ids = readonly string[];

/** Everything the checks read; extra fields in `data` are ignored. */
export interface ReferenceInput {
  parks: readonly ContentEntry<{
    slug: string;
    targetChains: Ids;
    restrictions?: { excludedChains?: Ids | undefined; excludedProcesses?: Ids | undefined };
  }>[];
  suppliers: readonly ContentEntry<{ processes: Ids; park?: string | undefined }>[];
  /** Nothing references institutions yet; accepted so callers can pass every collection. */
  institutions?: readonly ContentEntry<unknown>[];
  cases: readonly ContentEntry<{ park: string; chain: string; suppliers?: Ids | undefined }>[];
  chains: readonly ContentEntry<{ processes: Ids }>[];
  processes: readonly ContentEntry<unknown>[];
}

/** One broken reference (or a slug that does not match its file name). */
export interface ContentProblem {
  filePath: string;
  /** Path of the field inside the file, e.g. "targetChains[2]". */
  field: string;
  /** The offending value. */
  value: string;
  message: string;
}

type Kind = 'park' | 'supplier' | 'chain' | 'process';

/** How many known ids a message lists before "and N more". */
const LISTED_IDS = 12;

/**
 * Every reference between content files that points at an id no file defines, plus parks
 * whose `slug` differs from their file name. Returns [] when all is well; order follows
 * the input (parks, suppliers, chains, cases).
 */
export function findDanglingReferences(input: ReferenceInput): ContentProblem[] {
  const known: Record<Kind, KnownIds> = {
    park: knownIds(input.parks),
    supplier: knownIds(input.suppliers),
    chain: knownIds(input.chains),
    process: knownIds(input.processes),
  };
  const problems: ContentProblem[] = [];
  const fileOf = (collection: string, entry: ContentEntry<unknown>) =>
    entry.filePath ?? `${collection}/${entry.id}`;

  const check = (filePath: string, field: string, value: string, kind: Kind) => {
    if (known[kind].set.has(value)) return;
    problems.push({ filePath, field, value, message: unknownIdMessage(value, kind, known) });
  };
  const checkAll = (filePath: string, field: string, values: Ids | undefined, kind: Kind) =>
    values?.forEach((value, i) => check(filePath, `${field}[${i}]`, value, kind));

  for (const park of input.parks) {
    const file = fileOf('parks', park);
    if (park.data.slug !== park.id) {
      problems.push({
        filePath: file,
        field: 'slug',
        value: park.data.slug,
        message: `slug "${park.data.slug}" must equal the file name "${park.id}"; rename the file or change the slug`,
      });
    }
    checkAll(file, 'targetChains', park.data.targetChains, 'chain');
    checkAll(file, 'restrictions.excludedChains', park.data.restrictions?.excludedChains, 'chain');
    checkAll(
      file,
      'restrictions.excludedProcesses',
      park.data.restrictions?.excludedProcesses,
      'process',
    );
  }
  for (const supplier of input.suppliers) {
    const file = fileOf('suppliers', supplier);
    checkAll(file, 'processes', supplier.data.processes, 'process');
    if (supplier.data.park !== undefined) check(file, 'park', supplier.data.park, 'park');
  }
  for (const chain of input.chains) {
    checkAll(fileOf('chains', chain), 'processes', chain.data.processes, 'process');
  }
  for (const c of input.cases) {
    const file = fileOf('cases', c);
    check(file, 'park', c.data.park, 'park');
    check(file, 'chain', c.data.chain, 'chain');
    checkAll(file, 'suppliers', c.data.suppliers, 'supplier');
  }
  return problems;
}

/**
 * One message for a failing build: a line per file, then a line per problem naming the
 * field. Returns '' when there are no problems.
 */
export function formatContentProblems(problems: readonly ContentProblem[]): string {
  if (problems.length === 0) return '';
  const byFile = new Map<string, ContentProblem[]>();
  for (const problem of problems) {
    const list = byFile.get(problem.filePath);
    if (list) list.push(problem);
    else byFile.set(problem.filePath, [problem]);
  }
  const count =
    problems.length === 1 ? '1 broken reference' : `${problems.length} broken references`;
  const lines = [`Content has ${count}:`];
  for (const [filePath, list] of byFile) {
    lines.push(`  ${filePath}`);
    for (const problem of list) lines.push(`    ${problem.field}: ${problem.message}`);
  }
  return lines.join('\n');
}

interface KnownIds {
  set: ReadonlySet<string>;
  sorted: readonly string[];
}

function knownIds(entries: readonly { id: string }[]): KnownIds {
  const set = new Set(entries.map((e) => e.id));
  return { set, sorted: [...set].sort() };
}

function unknownIdMessage(value: string, kind: Kind, known: Record<Kind, KnownIds>): string {
  const ids = known[kind].sorted;
  let message = `unknown ${kind} id "${value}"`;
  const suggestion = closestId(value, ids);
  if (suggestion !== undefined) message += ` (did you mean "${suggestion}"?)`;
  // Chains and processes are the ids staff mix up most: say so when that is the mistake.
  const otherKind = kind === 'chain' ? 'process' : kind === 'process' ? 'chain' : undefined;
  if (otherKind && known[otherKind].set.has(value)) {
    message += ` ("${value}" is a ${otherKind} id; this field expects a ${kind} id)`;
  }
  if (ids.length === 0) return `${message}; no ${kind} ids are defined yet`;
  const listed = ids.slice(0, LISTED_IDS).join(', ');
  const more = ids.length > LISTED_IDS ? `, … and ${ids.length - LISTED_IDS} more` : '';
  return `${message}; known ids: ${listed}${more}`;
}

/**
 * The known id nearest to `value` by edit distance, when it is close enough to be a typo:
 * at most a third of the value's length (at least 1). Ties go to the alphabetically first.
 */
export function closestId(value: string, ids: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(1, Math.floor(value.length / 3));
  for (const id of [...ids].sort()) {
    if (Math.abs(id.length - value.length) > bestDistance) continue;
    const distance = editDistance(value, id, bestDistance);
    if (distance < bestDistance || (distance === bestDistance && best === undefined)) {
      best = id;
      bestDistance = distance;
    }
  }
  return best;
}

/**
 * Levenshtein distance, giving up early: returns `limit + 1` as soon as the distance is
 * known to exceed `limit`, so scanning tens of thousands of supplier ids stays cheap.
 */
export function editDistance(a: string, b: string, limit = Number.POSITIVE_INFINITY): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      const value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length] ?? 0;
}
