/**
 * The Lighthouse benchmark's printed tables: medians with their range per page, each
 * run's benchmark index, the calibrated-CPU figures beside the default ones, and what
 * the main thread spent its time on in the typical run.
 */
import type { PageScores, Series } from '../lighthouse';
import { formatSpread, spread } from './lighthouse-stats';
import { table } from './results';

const shortPath = (p: string) => (p.length > 34 ? `${p.slice(0, 31)}…` : p);
const sec = (ms: number | undefined) => (ms === undefined ? '?' : `${(ms / 1000).toFixed(2)} s`);

function scoreCells(s: Series): string[] {
  return [
    formatSpread(s.scores.performance),
    formatSpread(s.scores.accessibility),
    formatSpread(s.scores['best-practices']),
    formatSpread(s.scores.seo),
    sec(s.lcpMs?.median),
    formatSpread(s.tbtMs, ' ms'),
    s.benchmarkIndex.map((b) => Math.round(b)).join(' / ') || '?',
  ];
}

/** Tables: default settings, calibrated CPU (when run), main-thread work, lost points. */
export function lighthouseTables(results: readonly PageScores[]): string[] {
  const runs = Math.max(0, ...results.map((r) => r.standard.runs.length));
  const out = [
    `Default mobile settings (4× CPU slowdown), median of ${runs} run(s), (min–max) when runs differ:`,
    table(
      ['type', 'path', 'perf', 'a11y', 'best-pr.', 'SEO', 'LCP (sim.)', 'TBT', 'CPU index per run'],
      results.map((r) => [r.type, shortPath(r.path), ...scoreCells(r.standard)]),
    ),
  ];
  const calibrated = results.filter((r) => r.calibrated);
  if (calibrated.length > 0)
    out.push(
      '',
      'Calibrated CPU slowdown (Lighthouse docs/throttling.md calculator, from the median CPU index above), beside the default:',
      table(
        [
          'type',
          'CPU ×',
          'range',
          'perf (4×)',
          'perf (cal.)',
          'TBT (4×)',
          'TBT (cal.)',
          'CPU index',
        ],
        calibrated.map((r) => {
          const c = r.calibrated!;
          return [
            r.type,
            c.cpuSlowdown.toFixed(2),
            `${c.range[0]}–${c.range[1]}`,
            formatSpread(r.standard.scores.performance),
            formatSpread(c.scores.performance),
            formatSpread(r.standard.tbtMs, ' ms'),
            formatSpread(c.tbtMs, ' ms'),
            c.benchmarkIndex.map((b) => Math.round(b)).join(' / ') || '?',
          ];
        }),
      ),
    );
  out.push(
    '',
    'Main thread in the typical (median-performance) run, unthrottled ms; long tasks as simulated:',
    table(
      ['type', 'total', 'top kinds of work', 'long tasks', 'longest'],
      results.map((r) => {
        const t = r.standard.typical;
        const total = t ? t.mainThread.reduce((a, g) => a + g.ms, 0) : 0;
        const top = t
          ? [...t.mainThread]
              .sort((a, b) => b.ms - a.ms)
              .slice(0, 3)
              .map((g) => `${g.group} ${g.ms}`)
              .join(', ')
          : '?';
        const longest = spread(t?.longTasks.map((l) => l.ms) ?? []);
        return [
          r.type,
          `${total} ms`,
          top,
          String(t?.longTasks.length ?? '?'),
          longest ? `${longest.max} ms` : '-',
        ];
      }),
    ),
  );
  const lost = results.flatMap((r) =>
    (r.standard.typical?.lostPoints ?? []).map(
      (l) =>
        `  ${r.type}: [${l.category}] ${l.audit} (${l.score})${l.displayValue ? ` ${l.displayValue}` : ''}`,
    ),
  );
  if (lost.length) out.push('', 'Audits below full score (typical run):', ...lost);
  return out;
}
