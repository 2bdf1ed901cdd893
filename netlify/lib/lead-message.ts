/**
 * The one summary of a new lead that every chat notification is formatted from
 * (notify/*.ts). Pure: the lead, the staff locale and the options in, plain data
 * out. It carries what staff need in a group chat and no more: no phone or
 * e-mail unless LEAD_NOTIFY_INCLUDE_CONTACT=1, never the free-text message.
 */
import { storedReasonText } from '../../src/domain/inquiry/reasons';
import { DEFAULT_LOCALE, isLocale, type Locale } from '../../src/i18n/locales';
import { addBusinessHours } from './business-hours';
import type { StoredLead } from './lead';
import { staffText, type StaffText, type Tier } from './staff-text';

export interface LeadMessage {
  id: string;
  tier: Tier;
  score: number;
  company: string;
  /** One line: project type, products, investment. */
  project: string;
  parks: { slug: string; fit: number }[];
  /** The top reasons, in the staff locale. */
  reasons: string[];
  /** When the park's committed response time runs out. */
  replyBy: Date;
  /** The language the inquirer used. */
  inquirerLocale: Locale;
  spam: boolean;
  contact?: { name: string; email: string; phone: string };
}

const TOP_REASONS = 3;

/** The reasons to show, most weighty first, in `locale` (the staff's language). */
export function reasonTexts(lead: StoredLead, locale: Locale): string[] {
  return [...lead.qualification.reasons]
    .sort((a, b) => Math.abs(b.effect) - Math.abs(a.effect))
    .slice(0, TOP_REASONS)
    .map(
      (reason) =>
        `${reason.effect > 0 ? '+' : ''}${reason.effect} ${storedReasonText(reason, locale)}`,
    );
}

/** The inquirer's language; leads stored before it was recorded count as Chinese. */
export function inquirerLocale(lead: StoredLead): Locale {
  // Leads stored before the inquirer's language was recorded have none.
  const value: unknown = lead.locale;
  return isLocale(value) ? value : DEFAULT_LOCALE;
}

// Group chats render markdown: nothing an enterprise typed may open a link or format text.
const plain = (value: string, max = 80): string => {
  const flat = value.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ').replace(/[*_`#>[\]<>|~]/g, ' ');
  const trimmed = flat.replace(/\s+/g, ' ').trim();
  return trimmed.length > max ? `${trimmed.slice(0, max - 1)}…` : trimmed;
};

export function leadMessage(
  lead: StoredLead,
  locale: Locale,
  options: { includeContact?: boolean } = {},
): LeadMessage {
  const t: StaffText = staffText(locale);
  const { inquiry, qualification, spam } = lead;
  const project = [
    t.projectType[inquiry.projectType] ?? inquiry.projectType,
    plain(inquiry.products ?? '', 60),
    typeof inquiry.investmentCny === 'number' ? t.investment(inquiry.investmentCny) : '',
  ]
    .filter(Boolean)
    .join(' · ');
  const fits = new Map(qualification.parks.map((park) => [park.slug, park.fit]));
  return {
    id: lead.id,
    tier: qualification.tier,
    score: qualification.score,
    company: plain(inquiry.company),
    project,
    parks: inquiry.parks.map((slug) => ({ slug, fit: fits.get(slug) ?? 0 })),
    reasons: reasonTexts(lead, locale).map((text) => plain(text, 120)),
    replyBy: addBusinessHours(new Date(lead.receivedAt), lead.responseHours),
    inquirerLocale: inquirerLocale(lead),
    spam: spam.honeypot || spam.crossSite || spam.tooFastMs !== undefined,
    ...(options.includeContact
      ? {
          contact: {
            name: plain(inquiry.contactName),
            email: plain(inquiry.email),
            phone: plain(inquiry.phone ?? ''),
          },
        }
      : {}),
  };
}

/** The message as a title and markdown lines, shared by the chat formats. */
export function messageLines(
  message: LeadMessage,
  t: StaffText,
): { title: string; lines: string[] } {
  const lines = [
    `**${t.label.company}**: ${message.company}`,
    `**${t.label.score}**: ${message.score}/100 · ${t.tierName[message.tier]}`,
    `**${t.label.project}**: ${message.project}`,
    `**${t.label.parks}**: ${message.parks.map((p) => t.parkFit(p.slug, p.fit)).join(', ')}`,
    `**${t.label.reasons}**:`,
    ...message.reasons.map((reason) => `- ${reason}`),
    `**${t.label.replyBy}**: ${t.deadline(message.replyBy)}`,
    `**${t.label.language}**: ${t.localeName[message.inquirerLocale]}`,
    ...(message.contact
      ? [
          `**${t.label.contact}**: ${message.contact.name} · ${message.contact.phone} · ${message.contact.email}`,
        ]
      : []),
    ...(message.spam ? [t.spamNote] : []),
    `${t.label.reference}: ${message.id}`,
  ];
  return { title: t.title(message.tier), lines };
}
