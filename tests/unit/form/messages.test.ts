/**
 * The form's two message tables: complete (the FormMessages type makes a missing key a
 * compile error; these tests catch blanks and placeholder drift), and separate: the
 * Chinese form shows no English text from the English table, and the reverse.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { INQUIRY_FIELDS } from '../../../src/domain/inquiry/fields';
import { validateInquiry } from '../../../src/domain/inquiry/schema';
import { escapeHtml } from '../../../src/forms/html';
import { fill, localizeErrors } from '../../../src/forms/localize';
import { clientMessages, formMessages, type FormMessages } from '../../../src/forms/messages';
import { en } from '../../../src/forms/messages/en';
import { zhCN } from '../../../src/forms/messages/zh-CN';
import { renderInquiryForm, type FormChoices } from '../../../src/forms/render-form';

/** Every string of a table with its dotted path. */
function leaves(value: unknown, prefix = ''): [string, string][] {
  if (typeof value === 'string') return [[prefix, value]];
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, inner]) =>
    leaves(inner, prefix ? `${prefix}.${key}` : key),
  );
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const HAN = /\p{Script=Han}/u;

/** Texts of `table` that could only come from it: not shared with `other`, not codes or paths. */
function ownTexts(table: FormMessages, other: FormMessages): string[] {
  const shared = new Set(leaves(other).map(([, text]) => text));
  return leaves(table)
    .map(([, text]) => text)
    .filter((text) => !shared.has(text) && !text.startsWith('/') && text.trim().length > 3);
}

const choicesIn = (locale: 'zh' | 'en'): FormChoices => ({
  parks: [
    {
      slug: 'xiangjiang-auto-parts-zone',
      name: locale === 'zh' ? '湘江汽车零部件产业园' : 'Xiangjiang Auto Parts Zone',
      place: locale === 'zh' ? '湖南湘潭' : 'Xiangtan, Hunan',
      responseHours: 24,
    },
  ],
  industries: [{ value: 'auto-parts', label: locale === 'zh' ? '汽车零部件' : 'Auto parts' }],
  processes: [{ value: 'mold-stamping', label: locale === 'zh' ? '模具冲压' : 'Mold stamping' }],
});

/** The form with every field in error, a chosen park and the empty-form summary. */
function fullRender(words: FormMessages, choices: FormChoices): string {
  const result = validateInquiry({});
  const errors = result.ok ? {} : localizeErrors(result.errors, words.errors);
  return renderInquiryForm(choices, words, {
    values: { parks: ['xiangjiang-auto-parts-zone'] },
    errors,
  });
}

describe('form messages', () => {
  it('fill every key in both languages, with the same placeholders', () => {
    const zh = new Map(leaves(zhCN));
    const english = new Map(leaves(en));
    expect([...zh.keys()].sort()).toEqual([...english.keys()].sort());
    for (const [key, text] of english) {
      expect(text.trim(), key).not.toBe('');
      expect(zh.get(key)?.trim(), key).not.toBe('');
      expect(placeholders(zh.get(key) ?? ''), key).toEqual(placeholders(text));
    }
  });

  it('are chosen by locale, and the browser part leaves out the page texts', () => {
    expect(formMessages('zh-CN')).toBe(zhCN);
    expect(formMessages('en')).toBe(en);
    const client = clientMessages(zhCN);
    expect(Object.keys(client).sort()).toEqual(
      [
        'errorPrefix',
        'errors',
        'parkNote',
        'picker',
        'responseTimes',
        'status',
        'summaryTitle',
        'thanksPath',
      ].sort(),
    );
    expect(client.thanksPath).toBe('/inquire/thanks/');
    expect(clientMessages(en).thanksPath).toBe('/en/inquire/thanks/');
    expect(client.picker.listPath).toBe('/inquire/parks/');
    expect(clientMessages(en).picker.formPath).toBe('/en/inquire/chosen/');
  });

  it('use the glossary words for the Chinese form', () => {
    expect(zhCN.fields.landMu.label).toBe('用地需求（亩）');
    expect(zhCN.fields.uscc.label).toBe('统一社会信用代码');
    expect(zhCN.fields.consent.label).toBe('同意按隐私说明存储并处理本次咨询');
    expect(Object.values(zhCN.options.projectType)).toEqual([
      '新建',
      '扩产',
      '搬迁',
      '研发中心',
      '区域总部',
    ]);
    expect(Object.values(zhCN.options.timeline)).toEqual([
      '6个月内',
      '6–12个月',
      '12–24个月',
      '24个月以上',
    ]);
    expect(Object.values(zhCN.options.needs)).toEqual([
      '配套企业',
      '招工',
      '科研合作',
      '审批',
      '融资',
      '物流',
    ]);
    expect(zhCN.submit).toBe('提交');
    expect(fill(zhCN.errors['uscc.length'], { count: 16 })).toBe(
      '请输入18位统一社会信用代码，例如 91110000101623741K（您输入了 16 位）',
    );
    expect(en.fields.landMu.label).toBe('Land needed (mu)');
  });

  it('label every field of the form in both languages', () => {
    for (const field of INQUIRY_FIELDS) {
      expect(zhCN.fields[field.name].label, field.name).toMatch(HAN);
      expect(en.fields[field.name].label, field.name).not.toMatch(HAN);
    }
  });
});

describe('one language per form', () => {
  const zhHtml = fullRender(zhCN, choicesIn('zh'));
  const enHtml = fullRender(en, choicesIn('en'));

  it('the Chinese form, errors and all, contains no text of the English table', () => {
    const english = ownTexts(en, zhCN);
    expect(english.length).toBeGreaterThan(100);
    const found = english.filter(
      (text) => zhHtml.includes(text) || zhHtml.includes(escapeHtml(text)),
    );
    expect(found).toEqual([]);
    expect(zhHtml).toContain('请修改以下内容');
    expect(zhHtml).toContain('（选填）');
    expect(zhHtml).toContain('<option value="CN" selected>中国</option>');
  });

  it('the English form contains no Chinese at all', () => {
    const chinese = ownTexts(zhCN, en);
    expect(chinese.filter((text) => enHtml.includes(escapeHtml(text)))).toEqual([]);
    expect(enHtml).not.toMatch(HAN);
    expect(enHtml).toContain('There is a problem');
  });

  it('the browser script words of each page are in that language only', () => {
    const zhClient = JSON.stringify(clientMessages(zhCN));
    expect(
      ownTexts(en, zhCN).filter((text) => zhClient.includes(JSON.stringify(text).slice(1, -1))),
    ).toEqual([]);
    expect(JSON.stringify(clientMessages(en))).not.toMatch(HAN);
  });
});

describe('docs/API.md', () => {
  it('shows the 422 messages the function really sends, in Chinese and in English', () => {
    const doc = readFileSync('docs/API.md', 'utf8');
    const result = validateInquiry({ uscc: '9111000010162374' });
    if (result.ok) throw new Error('expected errors');
    for (const words of [zhCN, en]) {
      const errors = localizeErrors(result.errors, words.errors);
      for (const field of ['parks', 'company', 'uscc']) {
        expect(doc, `${words.locale} ${field}`).toContain(
          `"${field}":${JSON.stringify(errors[field])}`,
        );
      }
    }
  });
});
