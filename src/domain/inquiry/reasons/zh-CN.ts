/** Reasons in Chinese, worded as an investment officer writes them (万元/亩, 亩, 兆瓦). */
import { readers } from './params';
import type { ReasonParams, ReasonSentences } from './types';

const { num, str, list, word } = readers('zh-CN', '、');

function implausible(p: ReasonParams): string {
  if (p['kind'] === 'intensity-low')
    return `数据前后矛盾：投资强度 ${num(p['intensity'])} 万元/亩，连土地款都不够`;
  if (p['kind'] === 'intensity-high')
    return `数据前后矛盾：投资强度 ${num(p['intensity'])} 万元/亩，远超任何已知项目`;
  return `数据前后矛盾：${num(p['jobs'])} 个岗位、人均投资 ${num(p['perJob'])} 元，不合常理`;
}

function details(p: ReasonParams): string {
  const missing = list(p, 'missing');
  return `项目信息 ${num(p['total'])} 项中填写了 ${num(p['given'])} 项${missing ? `；缺少：${missing}` : ''}`;
}

export const zhCN: ReasonSentences = {
  'uscc-valid': () => '统一社会信用代码校验位正确（GB 32100-2015）',
  'uscc-check-failed': (p) =>
    `统一社会信用代码校验位应为 ${str(p, 'expected')}：可能是笔误、旧代码或编造，请在国家企业信用信息公示系统核实`,
  'uscc-none': (p) => `境外注册企业（${str(p, 'country')}），无信用代码可核验，请查询当地企业登记`,
  'free-mail': (p) => `使用个人邮箱（${str(p, 'domain')}），仅作弱信号`,
  'free-mail-claims-size': (p) => `自称规模较大却使用个人邮箱（${str(p, 'domain')}）`,
  'group-claim-unmatched': (p) => `自称"${str(p, 'claim')}"，但企业名称并非集团，请核实母公司`,
  'implausible-figures': implausible,
  'investment-unit-suspect': (p) =>
    `工厂项目投资仅 ${num(p['investmentCny'])} 元，可能误按万元填写，请确认`,
  'template-text': (p) =>
    `留言与 ${str(p, 'date')} 的线索 ${str(p, 'lead')} 相似度 ${num(p['percent'])}%，疑为群发模板`,
  'many-parks': (p) =>
    p['days'] === undefined
      ? `一次咨询 ${num(p['count'])} 个园区`
      : `同一发件人 ${num(p['days'])} 天内咨询了 ${num(p['count'])} 个园区`,
  'warnings-cap': (p) =>
    `同时出现 ${num(p['count'])} 项真实性疑点（${list(p, 'warnings')}），核实前列为 C 类`,
  'serious-warning-cap': (p) => `${list(p, 'warnings')}：须先核实，最高 B 类`,
  timeline: (p) => `计划启动时间：${word(str(p, 'timeline'))}`,
  'decision-maker': (p) => `职务"${str(p, 'role')}"为决策人（${str(p, 'title')}）`,
  manager: (p) => `职务"${str(p, 'role')}"负责前期工作，请问清由谁拍板`,
  intermediary: (p) =>
    `职务"${str(p, 'role')}"疑为中介（${str(p, 'title')}），并非投资方本身，未见决策人`,
  'no-decision-maker': (p) => `职务"${str(p, 'role')}"不是决策人`,
  complete: details,
  'mostly-complete': details,
  incomplete: details,
  'readiness-signals': (p) => `留言提到${list(p, 'signals')}`,
  'generic-request': (p) =>
    `未写产品和任何数据，只问优惠政策，且咨询了 ${num(p['parks'])} 个园区：最高 B 类`,
  'park-fit': (p) => `最匹配园区：${str(p, 'nameZh')}（${num(p['fit'])}/100）`,
  'park-unknown': (p) =>
    p['slug'] === undefined ? '所咨询园区均无资料' : `无园区"${str(p, 'slug')}"的资料，可能已下线`,
  'park-inadmissible': (p) => `${str(p, 'nameZh')}不符合入园条件：${list(p, 'limits')}`,
  'no-admissible-park': () => '所咨询园区均不符合入园条件，列为 C 类；请礼貌答复并推荐合适园区',
  'soft-miss-cap': (p) => `${str(p, 'nameZh')}需协商${list(p, 'limits')}后方可入园：最高 B 类`,
  'chain-target': (p) => `${str(p, 'industry')} 属园区主导产业`,
  'chain-excluded': (p) => `园区不接纳 ${str(p, 'industry')} 产业`,
  'chain-other': (p) => `${str(p, 'industry')} 不在园区主导产业（${str(p, 'targets')}）之列`,
  'intensity-met': (p) =>
    `投资强度 ${num(p['intensity'])} 万元/亩，达到园区门槛 ${num(p['threshold'])} 万元/亩`,
  'intensity-near': (p) =>
    `投资强度 ${num(p['intensity'])} 万元/亩，略低于园区门槛 ${num(p['threshold'])} 万元/亩`,
  'intensity-below': (p) =>
    `投资强度 ${num(p['intensity'])} 万元/亩，低于园区门槛 ${num(p['threshold'])} 万元/亩`,
  'land-ok': (p) => `用地 ${num(p['landMu'])} 亩，园区可供 ${num(p['availableMu'])} 亩`,
  'land-near': (p) =>
    `需用地 ${num(p['landMu'])} 亩，园区可供 ${num(p['availableMu'])} 亩，略有不足`,
  'land-short': (p) => `需用地 ${num(p['landMu'])} 亩，园区仅可供 ${num(p['availableMu'])} 亩`,
  'plot-too-small': (p) =>
    `需单宗用地 ${num(p['landMu'])} 亩，园区最大地块 ${num(p['largestPlotMu'])} 亩`,
  'floor-ok': (p) =>
    `厂房 ${num(p['floorM2'])} 平方米，园区标准厂房 ${num(p['standardFactoryM2'])} 平方米`,
  'floor-short': (p) =>
    `需厂房 ${num(p['floorM2'])} 平方米，园区标准厂房仅 ${num(p['standardFactoryM2'])} 平方米`,
  'power-ok': (p) => `用电 ${num(p['powerMw'])} 兆瓦，在园区富余容量 ${num(p['spareMw'])} 兆瓦之内`,
  'power-near': (p) =>
    `需用电 ${num(p['powerMw'])} 兆瓦，园区富余容量 ${num(p['spareMw'])} 兆瓦，略有不足`,
  'power-short': (p) =>
    `需用电 ${num(p['powerMw'])} 兆瓦，园区富余容量仅 ${num(p['spareMw'])} 兆瓦`,
  'process-excluded': (p) =>
    p['quote'] === undefined
      ? `项目自有${str(p, 'zh')}工艺，园区用地内不允许`
      : `"${str(p, 'quote')}"即需在厂内${str(p, 'zh')}，园区用地内不允许`,
  'processes-in-reach': (p) => `所需 ${num(p['count'])} 项工艺周边均有配套企业`,
  'processes-missing': (p) => `周边无配套企业提供：${str(p, 'processes')}`,
  'spam-honeypot': () => '填写了只有机器人可见的隐藏字段；已保留并标记为垃圾信息',
  'spam-too-fast': (p) => `表单打开 ${num(p['seconds'])} 秒即提交，快于人工填写`,
  'spam-cross-site': () => '来自其他网站的提交，而非本站表单',
  'spam-cap': (p) => `垃圾信息信号，分数上限 ${num(p['max'])}`,
};
