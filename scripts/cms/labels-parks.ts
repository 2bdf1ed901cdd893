/** CMS labels for park profiles (content/parks/<slug>.md). See labels.ts. */
import { t, type FieldText } from './field-text';

const cny10kPerMu: [string, string] = ['万元/亩', '10k CNY/mu'];

export const parkTexts: Record<string, FieldText> = {
  'parks:slug': t('网址标识', 'URL slug', {
    hint: [
      '小写英文和连字符，与文件名相同，如 xiangjiang-auto-parts-zone；保存后不要再改。',
      'Lowercase kebab-case, equal to the file name; do not change it once saved.',
    ],
    patternMessage: [
      '只能用小写字母、数字和连字符，如 xiangjiang-auto-parts-zone',
      'Use a lowercase kebab-case id such as "xiangjiang-auto-parts-zone"',
    ],
  }),
  'parks:name': t('园区名称', 'Official name'),
  'parks:province': t('省份', 'Province'),
  'parks:city': t('城市', 'City or prefecture'),
  'parks:coordinates': t('管委会位置', 'Administrative centre', {
    hint: [
      '园区管委会所在地的坐标（WGS-84 十进制度数）；所有距离都从这里算起。',
      'WGS-84 decimal degrees of the administrative centre; all distances start here.',
    ],
  }),
  'parks:level': t('园区级别', 'Level', { options: 'common.level.' }),
  'parks:summary': t('一句话简介', 'Summary', {
    long: true,
    hint: [
      '显示在园区卡片和搜索结果里，中文 8–120 字。',
      'Shown on cards and in search results; 20–240 characters in English.',
    ],
  }),
  'parks:featured': t('首页推荐', 'Featured on the home page'),
  'parks:plannedAreaKm2': t('规划面积', 'Planned area', { unit: ['平方公里', 'km²'] }),
  'parks:targetChains': t('主导产业链', 'Target industry chains', {
    relation: 'chains',
    hint: ['至少选一条。', 'At least one.'],
  }),
  'parks:restrictions': t('不接受的项目', 'Restrictions'),
  'parks:restrictions.excludedChains': t('不准入的产业链', 'Chains not admitted', {
    relation: 'chains',
  }),
  'parks:restrictions.excludedProcesses': t('园区内禁止的工艺', 'Processes not allowed on site', {
    relation: 'processes',
    hint: [
      '如园区没有污水处理厂时的电镀。',
      'E.g. electroplating in a zone without a treatment plant.',
    ],
  }),
  'parks:restrictions.notes': t('限制说明', 'Notes', {
    long: true,
    hint: [
      '用大白话写，如不接受的环评类别。',
      'Plain language, e.g. environmental categories not accepted.',
    ],
  }),
  'parks:admission': t('准入门槛', 'Admission thresholds'),
  'parks:admission.minInvestmentIntensityCny10kPerMu': t(
    '最低投资强度',
    'Minimum investment intensity',
    {
      unit: cny10kPerMu,
      hint: ['每亩固定资产投资下限。', 'Minimum fixed-asset investment per mu of land.'],
    },
  ),
  'parks:admission.minAnnualTaxCny10kPerMu': t('最低亩均税收', 'Minimum annual tax per mu', {
    unit: cny10kPerMu,
    hint: ['达产后每年每亩税收下限。', 'Once in production, per year.'],
  }),
  'parks:admission.minAnnualOutputCny10kPerMu': t('最低亩均产值', 'Minimum annual output per mu', {
    unit: cny10kPerMu,
  }),
  'parks:land': t('土地与厂房', 'Land and buildings'),
  'parks:land.availableMu': t('可出让工业用地', 'Industrial land available', {
    unit: ['亩', 'mu'],
    hint: [
      '现在就能出让的面积（1 亩 = 666.67 平方米）。',
      'Ready for transfer now (1 mu = 666.67 m²).',
    ],
  }),
  'parks:land.pricePerMuCny10k': t('土地出让价格', 'Land price', { unit: cny10kPerMu }),
  'parks:land.largestPlotMu': t('最大单宗地块', 'Largest contiguous plot', { unit: ['亩', 'mu'] }),
  'parks:land.standardFactory': t('标准厂房', 'Standard factory buildings', {
    hint: ['没有现成厂房就留空。', 'Leave empty when there are none ready.'],
  }),
  'parks:land.standardFactory.availableM2': t('可租售面积', 'Floor space available', {
    unit: ['平方米', 'm²'],
  }),
  'parks:land.standardFactory.rentCnyPerM2Month': t('租金', 'Rent', {
    unit: ['元/平方米·月', 'CNY per m² per month'],
  }),
  'parks:land.standardFactory.salePriceCnyPerM2': t('售价', 'Sale price', {
    unit: ['元/平方米', 'CNY per m²'],
  }),
  'parks:utilities': t('水电气', 'Utilities'),
  'parks:utilities.powerPriceCnyPerKwh': t('工业电价', 'Industrial power price', {
    unit: ['元/千瓦时', 'CNY/kWh'],
    hint: ['大工业平均电价。', 'Average large-industry tariff.'],
  }),
  'parks:utilities.substationCapacityMva': t('变电站容量', 'Substation capacity', {
    unit: ['兆伏安', 'MVA'],
  }),
  'parks:utilities.spareCapacityMw': t('新项目可接入容量', 'Spare capacity for new projects', {
    unit: ['兆瓦', 'MW'],
  }),
  'parks:utilities.voltageLevelsKv': t('供电电压等级', 'Supply voltages', {
    unit: ['千伏', 'kV'],
    hint: ['每个电压一项，至少一项。', 'One item per voltage, at least one.'],
  }),
  'parks:utilities.waterPriceCnyPerM3': t('工业水价', 'Industrial water price', {
    unit: ['元/立方米', 'CNY/m³'],
  }),
  'parks:utilities.waterCapacityM3PerDay': t('富余供水能力', 'Spare water capacity', {
    unit: ['立方米/日', 'm³ per day'],
  }),
  'parks:utilities.gasPriceCnyPerM3': t('天然气价格', 'Natural gas price', {
    unit: ['元/立方米', 'CNY/m³'],
    hint: ['没有管道天然气就留空。', 'Leave empty when there is no pipeline gas.'],
  }),
  'parks:utilities.steamPriceCnyPerTonne': t('蒸汽价格', 'Steam price', {
    unit: ['元/吨', 'CNY per tonne'],
    hint: ['没有集中供汽就留空。', 'Leave empty when there is no steam network.'],
  }),
  'parks:logistics': t('交通物流', 'Logistics'),
  'parks:logistics.destinations': t('货运目的地', 'Freight destinations', {
    hint: [
      '至少一项：港口、铁路货场、机场、高速口、城市。',
      'At least one: port, rail, airport, highway, city.',
    ],
  }),
  'parks:logistics.destinations[].name': t('名称', 'Destination'),
  'parks:logistics.destinations[].kind': t('类型', 'Kind', { options: 'kind.destination.' }),
  'parks:logistics.destinations[].distanceKm': t('距离', 'Distance', { unit: ['公里', 'km'] }),
  'parks:logistics.destinations[].hours': t('货车时间', 'Truck time', { unit: ['小时', 'hours'] }),
  'parks:labor': t('用工', 'Labour'),
  'parks:labor.skilledWorkerPool': t(
    '通勤范围内技术工人',
    'Skilled workers within commuting distance',
    {
      unit: ['人', 'people'],
    },
  ),
  'parks:labor.monthlyWageCny': t('典型月薪（税前）', 'Typical monthly gross wage'),
  'parks:labor.monthlyWageCny.operator': t('普工', 'Operator', { unit: ['元/月', 'CNY/month'] }),
  'parks:labor.monthlyWageCny.technician': t('技术员', 'Technician', {
    unit: ['元/月', 'CNY/month'],
  }),
  'parks:labor.monthlyWageCny.engineer': t('工程师', 'Engineer', { unit: ['元/月', 'CNY/month'] }),
  'parks:labor.recruitmentSupport': t('招工服务', 'Recruitment support', {
    long: true,
    hint: ['如“每年三月联合 12 所院校办招聘会”。', 'E.g. "job fairs each March with 12 schools".'],
  }),
  'parks:approvals': t('审批', 'Approvals'),
  'parks:approvals.oneStop': t('一窗受理', 'One-stop window'),
  'parks:approvals.certificateOnArrival': t('拿地即开工', 'Construction on land delivery'),
  'parks:approvals.steps': t('审批环节', 'Approval steps', {
    hint: [
      '按办理顺序，每步写园区承诺的工作日。',
      'In order, each with the working days the park commits to.',
    ],
  }),
  'parks:approvals.steps[].name': t('环节', 'Step'),
  'parks:approvals.steps[].workingDays': t('承诺时限', 'Committed time', {
    unit: ['个工作日', 'working days'],
  }),
  'parks:service': t('落地后服务', 'Service after landing'),
  'parks:service.officerRole': t('服务专员', 'Service officer role', {
    hint: ['如“项目管家（一项目一专员）”。', 'E.g. "Project butler (one per project)".'],
  }),
  'parks:service.demandList': t('企业诉求清单', 'Demand list per company'),
  'parks:service.followUp': t('回访安排', 'Follow-up rhythm', {
    hint: ['如“第一年每月上门一次”。', 'E.g. "Monthly visit in the first year".'],
  }),
  'parks:service.extras': t('其他服务', 'Other help', { long: true }),
  'parks:service.inquiryResponseHours': t('咨询响应时限', 'Inquiry response time', {
    unit: ['工作小时', 'business hours'],
  }),
  'parks:contacts': t('联系人', 'Contacts', { hint: ['至少一位。', 'At least one.'] }),
  'parks:contacts[].role': t('职务', 'Role'),
  'parks:contacts[].name': t('姓名', 'Name'),
  'parks:contacts[].email': t('工作邮箱', 'Work e-mail'),
  'parks:contacts[].phone': t('工作电话', 'Work phone', {
    patternMessage: [
      '请写成 +86 731 5555 0101 这样的号码',
      'Write a phone number such as +86 731 5555 0101',
    ],
  }),
  'parks:trackRecord': t('招商成效', 'Track record', {
    hint: [
      '签约和落地数都按同一年统计；落地数不能大于签约数。',
      'Signed and landed for the same year; landed cannot exceed signed.',
    ],
  }),
  'parks:trackRecord.year': t('统计年份', 'Year'),
  'parks:trackRecord.signedProjects': t('签约项目', 'Projects signed', {
    unit: ['个', 'projects'],
  }),
  'parks:trackRecord.landedProjects': t('已开工或投产项目', 'Projects landed', {
    unit: ['个', 'projects'],
  }),
  'parks:trackRecord.fundsInPlaceRatePct': t('资金到位率', 'Funds in place', { unit: ['%', '%'] }),
};
