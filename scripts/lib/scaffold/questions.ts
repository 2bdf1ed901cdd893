/**
 * What `npm run new` asks for each kind of entry: the fields the schema requires and that
 * only staff can know. Each question is a flag (`--name-zh`), a prompt in Chinese and
 * English, and the data path it fills, so a schema error on that path is asked again.
 * Everything else is written as a commented placeholder to fill in later.
 */
import { advantages } from '../../../src/schemas/cases';
import { institutionKinds } from '../../../src/schemas/institutions';
import { parkLevels } from '../../../src/schemas/parks';

export const KINDS = ['park', 'supplier', 'institution', 'case'] as const;
export type Kind = (typeof KINDS)[number];

/** Collections whose ids an answer may name; checked against the files on disk. */
export type IdCollection = 'chains' | 'processes' | 'parks' | 'suppliers';

export interface Question {
  /** Flag name without dashes; also the answer's key. */
  flag: string;
  /** Data path it fills ("name.zh"), as the schema reports errors. */
  path: string;
  /** Prompt: Chinese, then English. */
  prompt: string;
  /** How the typed text becomes a value (default: trimmed text). */
  type?: 'text' | 'number' | 'integer' | 'date' | 'list';
  /** Allowed values, shown in the prompt. */
  choices?: readonly string[];
  /** Answer used when the flag is absent or Enter is pressed. */
  default?: string;
  /** May be left empty (the field is then left out). */
  optional?: boolean;
  /** The answer names ids of this collection, which must exist. */
  ids?: IdCollection;
}

const both = (flag: string, path: string, zh: string, en: string): Question[] => [
  { flag: `${flag}-zh`, path: `${path}.zh`, prompt: `${zh}（中文） / ${en} in Chinese` },
  { flag: `${flag}-en`, path: `${path}.en`, prompt: `${zh}（英文） / ${en} in English` },
];

const place: Question[] = [
  {
    flag: 'lat',
    path: 'coordinates.lat',
    prompt: '纬度（十进制度，北纬为正） / Latitude, decimal degrees',
    type: 'number',
  },
  {
    flag: 'lng',
    path: 'coordinates.lon',
    prompt: '经度（十进制度，东经为正） / Longitude, decimal degrees',
    type: 'number',
  },
];

const provenance = (today: string): Question[] => [
  ...both('source', 'source', '数据来源', 'Source of these figures'),
  {
    flag: 'as-of',
    path: 'asOf',
    prompt: '数据截至日期 YYYY-MM-DD / Figures as of',
    type: 'date',
    default: today,
  },
];

/** The questions for one kind, in the order they are asked. */
export function questionsFor(kind: Kind, today: string): Question[] {
  switch (kind) {
    case 'park':
      return [
        ...both('name', 'name', '园区名称', 'Park name'),
        ...both('province', 'province', '省份', 'Province'),
        ...both('city', 'city', '城市', 'City'),
        ...place,
        { flag: 'level', path: 'level', prompt: '园区级别 / Level', choices: parkLevels },
        ...both(
          'summary',
          'summary',
          '一两句简介（卡片和搜索结果显示）',
          'One- or two-sentence summary',
        ),
        {
          flag: 'chains',
          path: 'targetChains',
          prompt: '主导产业链编号，逗号分隔 / Target chain ids, comma-separated',
          type: 'list',
          ids: 'chains',
        },
        ...both('contact-role', 'contacts[0].role', '联系人职务', 'Contact role'),
        { flag: 'contact-name', path: 'contacts[0].name', prompt: '联系人姓名 / Contact name' },
        {
          flag: 'contact-email',
          path: 'contacts[0].email',
          prompt: '联系人工作邮箱 / Contact work e-mail',
        },
        {
          flag: 'contact-phone',
          path: 'contacts[0].phone',
          prompt: '联系人电话，如 +86 731 5555 0101 / Contact phone',
        },
        {
          flag: 'response-hours',
          path: 'service.inquiryResponseHours',
          prompt:
            '承诺答复咨询的时限（工作小时） / Committed inquiry response time, business hours',
          type: 'integer',
        },
        {
          flag: 'body-zh',
          path: 'body',
          prompt: '园区中文介绍（一段） / Introduction in Chinese (one paragraph)',
        },
        {
          flag: 'body-en',
          path: 'body (en)',
          prompt:
            '园区英文介绍（可留空，交给译者） / Introduction in English (Enter leaves it to the translator)',
          optional: true,
        },
      ];
    case 'supplier':
      return [
        ...both('name', 'name', '企业名称', 'Company name'),
        ...place,
        {
          flag: 'processes',
          path: 'processes',
          prompt: '对外提供的工序编号，逗号分隔 / Process ids it offers, comma-separated',
          type: 'list',
          ids: 'processes',
        },
        { flag: 'employees', path: 'employees', prompt: '员工人数 / Employees', type: 'integer' },
        {
          flag: 'park',
          path: 'park',
          prompt: '所在园区编号（不在园区内可留空） / Park id it sits in (Enter if none)',
          optional: true,
          ids: 'parks',
        },
        ...provenance(today),
      ];
    case 'institution':
      return [
        ...both('name', 'name', '院校或机构名称', 'Institution name'),
        { flag: 'kind', path: 'kind', prompt: '类型 / Kind', choices: institutionKinds },
        ...place,
        ...provenance(today),
      ];
    case 'case':
      return [
        ...both('title', 'title', '案例标题', 'Case headline'),
        ...both('company', 'company', '企业名称', 'Company'),
        { flag: 'park', path: 'park', prompt: '落户园区编号 / Park id', ids: 'parks' },
        { flag: 'chain', path: 'chain', prompt: '产业链编号 / Chain id', ids: 'chains' },
        {
          flag: 'investment',
          path: 'investmentCny10k',
          prompt: '总投资（万元） / Total investment, 10k CNY',
          type: 'number',
        },
        { flag: 'jobs', path: 'jobs', prompt: '新增就业岗位 / Jobs', type: 'integer' },
        {
          flag: 'signed-on',
          path: 'signedOn',
          prompt: '签约日期 YYYY-MM-DD / Agreement signed on',
          type: 'date',
        },
        {
          flag: 'advantage',
          path: 'advantage',
          prompt: '促成落地的主要优势 / The advantage that made it land',
          choices: advantages,
        },
        ...provenance(today),
        {
          flag: 'body-zh',
          path: 'body',
          prompt: '案例经过（中文，一段） / The story in Chinese (one paragraph)',
        },
        {
          flag: 'body-en',
          path: 'body (en)',
          prompt:
            '案例经过（英文，可留空） / The story in English (Enter leaves it to the translator)',
          optional: true,
        },
      ];
  }
}

/** A typed answer as the value the YAML gets; undefined for an empty optional answer. */
export function parseAnswer(question: Question, raw: string): unknown {
  const text = raw.trim();
  if (text === '') return undefined;
  switch (question.type) {
    case 'number':
    case 'integer':
      return Number(text.replace(/[,，_]/g, ''));
    case 'list':
      return text.split(/[\s,，、;；]+/).filter(Boolean);
    default:
      return text;
  }
}
