/**
 * Which texts still lack a translation: every `{ en, zh }` field with one side missing,
 * and every park or case whose Markdown body exists in one language only. The build
 * prints the list once (src/data/catalog.ts), by file and field, so editors see what
 * to translate; the pages meanwhile show the other language, marked.
 */
import type { CatalogInput } from './types';

export interface MissingTranslation {
  filePath: string;
  /** Dotted path of the field ("summary.zh", "contacts[0].role.en"), or "body (en)". */
  field: string;
}

const isLocalized = (value: object): value is { en?: unknown; zh?: unknown } => {
  const keys = Object.keys(value);
  return keys.length > 0 && keys.every((k) => k === 'en' || k === 'zh');
};

/** Every localized field under `value` that lacks one side, as dotted paths. */
export function missingSides(value: unknown, path = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => missingSides(v, `${path}[${i}]`));
  if (value === null || typeof value !== 'object' || value instanceof Date) return [];
  if (isLocalized(value)) {
    return (['zh', 'en'] as const)
      .filter((side) => typeof value[side] !== 'string' || value[side] === '')
      .map((side) => `${path}.${side}`);
  }
  return Object.entries(value).flatMap(([key, v]) =>
    missingSides(v, path ? `${path}.${key}` : key),
  );
}

/**
 * Missing translations across all content. `englishBodies` holds the ids that have an
 * `.en.md` body; the `.md` body itself is the Chinese one.
 */
export function findMissingTranslations(
  input: CatalogInput<{ body?: string | undefined }, { body?: string | undefined }>,
  englishBodies: { parks: ReadonlySet<string>; cases: ReadonlySet<string> },
): MissingTranslation[] {
  const files = [
    ...input.parks,
    ...input.suppliers,
    ...input.institutions,
    ...input.cases,
    ...input.chains,
    ...input.processes,
  ];
  const fields = files.flatMap((file) =>
    missingSides(file.data).map((field) => ({ filePath: file.filePath, field })),
  );
  const bodies = (['parks', 'cases'] as const).flatMap((kind) =>
    input[kind].flatMap((file) => {
      const zh = Boolean(file.entry.body?.trim());
      const en = englishBodies[kind].has(file.id);
      if (zh === en) return [];
      return [{ filePath: file.filePath, field: zh ? 'body (en: no .en.md file)' : 'body (zh)' }];
    }),
  );
  return [...fields, ...bodies];
}

/** The build's summary: a count, then one line per file with its missing fields. */
export function missingTranslationsReport(missing: readonly MissingTranslation[]): string {
  const byFile = new Map<string, string[]>();
  for (const m of missing) byFile.set(m.filePath, [...(byFile.get(m.filePath) ?? []), m.field]);
  const lines = [...byFile].map(([file, fields]) => `  ${file}: ${fields.join(', ')}`);
  return [
    `[i18n] ${missing.length} missing translation${missing.length === 1 ? '' : 's'} in ${byFile.size} file${byFile.size === 1 ? '' : 's'} (pages show the other language, marked):`,
    ...lines,
  ].join('\n');
}
