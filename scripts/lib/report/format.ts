/**
 * The content report for a terminal: findings grouped by park, then by file, one line per
 * finding (kind, field, message), and a summary line. Kind labels and headings follow
 * the terminal's language (`LC_ALL`, `LC_MESSAGES` or `LANG` starting with "zh" → Chinese,
 * anything else → English); messages are the build's own (English), so staff can search
 * the build log for the same words. `--json` is the machine-readable form.
 */
import {
  FINDING_KINDS,
  sortFindings,
  STRICT_KINDS,
  type Finding,
  type FindingKind,
} from './findings';

export type ReportLanguage = 'zh' | 'en';

/** The report's language from the environment's locale variables. */
export function reportLanguage(env: Readonly<Record<string, string | undefined>>): ReportLanguage {
  const locale = env['LC_ALL'] || env['LC_MESSAGES'] || env['LANG'] || '';
  return /^zh/i.test(locale) ? 'zh' : 'en';
}

const KIND_LABELS: Record<ReportLanguage, Record<FindingKind, string>> = {
  zh: {
    invalid: '格式错误',
    'unknown-id': '未知编号',
    stale: '数据过期',
    'no-contact': '缺联系人',
    'no-response-time': '缺响应时限',
    'duplicate-name': '名称重复',
    'outside-china': '坐标不在境内',
    'out-of-reach': '超出辐射范围',
    'missing-translation': '缺译文',
  },
  en: {
    invalid: 'invalid',
    'unknown-id': 'unknown id',
    stale: 'stale figures',
    'no-contact': 'no contact',
    'no-response-time': 'no response time',
    'duplicate-name': 'duplicate name',
    'outside-china': 'outside China',
    'out-of-reach': 'out of reach',
    'missing-translation': 'missing translation',
  },
};

const WORDS = {
  zh: {
    noPark: '（不属于某个园区）',
    clean: '内容检查：未发现问题。',
    total: (n: number, strict: number) => `共 ${n} 项问题，其中 ${strict} 项会使 --strict 失败`,
  },
  en: {
    noPark: '(no park)',
    clean: 'Content report: no findings.',
    total: (n: number, strict: number) =>
      `${n} finding${n === 1 ? '' : 's'}, ${strict} of which fail --strict`,
  },
} as const;

/** Terminal columns a string takes: CJK and full-width characters take two. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    width +=
      /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(
        ch,
      )
        ? 2
        : 1;
  }
  return width;
}

const pad = (text: string, width: number) =>
  text + ' '.repeat(Math.max(0, width - displayWidth(text)));

/** The report as lines of text: by park, then by file; a summary with counts per kind. */
export function formatTable(
  findings: readonly Finding[],
  lang: ReportLanguage,
  parkNames: ReadonlyMap<string, string> = new Map(),
): string {
  const words = WORDS[lang];
  if (findings.length === 0) return words.clean;
  const labels = KIND_LABELS[lang];
  const sorted = sortFindings(findings);
  const kindWidth = Math.max(...sorted.map((f) => displayWidth(labels[f.kind])));
  const fieldWidth = Math.min(36, Math.max(...sorted.map((f) => displayWidth(f.field))));
  const lines: string[] = [];
  let park: string | undefined | null = null;
  let file: string | null = null;
  for (const f of sorted) {
    if (f.park !== park) {
      park = f.park;
      file = null;
      if (lines.length > 0) lines.push('');
      lines.push(park === undefined ? words.noPark : `${parkNames.get(park) ?? park}  [${park}]`);
    }
    if (f.file !== file) {
      file = f.file;
      lines.push(`  ${file}`);
    }
    const strict = STRICT_KINDS.has(f.kind) ? '!' : ' ';
    lines.push(
      `   ${strict} ${pad(labels[f.kind], kindWidth)}  ${pad(f.field, fieldWidth)}  ${f.message}`,
    );
  }
  const counts = FINDING_KINDS.map((k) => [k, findings.filter((f) => f.kind === k).length] as const)
    .filter(([, n]) => n > 0)
    .map(([k, n]) => `${labels[k]} ${n}`);
  const strictCount = findings.filter((f) => STRICT_KINDS.has(f.kind)).length;
  lines.push('', `${words.total(findings.length, strictCount)}: ${counts.join(', ')}`);
  return lines.join('\n');
}

/** The `--json` form: an array of `{ file, park?, field, kind, message }`, sorted as the table. */
export function formatJson(findings: readonly Finding[]): string {
  return JSON.stringify(sortFindings(findings), null, 2);
}
