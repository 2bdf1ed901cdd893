/**
 * Skeletons of suppliers, institutions and cases: every required field from the answers,
 * optional ones as comments that say what they mean and their unit.
 */
import { y, type Answers } from './yaml';

const provenance = (a: Answers) => `source: # 数据来源 / who published these figures
  zh: ${y(a['source-zh'])}
  en: ${y(a['source-en'])}
asOf: ${String(a['as-of'])} # 数据截至日期 YYYY-MM-DD；超过 18 个月视为过期 / figures as of; stale after 18 months`;

const coordinates = (
  a: Answers,
) => `coordinates: # WGS-84 十进制度；到各园区的距离由此计算 / decimal degrees; distances are computed from here
  lat: ${y(a['lat'])} # 纬度，北纬为正 / latitude, north positive
  lon: ${y(a['lng'])} # 经度，东经为正 / longitude, east positive`;

/** `content/suppliers/<id>.yaml`. */
export function supplierTemplate(a: Answers): string {
  const park = a['park'] === undefined ? `# park: some-park-id` : `park: ${y(a['park'])}`;
  return `# 配套企业：对外提供工序的本地企业。 / A local company that offers processes to newcomers.
name: # 企业全称 / company name
  zh: ${y(a['name-zh'])}
  en: ${y(a['name-en'])}
${coordinates(a)}
${park} # 企业位于某园区内时填园区编号（在该园区列在最前）/ park id when it sits inside a park
processes: ${y(a['processes'])} # 工序编号（content/taxonomy/processes）/ process ids it offers
certifications: [] # 质量与行业认证，如 IATF 16949 / certifications
employees: ${y(a['employees'])} # 员工人数 / head count
# note: # 产能或专长，一两句 / capacity or specialities
#   zh: …
#   en: …
# replaces: # 就近采购可替代什么，如"原发往国外的冲压件" / what buying from it replaces
#   zh: …
#   en: …
${provenance(a)}
`;
}

/** `content/institutions/<id>.yaml`. */
export function institutionTemplate(a: Answers): string {
  return `# 院校与科研平台。 / A university, school or research platform.
name: # 正式名称 / official name
  zh: ${y(a['name-zh'])}
  en: ${y(a['name-en'])}
kind: ${y(a['kind'])} # university | vocational-school | research-institute | pilot-platform | shared-lab
${coordinates(a)}
majors: [] # 专业或研究方向及每年毕业生数 / majors or research fields with graduates per year
# majors:
#   - name: { zh: 机电一体化技术, en: Mechatronics }
#     field: electrical # mechanical | electrical | automotive | materials | chemical | electronics | software | biomedical | energy | logistics | business
#     graduatesPerYear: 0 # 每年毕业生数（纯科研方向填 0）/ graduates per year
cooperation: [] # 面向企业的合作项目（订单班、联合实验室、中试……），每条 { zh, en } / cooperation programmes
${provenance(a)}
`;
}

/** `content/cases/<id>.md`: facts, then the story in Chinese. */
export function caseTemplate(a: Answers): string {
  return `---
# 落地案例：事实写在这里，中文经过写在文件末尾，英文写在同名 .en.md 文件。
# A landed project: facts here, the Chinese story below; English in the .en.md file beside it.
title: # 标题 / headline
  zh: ${y(a['title-zh'])}
  en: ${y(a['title-en'])}
company: # 企业名称 / the company
  zh: ${y(a['company-zh'])}
  en: ${y(a['company-en'])}
park: ${y(a['park'])} # 落户园区编号 / park id where it landed
chain: ${y(a['chain'])} # 产业链编号 / industry chain id
investmentCny10k: ${y(a['investment'])} # 总投资，万元 / total investment, 10k CNY
landMu: 0 # 用地，亩（租用标准厂房填 0）/ land taken, mu (0 when renting a standard factory)
jobs: ${y(a['jobs'])} # 新增就业岗位 / jobs created or planned
signedOn: ${String(a['signed-on'])} # 签约日期 / agreement signed on
# constructionStartOn: YYYY-MM-DD # 开工日期 / construction or fit-out started
# productionOn: YYYY-MM-DD # 投产日期 / production started
advantage: ${y(a['advantage'])} # suppliers | labor | rnd | land | utilities | logistics | approvals
suppliers: [] # 项目采购的配套企业编号（advantage 为 suppliers 时填写）/ supplier ids it buys from
${provenance(a)}
---

${String(a['body-zh'] ?? '').trim()}
`;
}
