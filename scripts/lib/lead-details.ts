/**
 * `leads show`: one lead in full, in the staff's language (LEAD_STAFF_LOCALE, Chinese
 * unless `en`), with the reasons rendered from their codes and the language the
 * inquirer wrote in. Labels live here, beside the one layout that uses them.
 */
import { storedReasonText } from '../../src/domain/inquiry/reasons';
import type { Locale } from '../../src/i18n/locales';
import { inquirerLocale } from '../../netlify/lib/lead-message';
import type { StoredLead } from '../../netlify/lib/lead';
import type { StatusEntry } from '../../netlify/lib/pipeline';
import { staffText } from '../../netlify/lib/staff-text';
import { formatTime } from './leads-format';

interface DetailLabels {
  heading(id: string, at: string, viaForm: boolean): string;
  tier(tier: string, score: number, flags: string): string;
  language: string;
  followUp: string;
  why: string;
  fit: string;
  inquiry: string;
  spam(honeypot: boolean, crossSite: boolean, tooFastMs: number | undefined): string;
  noHistory: string;
  history: string;
  by: string;
  notification(status: string, attempts: number, lastError?: string, next?: string): string;
}

const LABELS: Readonly<Record<Locale, DetailLabels>> = {
  'zh-CN': {
    heading: (id, at, viaForm) => `线索 ${id}，${at} 收到，来自${viaForm ? '网页表单' : '接口'}`,
    tier: (tier, score, flags) => `${tier} 类，评分 ${score}/100${flags ? `，标记：${flags}` : ''}`,
    language: '咨询语言：',
    followUp: '跟进：',
    why: '评分依据：',
    fit: '各园区匹配度：',
    inquiry: '咨询内容：',
    spam: (honeypot, crossSite, tooFastMs) =>
      `垃圾信息信号：蜜罐字段${honeypot ? '已填写' : '为空'}，跨站提交${crossSite ? '是' : '否'}${tooFastMs !== undefined ? `，表单打开 ${tooFastMs} 毫秒后即提交` : ''}`,
    noHistory: '跟进进度：新线索（尚无记录）',
    history: '跟进进度：',
    by: '，经办人',
    notification: (status, attempts, lastError, next) =>
      `通知：${status}${attempts ? `，已尝试 ${attempts} 次` : ''}${lastError ? `，最近错误 ${lastError}` : ''}${next ? `，下次重试 ${next}` : ''}`,
  },
  en: {
    heading: (id, at, viaForm) =>
      `Lead ${id}, received ${at} via ${viaForm ? 'the plain form' : 'the API'}`,
    tier: (tier, score, flags) =>
      `Tier ${tier}, score ${score}/100${flags ? `, flags: ${flags}` : ''}`,
    language: 'Inquirer wrote in: ',
    followUp: 'Follow-up: ',
    why: 'Why:',
    fit: 'Fit per park:',
    inquiry: 'Inquiry:',
    spam: (honeypot, crossSite, tooFastMs) =>
      `Spam signals: honeypot ${honeypot ? 'filled' : 'empty'}, cross-site ${crossSite ? 'yes' : 'no'}${tooFastMs !== undefined ? `, sent ${tooFastMs} ms after the form opened` : ''}`,
    noHistory: 'Pipeline: new (no step recorded yet)',
    history: 'Pipeline:',
    by: ' by',
    notification: (status, attempts, lastError, next) =>
      `Notification: ${status}${attempts ? ` after ${attempts} attempt(s)` : ''}${lastError ? `, last error ${lastError}` : ''}${next ? `, next attempt ${next}` : ''}`,
  },
};

const printable = (value: string): string => value.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ');
const text = (value: unknown): string =>
  Array.isArray(value) ? value.map(text).join('; ') : value == null ? '' : String(value);
const signed = (effect: number) => `${effect > 0 ? '+' : ''}${effect}`;

/** One lead in full, for `show`, with its pipeline history when given. */
export function leadDetails(
  lead: StoredLead,
  history: readonly StatusEntry[] = [],
  locale: Locale = 'en',
): string {
  const { inquiry, qualification, spam, notification } = lead;
  const l = LABELS[locale];
  const reason = (r: StoredLead['qualification']['reasons'][number]) =>
    `${signed(r.effect)}  ${storedReasonText(r, locale)}`;
  const lines = [
    l.heading(lead.id, formatTime(lead.receivedAt), lead.source !== 'json'),
    l.tier(qualification.tier, qualification.score, qualification.flags.join(', ')),
    `${l.language}${staffText(locale).localeName[inquirerLocale(lead)]}`,
    `${l.followUp}${qualification.followUp}`,
    '',
    l.why,
    ...qualification.reasons.map((r) => `  ${reason(r)}`),
    '',
    l.fit,
    ...qualification.parks.flatMap((park) => [
      `  ${park.slug}: ${park.fit}/100`,
      ...park.reasons.map((r) => `      ${reason(r)}`),
    ]),
    '',
    l.inquiry,
    ...Object.entries(inquiry)
      .filter(([, value]) => value !== undefined && !(Array.isArray(value) && value.length === 0))
      .map(([name, value]) => `  ${name.padEnd(16)}${text(value)}`),
    '',
    l.spam(spam.honeypot, spam.crossSite, spam.tooFastMs),
    '',
    history.length ? l.history : l.noHistory,
    ...history.map(
      (step) =>
        `  ${formatTime(step.at)}  ${step.status}${step.by ? `${l.by} ${step.by}` : ''}${step.note ? ` — ${step.note}` : ''}`,
    ),
    l.notification(
      notification.status,
      notification.attempts,
      notification.lastError,
      notification.nextAttemptAt ? formatTime(notification.nextAttemptAt) : undefined,
    ),
  ];
  return lines.map(printable).join('\n');
}
