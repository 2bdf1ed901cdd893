/**
 * 园区概况的小标题：用数据回答问题（"5 公里内有模具冲压、电泳和注塑配套"），由园区视图
 * 模型推导，与下方数据不会矛盾。写法按招商人员的习惯，不是英文的逐字翻译；函数名与
 * en.ts 一一对应，index.ts 按语言选择。
 */
import type { ParkModel } from '../../data/types';
import type { Localized } from '../../schemas/common';
import { localize } from '../content';
import {
  formatCny10k as cny,
  formatHours as hoursIn,
  formatKm as kmIn,
  formatNumber as numberIn,
  listJoin as joinIn,
} from '../format';
import { roundUpKm } from './round';
import type { ParkHeadings } from './types';

const n = (value: number, digits = 0) => numberIn(value, digits, 'zh-CN');
const labels = (items: readonly { label: Localized }[]) =>
  items.map((i) => localize(i.label, 'zh-CN'));

/** "5 公里内有注塑、电泳和模具冲压配套"：最近的三种工艺。 */
export function suppliersHeading(park: Pick<ParkModel, 'suppliersByProcess' | 'reachKm'>): string {
  const top = park.suppliersByProcess.slice(0, 3);
  if (top.length === 0) return `${park.reachKm} 公里内暂未列出配套企业`;
  const farthest = Math.max(...top.map((g) => Math.min(...g.entries.map((e) => e.distanceKm))));
  return `${roundUpKm(farthest)} 公里内有${joinIn(labels(top), 'zh-CN')}配套`;
}

/** "主导产业所需的 8 种工艺在 30 公里内全部有配套"，或"……中 6 种……"。 */
export function coverageHeading(park: Pick<ParkModel, 'coverage' | 'reachKm'>): string {
  const needed = park.coverage.needed.length;
  const covered = park.coverage.covered.length;
  if (needed === 0) return '主导产业';
  if (covered === needed)
    return `主导产业所需的 ${needed} 种工艺在 ${park.reachKm} 公里内全部有配套`;
  return `主导产业所需的 ${needed} 种工艺中，${covered} 种在 ${park.reachKm} 公里内有配套`;
}

/** "50 公里内年毕业生 3,450 人，其中职业院校 1,800 人"。 */
export function talentHeading(park: Pick<ParkModel, 'talent'>): string {
  const { totalGraduatesPerYear: total, vocationalGraduatesPerYear: voc, radiusKm } = park.talent;
  if (total === 0) return `${radiusKm} 公里内暂未列出院校`;
  const tail = voc > 0 ? `，其中职业院校 ${n(voc)} 人` : '';
  return `${radiusKm} 公里内年毕业生 ${n(total)} 人${tail}`;
}

/** "50 公里内有 4 家科研合作机构，最近的相距 8.2 公里"。 */
export function researchHeading(park: Pick<ParkModel, 'research' | 'talent'>): string {
  const nearest = park.research[0];
  const radius = park.talent.radiusKm;
  if (!nearest) return `${radius} 公里内暂未列出高校或科研机构`;
  return `${radius} 公里内有 ${n(park.research.length)} 家科研合作机构，最近的相距 ${kmIn(nearest.distanceKm, 'zh-CN')}`;
}

/** "现有 320 亩土地可供；电价 0.62 元/千瓦时，富余容量 45 兆瓦"。 */
export function landHeading(park: Pick<ParkModel, 'data'>): string {
  const { land, utilities } = park.data;
  return `现有 ${n(land.availableMu)} 亩土地可供；电价 ${n(utilities.powerPriceCnyPerKwh, 2)} 元/千瓦时，富余容量 ${n(utilities.spareCapacityMw)} 兆瓦`;
}

const KIND_WORDS = {
  port: '港口',
  rail: '铁路货运站',
  airport: '机场',
  highway: '高速公路',
} as const;

/** "到高速公路 0.2 小时、铁路货运站 0.4 小时、机场 1.1 小时、港口 2.8 小时"：每类最快的，由近及远。 */
export function logisticsHeading(park: Pick<ParkModel, 'data'>): string {
  const fastest = new Map<keyof typeof KIND_WORDS, number>();
  for (const d of park.data.logistics.destinations) {
    if (d.kind === 'city') continue;
    fastest.set(d.kind, Math.min(fastest.get(d.kind) ?? Infinity, d.hours));
  }
  const parts = [...fastest]
    .sort((a, b) => a[1] - b[1])
    .map(([kind, hours]) => `${KIND_WORDS[kind]} ${hoursIn(hours, 'zh-CN')}`);
  return parts.length > 0 ? `到${parts.join('、')}` : '交通物流';
}

