/** CMS labels for suppliers, institutions, cases and the taxonomy. See labels.ts. */
import { t, type FieldText } from './field-text';

export const otherTexts: Record<string, FieldText> = {
  // content/suppliers/<id>.yaml
  'suppliers:name': t('企业名称', 'Company name'),
  'suppliers:coordinates': t('厂址', 'Site location', {
    hint: [
      '工厂所在地坐标（WGS-84 十进制度数）；到各园区的距离按此计算。',
      'WGS-84 decimal degrees of the site; distances to parks are computed from it.',
    ],
  }),
  'suppliers:park': t('所在园区', 'Park it sits in', {
    relation: 'parks',
    hint: ['不在任何园区内就留空。', 'Leave empty when it is outside every park.'],
  }),
  'suppliers:processes': t('对外提供的工艺', 'Processes offered', {
    relation: 'processes',
    hint: [
      '至少选一项；没有的工艺先在“工艺”里新建。',
      'At least one; add a missing process under Processes first.',
    ],
  }),
  'suppliers:certifications': t('资质认证', 'Certifications', {
    hint: ['每项一个，如 IATF 16949。', 'One per item, e.g. "IATF 16949".'],
  }),
  'suppliers:employees': t('员工人数', 'Head count', { unit: ['人', 'people'] }),
  'suppliers:note': t('产能与特长', 'Capacity or specialities', {
    long: true,
    hint: ['一两句话。', 'One or two sentences.'],
  }),
  'suppliers:replaces': t('就近采购可替代', 'What buying here replaces', {
    long: true,
    hint: ['如“原来发往外省的冲压件”。', 'E.g. "stamping shipped to a supplier abroad".'],
  }),
  // content/institutions/<id>.yaml
  'institutions:name': t('机构名称', 'Official name'),
  'institutions:kind': t('机构类型', 'Kind', { options: 'kind.institution.' }),
  'institutions:coordinates': t('校区位置', 'Campus or site location'),
  'institutions:majors': t('专业与方向', 'Majors and research fields'),
  'institutions:majors[].name': t('专业名称', 'Major or field'),
  'institutions:majors[].field': t('人才类别', 'Talent field', {
    options: 'kind.field.',
    hint: ['用于跨院校汇总毕业生。', 'Used to sum graduates across institutions.'],
  }),
  'institutions:majors[].graduatesPerYear': t('年毕业生', 'Graduates per year', {
    unit: ['人/年', 'per year'],
    hint: ['只做科研的方向填 0。', '0 for research-only fields.'],
  }),
  'institutions:cooperation': t('校企合作项目', 'Cooperation programmes', {
    long: true,
    hint: ['如订单班、联合实验室、中试。', 'Order classes, joint labs, pilot runs...'],
  }),
  // content/cases/<id>.md
  'cases:title': t('案例标题', 'Headline', {
    hint: [
      '如“轻量化门环：冲压就近 5 公里配套”。',
      'E.g. "Lightweight door frames: stamping moved 5 km instead of abroad".',
    ],
  }),
  'cases:company': t('企业', 'Company'),
  'cases:park': t('落地园区', 'Park', { relation: 'parks' }),
  'cases:chain': t('所属产业链', 'Industry chain', { relation: 'chains' }),
  'cases:investmentCny10k': t('总投资', 'Total investment', { unit: ['万元', '10k CNY'] }),
  'cases:landMu': t('用地', 'Land taken', {
    unit: ['亩', 'mu'],
    hint: ['租用标准厂房填 0。', '0 when it rents a standard factory.'],
  }),
  'cases:jobs': t('新增就业', 'Jobs', { unit: ['人', 'people'] }),
  'cases:signedOn': t('签约日期', 'Agreement signed'),
  'cases:constructionStartOn': t('开工日期', 'Construction started'),
  'cases:productionOn': t('投产日期', 'Production started'),
  'cases:advantage': t('落地主因', 'Deciding advantage', { options: 'kind.advantage.' }),
  'cases:suppliers': t('就近采购的配套企业', 'Suppliers it buys from', {
    relation: 'suppliers',
    hint: ['落地主因为“产业链配套”时填写。', 'When the deciding advantage is suppliers.'],
  }),
  // content/taxonomy/processes/<id>.yaml and content/taxonomy/chains/<id>.yaml
  'processes:label': t('工艺名称', 'Display name'),
  'processes:description': t('工艺说明', 'Description', {
    long: true,
    hint: ['一句话，讲给不懂这个词的访客。', 'One sentence for visitors who do not know the term.'],
  }),
  'chains:label': t('产业链名称', 'Display name'),
  'chains:description': t('产业链说明', 'Description', {
    long: true,
    hint: ['一句话。', 'One sentence.'],
  }),
  'chains:processes': t('需要的配套工艺', 'Processes this chain needs', {
    relation: 'processes',
    hint: ['决定“配套覆盖率”和“缺口”。', 'Drives supplier coverage and gaps.'],
  }),
};
