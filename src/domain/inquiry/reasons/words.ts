/**
 * Short words the sentences list (limits, missing details, readiness signals,
 * warnings, timelines), by code, in each locale; the sentence builders pick their
 * language.
 */
import type { Locale } from '../../../i18n/locales';

export type Words = Readonly<Record<string, Readonly<Record<Locale, string>>>>;

/** Words by code; the codes of the different lists do not overlap. */
export const WORDS: Words = {
  // limits
  'chain-excluded': { en: 'excluded industry chain', 'zh-CN': '产业链不予准入' },
  'chain-other': { en: 'industry not targeted', 'zh-CN': '非主导产业' },
  'process-excluded': { en: 'a process not allowed on site', 'zh-CN': '含园区禁止的工艺' },
  'intensity-below': {
    en: 'investment intensity below the threshold',
    'zh-CN': '投资强度低于门槛',
  },
  'intensity-near': {
    en: 'investment intensity just below the threshold',
    'zh-CN': '投资强度略低于门槛',
  },
  'land-short': { en: 'not enough land', 'zh-CN': '可供土地不足' },
  'land-near': { en: 'slightly more land than available', 'zh-CN': '用地略超可供土地' },
  'plot-too-small': { en: 'no single plot large enough', 'zh-CN': '无足够大的单宗地块' },
  'floor-short': { en: 'not enough standard factory space', 'zh-CN': '标准厂房面积不足' },
  'power-short': { en: 'not enough spare power', 'zh-CN': '富余电力容量不足' },
  'power-near': { en: 'slightly more power than spare', 'zh-CN': '用电略超富余容量' },
  // details
  investment: { en: 'investment', 'zh-CN': '投资额' },
  space: { en: 'land or floor space', 'zh-CN': '用地或厂房面积' },
  power: { en: 'power', 'zh-CN': '用电负荷' },
  jobs: { en: 'jobs', 'zh-CN': '用工人数' },
  products: { en: 'products', 'zh-CN': '主要产品' },
  question: { en: 'a question of 20+ characters', 'zh-CN': '20 字以上的具体问题' },
  phone: { en: 'phone', 'zh-CN': '联系电话' },
  // signals
  feasibility: { en: 'a feasibility study', 'zh-CN': '可行性研究' },
  board: { en: 'a board decision', 'zh-CN': '董事会决议' },
  visit: { en: 'a site visit request', 'zh-CN': '实地考察意向' },
  // warnings
  'uscc-check-failed': { en: 'credit code check failed', 'zh-CN': '信用代码校验不通过' },
  'free-mail-claims-size': { en: 'free mail for a large company', 'zh-CN': '大企业使用个人邮箱' },
  'group-claim-unmatched': { en: 'unbacked group claim', 'zh-CN': '自称集团但名称不符' },
  'implausible-figures': { en: 'inconsistent figures', 'zh-CN': '数据前后矛盾' },
  'template-text': { en: 'copied text', 'zh-CN': '文本雷同' },
  'many-parks': { en: 'many parks', 'zh-CN': '群发多个园区' },
  // timelines
  '0-6m': { en: 'within 6 months', 'zh-CN': '6个月内' },
  '6-12m': { en: 'in 6 to 12 months', 'zh-CN': '6–12个月' },
  '12-24m': { en: 'in 1 to 2 years', 'zh-CN': '12–24个月' },
  '24m+': { en: 'in more than 2 years', 'zh-CN': '24个月以上' },
};