/** "一站式审批，42 个工作日办结，交地即发证"。 */
export function approvalsHeading(park: Pick<ParkModel, 'data' | 'approvalTimeline'>): string {
  const { oneStop, certificateOnArrival } = park.data.approvals;
  const days = n(park.approvalTimeline.totalWorkingDays);
  return `${oneStop ? '一站式审批，' : '审批'}${days} 个工作日办结${certificateOnArrival ? '，交地即发证' : ''}`;
}

const ADVANTAGE_WORDS: Record<string, string> = {
  suppliers: '看中产业链配套',
  labor: '看中用工',
  rnd: '看中科研合作',
  land: '看中土地',
  utilities: '看中水电气配套',
  logistics: '看中交通物流',
  approvals: '看中审批效率',
};

/** "5 个项目已在此落地，其中 3 个看中产业链配套"。 */
export function casesHeading(park: Pick<ParkModel, 'cases'>): string {
  const total = park.cases.length;
  if (total === 0) return '暂未发布落地项目';
  const counts = new Map<string, number>();
  for (const c of park.cases) counts.set(c.data.advantage, (counts.get(c.data.advantage) ?? 0) + 1);
  const [top, count] = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0] ?? [
    '',
    0,
  ];
  const why = ADVANTAGE_WORDS[top] ?? '';
  if (total === 1) return `1 个项目已在此落地${why ? `，${why}` : ''}`;
  const share = count === total ? `均${why}` : `其中 ${count} 个${why}`;
  return `${total} 个项目已在此落地${why ? `，${share}` : ''}`;
}

/** "50 亩地块至少需投资 1.5 亿元"。 */
export function admissionHeading(park: Pick<ParkModel, 'admissionExample'>): string {
  const { plotMu, minInvestmentCny10k } = park.admissionExample;
  return `${n(plotMu)} 亩地块至少需投资 ${cny(minInvestmentCny10k, 'zh-CN')}`;
}

/** "2025 年签约 15 个项目，已落地 12 个（履约率 80%）"。 */
export function trackRecordHeading(park: Pick<ParkModel, 'trackRecord'>): string {
  const { landedProjects, signedProjects, year, fulfilmentRatePct } = park.trackRecord;
  const pct = fulfilmentRatePct === null ? '' : `（履约率 ${n(fulfilmentRatePct)}%）`;
  return `${year} 年签约 ${n(signedProjects)} 个项目，已落地 ${n(landedProjects)} 个${pct}`;
}

/** "24 个工作小时内答复"。 */
export function contactsHeading(park: Pick<ParkModel, 'data'>): string {
  return `${n(park.data.service.inquiryResponseHours)} 个工作小时内答复咨询`;
}

/** "30 公里内有 11 家供应商，其中 5 家在园区内；50 公里内有 6 所院校和实验室"。 */
export function reachHeading(
  park: Pick<ParkModel, 'suppliersWithinReach' | 'reachKm' | 'talent'>,
): string {
  const suppliers = park.suppliersWithinReach.length;
  const inPark = park.suppliersWithinReach.filter((e) => e.inPark).length;
  const inside = inPark > 0 ? `，其中 ${n(inPark)} 家在园区内` : '';
  return `${park.reachKm} 公里内有 ${n(suppliers)} 家供应商${inside}；${park.talent.radiusKm} 公里内有 ${n(park.talent.institutions.length)} 所院校和实验室`;
}

/** All Chinese headings of a profile, keyed by section. */
export function parkHeadings(park: ParkModel): ParkHeadings {
  return {
    reach: reachHeading(park),
    suppliers: suppliersHeading(park),
    coverage: coverageHeading(park),
    talent: talentHeading(park),
    research: researchHeading(park),
    land: landHeading(park),
    logistics: logisticsHeading(park),
    approvals: approvalsHeading(park),
    cases: casesHeading(park),
    admission: admissionHeading(park),
    trackRecord: trackRecordHeading(park),
    contacts: contactsHeading(park),
  };
}
