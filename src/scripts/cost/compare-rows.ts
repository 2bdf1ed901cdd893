/**
 * The comparison as row groups: key figures, suppliers by process, talent, costs of the
 * project, approvals and track record. Every park gets a cell in every row, in the same
 * order; a value a park does not publish says so. Cells are HTML strings.
 */
import type { ParkEstimate } from '../../domain/cost';
import { parseAsOf } from '../../domain/cost/estimate';
import { isStale } from '../../domain/staleness';
import { escapeHtml as esc } from '../../forms/html';
import { formatKm, formatNumber, formatPct, listJoin } from '../../i18n/format';
import { formatCny } from './money';
import type { Page } from './page-data';
import type { Dated, ParkRecord } from './park-record';
import { sourceText } from './render-estimate';

export interface ComparedPark {
  record: ParkRecord;
  estimate: ParkEstimate;
}

export interface Row {
  id: string;
  label: string;
  cells: string[];
}

export interface Group {
  id: string;
  title: string;
  rows: Row[];
}

export function compareGroups(page: Page, parks: readonly ComparedPark[], now: Date): Group[] {
  const { w, locale } = page;
  const n = (v: number, digits = 2) => formatNumber(v, digits, locale);
  const missing = `<span class="text-slate-700">${esc(w('compare.notPublished'))}</span>`;
  const unit = (key: string, v: number | undefined) =>
    v === undefined ? missing : esc(w(key, { v: n(v) }));
  const yesNo = (v: boolean) => esc(w(v ? 'compare.yes' : 'compare.no'));
  const row = (id: string, label: string, cell: (p: ComparedPark) => string): Row => ({
    id,
    label,
    cells: parks.map(cell),
  });
  const sources = (pick: (p: ParkRecord) => Dated[]): Row =>
    row('sources', w('compare.row.sources'), (p) => {
      const items = pick(p.record).map(
        (b) => `<li>${sourceText(page, b, isStale(parseAsOf(b.asOf), now))}</li>`,
      );
      return `<ul class="space-y-1 text-xs text-slate-700">${items.join('')}</ul>`;
    });
  const profile = (p: ComparedPark) => p.record.profile;

  const key: Group = {
    id: 'key',
    title: w('compare.group.key'),
    rows: [
      row('place', w('compare.row.place'), (p) =>
        esc(
          w('common.place', {
            city: page.tr(profile(p).city),
            province: page.tr(profile(p).province),
          }),
        ),
      ),
      row('level', w('compare.row.level'), (p) => esc(w(`common.level.${profile(p).level}`))),
      row('landAvailable', w('compare.row.landAvailable'), (p) =>
        unit('unit.muValue', profile(p).land.availableMu),
      ),
      row('landPrice', w('compare.row.landPrice'), (p) =>
        unit('unit.cny10kPerMuValue', profile(p).land.pricePerMuCny10k),
      ),
      row('factory', w('compare.row.factory'), (p) =>
        unit('unit.m2Value', profile(p).land.standardFactory?.availableM2),
      ),
      row('factoryRent', w('compare.row.factoryRent'), (p) =>
        unit('unit.rentValue', profile(p).land.standardFactory?.rentCnyPerM2Month),
      ),
      row('factorySale', w('compare.row.factorySale'), (p) =>
        unit('unit.cnyPerM2Value', profile(p).land.standardFactory?.salePriceCnyPerM2),
      ),
      row('spare', w('compare.row.spare'), (p) =>
        unit('unit.mwValue', profile(p).utilities.spareCapacityMw),
      ),
      row('powerPrice', w('compare.row.powerPrice'), (p) =>
        unit('unit.cnyPerKwhValue', profile(p).utilities.powerPriceCnyPerKwh),
      ),
      row('waterPrice', w('compare.row.waterPrice'), (p) =>
        unit('unit.cnyPerM3Value', profile(p).utilities.waterPriceCnyPerM3),
      ),
      row('gasPrice', w('compare.row.gasPrice'), (p) =>
        unit('unit.cnyPerM3Value', profile(p).utilities.gasPriceCnyPerM3),
      ),
      row('intensity', w('compare.row.intensity'), (p) =>
        unit('unit.cny10kPerMuValue', profile(p).admission.minInvestmentIntensityCny10kPerMu),
      ),
      row('tax', w('compare.row.tax'), (p) =>
        unit('unit.cny10kPerMuValue', profile(p).admission.minAnnualTaxCny10kPerMu),
      ),
      row('output', w('compare.row.output'), (p) =>
        unit('unit.cny10kPerMuValue', profile(p).admission.minAnnualOutputCny10kPerMu),
      ),
      sources((r) => [r.profile.land, r.profile.utilities, r.profile.admission]),
    ],
  };

  const reachKm = page.words.reachKm;
  const processIds = [
    ...new Set(
      parks.flatMap((p) => p.record.derived.suppliersWithinReach.flatMap((s) => s.processes)),
    ),
  ];
  const label = (id: string) => page.words.processes[id] ?? id;
  processIds.sort((a, b) => label(a).localeCompare(label(b), locale));
  const supplierRows = processIds.map((id) =>
    row(`process-${id}`, label(id), (p) => {
      const near = p.record.derived.suppliersWithinReach.filter((s) => s.processes.includes(id));
      if (near.length === 0)
        return `<span class="text-slate-700">${esc(w('compare.noSupplier', { km: reachKm }))}</span>`;
      const km = formatKm(Math.min(...near.map((s) => s.distanceKm)), locale);
      return esc(
        near.length === 1
          ? w('compare.suppliers.one', { km })
          : w('compare.suppliers', { count: near.length, km }),
      );
    }),
  );
  const suppliers: Group = {
    id: 'suppliers',
    title: w('compare.group.suppliers', { km: reachKm }),
    rows:
      supplierRows.length > 0
        ? supplierRows
        : [row('process-none', w('compare.row.noSuppliers'), () => esc(w('compare.none')))],
  };

  const talentKm = parks[0]?.record.derived.talent.radiusKm ?? reachKm;
  const wage = (role: 'operator' | 'technician' | 'engineer') =>
    row(`wage-${role}`, w(`compare.row.wage.${role}`), (p) =>
      esc(`${n(profile(p).labor.monthlyWageCny[role])} ${w('unit.cnyPerMonth')}`),
    );
  const talent: Group = {
    id: 'talent',
    title: w('compare.group.talent'),
    rows: [
      row('pool', w('compare.row.pool'), (p) => esc(n(profile(p).labor.skilledWorkerPool))),
      row('graduates', w('compare.row.graduates', { km: talentKm }), (p) =>
        esc(n(p.record.derived.talent.totalGraduatesPerYear)),
      ),
      row('vocational', w('compare.row.vocational'), (p) =>
        esc(n(p.record.derived.talent.vocationalGraduatesPerYear)),
      ),
      row('institutions', w('compare.row.institutions', { km: talentKm }), (p) =>
        esc(n(p.record.derived.talent.institutions.length)),
      ),
      wage('operator'),
      wage('technician'),
      wage('engineer'),
      sources((r) => [r.profile.labor]),
    ],
  };

  const costNotes = (e: ParkEstimate) => {
    const notes = [
      ...e.totals.excludes.map((id) => w(`estimate.line.${id}`)),
      ...e.stale.map((b) =>
        w('compare.staleBlock', { block: w(`estimate.block.${b}`), stale: w('estimate.staleTag') }),
      ),
    ];
    return notes.length === 0 ? w('compare.costNotes.none') : listJoin(notes, locale);
  };
  const costs: Group = {
    id: 'costs',
    title: w('compare.group.costs'),
    rows: [
      row(
        'yearOne',
        w('compare.row.yearOne'),
        (p) =>
          `<strong data-total="yearOne">${esc(formatCny(p.estimate.totals.yearOneCny, locale))}</strong>`,
      ),
      row(
        'annual',
        w('compare.row.annual'),
        (p) =>
          `<span data-total="annual">${esc(formatCny(p.estimate.totals.annualCny, locale))}</span>`,
      ),
      row('costNotes', w('compare.row.costNotes'), (p) => esc(costNotes(p.estimate))),
      row('admission', w('compare.row.admission'), (p) =>
        esc(w(`estimate.verdict.${p.estimate.admission.verdict}`)),
      ),
      sources((r) => [r.profile.land, r.profile.utilities, r.profile.labor, r.profile.admission]),
    ],
  };

  const approvals: Group = {
    id: 'approvals',
    title: w('compare.group.approvals'),
    rows: [
      row('oneStop', w('compare.row.oneStop'), (p) => yesNo(profile(p).approvals.oneStop)),
      row('certificate', w('compare.row.certificate'), (p) =>
        yesNo(profile(p).approvals.certificateOnArrival),
      ),
      row('approvalDays', w('compare.row.approvalDays'), (p) =>
        esc(`${n(p.record.derived.approvalTotalWorkingDays)} ${w('unit.workingDays')}`),
      ),
      row('steps', w('compare.row.steps'), (p) => {
        const steps = profile(p).approvals.steps.map(
          (s) =>
            `<li>${esc(w('compare.step', { name: page.tr(s.name), days: `${n(s.workingDays)} ${w('unit.workingDays')}` }))}</li>`,
        );
        return `<ol class="list-decimal space-y-0.5 pl-5">${steps.join('')}</ol>`;
      }),
      row('response', w('compare.row.response'), (p) =>
        esc(w('compare.hours', { v: profile(p).service.inquiryResponseHours })),
      ),
      sources((r) => [r.profile.approvals]),
    ],
  };

  const track: Group = {
    id: 'track',
    title: w('compare.group.track'),
    rows: [
      row('trackYear', w('compare.row.trackYear'), (p) => esc(String(profile(p).trackRecord.year))),
      row('signed', w('compare.row.signed'), (p) => esc(n(profile(p).trackRecord.signedProjects))),
      row('landed', w('compare.row.landed'), (p) => esc(n(profile(p).trackRecord.landedProjects))),
      row('fulfilment', w('compare.row.fulfilment'), (p) => {
        const pct = p.record.derived.fulfilmentRatePct;
        return pct === null ? missing : esc(formatPct(pct, locale));
      }),
      row('funds', w('compare.row.funds'), (p) =>
        esc(formatPct(profile(p).trackRecord.fundsInPlaceRatePct, locale)),
      ),
      row('cases', w('compare.row.cases'), (p) => esc(n(p.record.derived.landedCases.length))),
      sources((r) => [r.profile.trackRecord]),
    ],
  };

  return [key, suppliers, talent, costs, approvals, track];
}

/** The groups as one table each: a table on wide screens and paper, stacked cards on phones. */
export function renderGroups(
  page: Page,
  parks: readonly ComparedPark[],
  groups: readonly Group[],
): string {
  const names = parks.map((p) => esc(page.tr(p.record.name)));
  return groups
    .map((g) => {
      const head = `<thead><tr><th scope="col" class="cmp-fact">${esc(page.w('compare.fact'))}</th>${names.map((name) => `<th scope="col">${name}</th>`).join('')}</tr></thead>`;
      const body = g.rows
        .map(
          (r) =>
            `<tr data-row="${esc(r.id)}"><th scope="row">${esc(r.label)}</th>${r.cells
              .map((cell, i) => `<td><span class="cmp-park">${names[i] ?? ''}</span>${cell}</td>`)
              .join('')}</tr>`,
        )
        .join('');
      return `<section class="cmp-group mt-8" aria-labelledby="cmp-${g.id}" data-group="${g.id}"><h2 id="cmp-${g.id}" class="text-xl font-bold text-brand-800">${esc(g.title)}</h2><table class="cmp-table mt-3 w-full text-sm"><caption class="sr-only">${esc(g.title)}</caption>${head}<tbody>${body}</tbody></table></section>`;
    })
    .join('');
}
