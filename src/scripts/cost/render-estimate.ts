/**
 * One park's estimate as HTML: the three totals, warnings for missing and stale
 * prices, every line with its calculation, amount, source and date, and the
 * admission check in the words the lead qualification uses. Strings only, so the
 * compare page can reuse pieces and tests can read the output.
 */
import type { ParkEstimate } from '../../domain/cost';
import { parseAsOf } from '../../domain/cost/estimate';
import type { CostLine, PriceBlock, Project } from '../../domain/cost/types';
import { formatReason } from '../../domain/inquiry/reasons';
import { escapeHtml as esc } from '../../forms/html';
import { formatMonth, formatNumber, formatPct, listJoin } from '../../i18n/format';
import { localizePath } from '../../i18n/routing';
import type { CostsParkRecord } from '../../data/cost-data';
import { formatCny, formatCny10k } from './money';
import type { Page } from './page-data';

const num = (page: Page, value: number, digits = 2) => formatNumber(value, digits, page.locale);

/** "Xiangtan Natural Resources Bureau…, Jun 2026" with a stale tag when old. */
export function sourceText(
  page: Page,
  block: { source: CostLine['source']; asOf: string },
  stale: boolean,
): string {
  const date = formatMonth(parseAsOf(block.asOf), page.locale);
  const tag = stale
    ? ` <strong class="rounded bg-warn-50 px-1 font-semibold text-warn-700">${esc(page.w('estimate.staleTag'))}</strong>`
    : '';
  return `${esc(page.w('compare.sourceNote', { source: page.tr(block.source), date }))}${tag}`;
}

/** How a line's amount is computed, in words: "50 mu × 18 10k CNY per mu". */
function calculation(page: Page, line: CostLine): string {
  const q = num(page, line.quantity);
  if (line.price === null) {
    const unitKey = line.id.startsWith('factory') ? 'unit.m2Value' : 'estimate.qty.m3Year';
    return page.w('estimate.calc.missing', { q: page.w(unitKey, { v: q }) });
  }
  const p = num(page, line.price);
  if (line.id === 'social')
    return page.w('estimate.calc.social', { q, p: formatPct(line.price * 100, page.locale) });
  const key = line.id.startsWith('wages-') ? 'estimate.calc.wages' : `estimate.calc.${line.id}`;
  return page.w(key, { q, p });
}

const lineLabel = (page: Page, id: string) => page.w(`estimate.line.${id}`);
const blockNames = (page: Page, blocks: readonly PriceBlock[]) =>
  listJoin(
    blocks.map((b) => page.w(`estimate.block.${b}`)),
    page.locale,
  );

/** The warnings above a park's lines: what the totals leave out, and stale blocks. */
export function estimateWarnings(page: Page, estimate: ParkEstimate): string {
  const out: string[] = [];
  if (estimate.totals.excludes.length > 0)
    out.push(
      page.w('estimate.excludes', {
        lines: listJoin(
          estimate.totals.excludes.map((id) => lineLabel(page, id)),
          page.locale,
        ),
      }),
    );
  if (estimate.stale.length > 0)
    out.push(page.w('estimate.staleWarning', { blocks: blockNames(page, estimate.stale) }));
  return out
    .map(
      (text) =>
        `<p class="mt-3 border-l-4 border-warn-700 bg-warn-50 px-3 py-2 text-sm text-warn-700">${esc(text)}</p>`,
    )
    .join('');
}

/** The verdict and one sentence per limit, as the lead qualification words them. */
export function admissionHtml(page: Page, estimate: ParkEstimate): string {
  const { admission } = estimate;
  const tone =
    admission.verdict === 'admissible'
      ? 'text-reach-700'
      : admission.verdict === 'soft-miss'
        ? 'text-warn-700'
        : 'text-error-700';
  const reasons = admission.reasons
    .map((r) => `<li>${esc(formatReason(r, page.locale))}</li>`)
    .join('');
  const notes: string[] = [];
  if (!admission.intensityChecked) notes.push(page.w('estimate.admission.noIntensity'));
  const c = admission.commitments;
  if (c) {
    let text = page.w('estimate.admission.commits', {
      mu: c.plotMu,
      investment: formatCny10k(c.minInvestmentCny10k, page.locale),
      tax: formatCny10k(c.minAnnualTaxCny10k, page.locale),
    });
    if (c.minAnnualOutputCny10k !== undefined)
      text += ` ${page.w('estimate.admission.output', { output: formatCny10k(c.minAnnualOutputCny10k, page.locale) })}`;
    notes.push(text);
  }
  return (
    `<p class="font-semibold ${tone}" data-verdict="${admission.verdict}">${esc(page.w(`estimate.verdict.${admission.verdict}`))}</p>` +
    (reasons ? `<ul class="mt-1 list-disc space-y-1 pl-5 text-sm">${reasons}</ul>` : '') +
    notes.map((n) => `<p class="mt-2 text-sm text-slate-700">${esc(n)}</p>`).join('')
  );
}

