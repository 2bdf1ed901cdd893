/** Chinese staff texts (GLOSSARY.md, "Staff words"). */
import { zhCN as formWords } from '../../../src/forms/messages/zh-CN';
import type { StaffText } from './types';

const cst = (at: Date): string =>
  new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');

export const zhCN: StaffText = {
  title: (tier) => `新线索 · ${zhCN.tierName[tier]}`,
  tierName: { A: 'A 类（优先跟进）', B: 'B 类', C: 'C 类' },
  label: {
    score: '评分',
    company: '企业',
    project: '项目',
    parks: '咨询园区（匹配度）',
    reasons: '主要依据',
    replyBy: '回复期限',
    language: '咨询语言',
    contact: '联系方式',
    reference: '线索编号',
  },
  localeName: { 'zh-CN': '中文', en: '英文' },
  // The form's own words, so staff read the project type as the enterprise chose it.
  projectType: formWords.options.projectType,
  investment: (cny) =>
    cny >= 1e8 ? `${(cny / 1e8).toFixed(1)} 亿元` : `${Math.round(cny / 1e4)} 万元`,
  parkFit: (slug, fit) => `${slug}（${fit}/100）`,
  deadline: (at) => `${cst(at)}（北京时间）前`,
  spamNote: '注意：筛查发现可疑信号，请核实后再跟进',
};
