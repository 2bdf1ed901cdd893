/**
 * The skeleton of a park file (`content/parks/<slug>.md`): the answers where staff gave
 * them, and for every block of figures a placeholder that is valid but obviously not
 * real — zeros, "待填写 / To be filled in" as the source and `asOf: 2000-01-01` — so the
 * park builds at once, the build and `npm run content:report` flag each block as stale,
 * and the profile marks it "stale" until an officer fills it in. Comments give the
 * meaning and unit of every field.
 */
import { PLACEHOLDER_AS_OF, PLACEHOLDER, y, type Answers } from './yaml';

const source = `  source:
    zh: ${y(PLACEHOLDER.zh)}
    en: ${y(PLACEHOLDER.en)}
  asOf: ${PLACEHOLDER_AS_OF} # 数据截至日期 / the date the figures describe (placeholder: stale until filled in)`;

/** The park file's text: YAML frontmatter with comments, then the Chinese introduction. */
export function parkTemplate(slug: string, a: Answers, year: number): string {
  return `---
# 园区档案。数字写在这里，中文介绍写在文件末尾；英文介绍写在 ${slug}.en.md。
# Park profile: facts here, the Chinese introduction below the second ---; English in ${slug}.en.md.
# 标有"待填写"的数据块是占位符：填好数字后把 source 和 asOf 改成真实的来源和日期。
# Blocks marked 待填写 / "To be filled in" are placeholders: replace the figures, source and asOf.
slug: ${y(slug)} # 必须与文件名相同 / must equal the file name
name: # 正式名称 / official name
  zh: ${y(a['name-zh'])}
  en: ${y(a['name-en'])}
province:
  zh: ${y(a['province-zh'])}
  en: ${y(a['province-en'])}
city:
  zh: ${y(a['city-zh'])}
  en: ${y(a['city-en'])}
coordinates: # 管委会位置，WGS-84 十进制度；所有距离从这里算起 / admin centre, WGS-84 decimal degrees
  lat: ${y(a['lat'])} # 纬度，北纬为正 / latitude, north positive
  lon: ${y(a['lng'])} # 经度，东经为正 / longitude, east positive
level: ${y(a['level'])} # national | provincial | municipal | county
summary: # 卡片与搜索结果中的一两句话（英文 20–240 字符，中文 8–120 字）/ one or two sentences
  zh: ${y(a['summary-zh'])}
  en: ${y(a['summary-en'])}
featured: false # 是否在首页展示 / shown on the home page
# plannedAreaKm2: 0 # 规划面积，平方公里 / planned area, km²
targetChains: ${y(a['chains'])} # 主导产业链编号（content/taxonomy/chains）/ chain ids
restrictions: # 不接受的项目 / what the park does not accept
  excludedChains: [] # 不接受的产业链编号 / chain ids not admitted
  excludedProcesses: [] # 不允许的工序编号，如 electroplating / process ids not allowed on site
  notes: [] # 说明，如不接受的环评类别，每条 { zh, en } / plain-language notes
admission: # 准入门槛 / admission thresholds (待填写)
  minInvestmentIntensityCny10kPerMu: 0 # 投资强度下限，万元/亩 / min. investment intensity, 10k CNY per mu
  minAnnualTaxCny10kPerMu: 0 # 亩均税收下限，万元/亩/年 / min. annual tax, 10k CNY per mu
  # minAnnualOutputCny10kPerMu: 0 # 亩均产值下限，万元/亩/年 / min. annual output, 10k CNY per mu
${source}
land: # 土地与标准厂房 / land and buildings (待填写)
  availableMu: 0 # 可供工业用地，亩（1 亩 = 666.67 m²）/ land ready for transfer, mu
  pricePerMuCny10k: 0 # 土地出让价，万元/亩 / land price, 10k CNY per mu
  # largestPlotMu: 0 # 最大连片地块，亩 / largest contiguous plot, mu
  # standardFactory: # 标准厂房 / standard factory buildings
  #   availableM2: 0 # 可租售面积，m² / floor space available, m²
  #   rentCnyPerM2Month: 0 # 租金，元/m²/月 / rent, CNY per m² per month
  #   salePriceCnyPerM2: 0 # 售价，元/m² / sale price, CNY per m²
${source}
utilities: # 水电气汽 / power, water, gas, steam (待填写)
  powerPriceCnyPerKwh: 0 # 大工业平均电价，元/千瓦时 / power price, CNY per kWh
  substationCapacityMva: 0 # 变电站装机容量，MVA / substation capacity, MVA
  spareCapacityMw: 0 # 新项目还可接入的负荷，MW / spare capacity for new projects, MW
  voltageLevelsKv: [10] # 供电电压等级，千伏 / supply voltages, kV
  waterPriceCnyPerM3: 0 # 工业水价，元/m³ / water price, CNY per m³
  waterCapacityM3PerDay: 0 # 富余供水能力，m³/日 / spare water capacity, m³ per day
  # gasPriceCnyPerM3: 0 # 天然气价，元/m³（无管道气则删去）/ gas price, CNY per m³
  # steamPriceCnyPerTonne: 0 # 蒸汽价，元/吨（无蒸汽管网则删去）/ steam price, CNY per tonne
${source}
logistics: # 物流 / logistics (待填写)
  destinations: # 至少一项 / at least one
    - name:
        zh: ${y(PLACEHOLDER.zh)}
        en: ${y(PLACEHOLDER.en)}
      kind: highway # port | rail | airport | highway | city
      distanceKm: 0 # 公路或铁路距离，公里 / road or rail distance, km
      hours: 0 # 通常货车（或火车）时间，小时 / typical truck or train time, hours
${source}
labor: # 用工 / labor (待填写)
  skilledWorkerPool: 0 # 通勤范围内的技术工人数 / skilled workers within commuting distance
  monthlyWageCny: # 月工资（税前），元 / typical monthly gross wage, CNY
    operator: 1 # 普工 / operator
    technician: 1 # 技术员 / technician
    engineer: 1 # 工程师 / engineer
  recruitmentSupport: [] # 招工服务，每条 { zh, en } / recruitment help
${source}
approvals: # 审批 / approvals (待填写)
  oneStop: false # 是否一窗受理 / one window handles all approvals
  certificateOnArrival: false # 是否"交地即发证" / certificate on arrival
  steps: # 按顺序列出各环节及承诺工作日 / steps in order with committed working days
    - name:
        zh: 工商登记
        en: Business registration
      workingDays: 0 # 承诺工作日 / committed working days
${source}
service: # 落地后服务 / after landing
  officerRole: # 专人服务的角色 / role of the named service officer
    zh: 待填写
    en: To be filled in
  demandList: false # 是否逐户建立需求清单 / a demand list per company
  followUp: # 回访节奏 / follow-up rhythm
    zh: 待填写
    en: To be filled in
  extras: [] # 其他服务，每条 { zh, en } / other post-landing help
  inquiryResponseHours: ${y(a['response-hours'])} # 承诺答复咨询的时限，工作小时 / committed response time, business hours
contacts: # 联系人（至少一位）/ people to contact, at least one
  - role:
      zh: ${y(a['contact-role-zh'])}
      en: ${y(a['contact-role-en'])}
    name: ${y(a['contact-name'])}
    email: ${y(a['contact-email'])} # 工作邮箱 / work e-mail
    phone: ${y(a['contact-phone'])} # 国际格式 / international format
trackRecord: # 签约与落地 / signed versus landed (待填写)
  year: ${year} # 数据所属年份 / year the figures cover
  signedProjects: 0 # 当年签约项目数 / projects signed that year
  landedProjects: 0 # 其中已开工或投产的项目数 / of those, started construction or production
  fundsInPlaceRatePct: 0 # 资金到位率，% / share of committed capital that arrived, percent
${source}
---

${String(a['body-zh'] ?? '').trim()}
`;
}