function linesTable(page: Page, park: CostsParkRecord, estimate: ParkEstimate): string {
  const rows = estimate.lines
    .map((line) => {
      const amount =
        line.amountCny === null
          ? `<span class="text-warn-700">${esc(page.w('estimate.missing'))}</span>`
          : esc(formatCny(line.amountCny, page.locale));
      return `<tr class="border-t border-slate-200 align-top" data-line="${line.id}">
<th scope="row" class="py-2 pr-3 text-left font-medium">${esc(lineLabel(page, line.id))}</th>
<td class="py-2 pr-3">${esc(calculation(page, line))}</td>
<td class="est-amount py-2 pr-3 text-right whitespace-nowrap">${amount}</td>
<td class="py-2 text-xs text-slate-700">${sourceText(page, line, line.stale)}</td></tr>`;
    })
    .join('');
  const caption = page.w('estimate.table', { park: page.tr(park.name) });
  return `<div class="mt-4 overflow-x-auto" role="region" tabindex="0" aria-label="${esc(caption)}">
<table class="est-table w-full text-sm"><caption class="sr-only">${esc(caption)}</caption>
<thead><tr class="text-left text-slate-700"><th scope="col" class="pb-1 pr-3 font-semibold">${esc(page.w('estimate.col.item'))}</th><th scope="col" class="pb-1 pr-3 font-semibold">${esc(page.w('estimate.col.calc'))}</th><th scope="col" class="pb-1 pr-3 text-right font-semibold">${esc(page.w('estimate.col.amount'))}</th><th scope="col" class="pb-1 font-semibold">${esc(page.w('estimate.col.source'))}</th></tr></thead>
<tbody>${rows}</tbody></table></div>`;
}

/** The three totals as a definition list of big figures. */
export function totalsHtml(page: Page, estimate: ParkEstimate): string {
  const { totals } = estimate;
  const figure = (key: string, amount: number, hint = '') =>
    `<div><dt class="text-sm text-slate-700">${esc(page.w(key))}${hint ? `<span class="block text-xs">${esc(hint)}</span>` : ''}</dt><dd class="text-xl font-bold text-slate-900 tabular" data-total="${key.split('.')[1] ?? key}">${esc(formatCny(amount, page.locale))}</dd></div>`;
  return `<dl class="mt-3 grid gap-3 sm:grid-cols-3">${figure('estimate.yearOne', totals.yearOneCny, page.w('estimate.yearOneHint'))}${figure('estimate.annual', totals.annualCny)}${figure('estimate.oneOff', totals.oneOffCny)}</dl>`;
}

/** One park's full estimate, as a section with an h3. */
export function renderParkEstimate(
  page: Page,
  park: CostsParkRecord,
  estimate: ParkEstimate,
): string {
  const id = `estimate-${park.slug}`;
  return `<section class="mt-8 rounded-lg border border-slate-300 p-4 sm:p-5" aria-labelledby="${id}" data-park="${esc(park.slug)}">
<h3 id="${id}" class="text-lg font-bold"><a class="text-brand-700 underline underline-offset-4" href="${esc(localizePath(park.profilePath, page.locale))}">${esc(page.tr(park.name))}</a></h3>
${totalsHtml(page, estimate)}${estimateWarnings(page, estimate)}${linesTable(page, park, estimate)}
<h4 class="mt-4 font-semibold">${esc(page.w('estimate.admission.title'))}</h4>${admissionHtml(page, estimate)}
</section>`;
}

/** "50 mu of land, 2,000 kW, 200 workers". */
export function projectSummary(page: Page, project: Project): string {
  const workers = project.workers.operator + project.workers.technician + project.workers.engineer;
  return project.site === 'land'
    ? page.w('estimate.project.summaryLand', { mu: project.landMu, kw: project.powerKw, workers })
    : page.w('estimate.project.summaryFloor', {
        m2: project.floorM2,
        kw: project.powerKw,
        workers,
      });
}
