/**
 * Output formats of the staff CLI: a terminal table, one lead in full, and a
 * CSV export safe to open in a spreadsheet.
 */
import { storedReasonText } from '../../src/domain/inquiry/reasons';
import type { StoredLead } from '../../netlify/lib/lead';
import type { LeadStatus } from '../../netlify/lib/pipeline';

const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/**
 * Neutralises a CSV cell against formula injection: a value starting with
 * = + - @ (or tab, CR, or their full-width forms) gets a leading apostrophe,
 * so a spreadsheet shows it as text instead of running it.
 */
export function neutraliseCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** Quotes a cell per RFC 4180 when needed. */
function quoteCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

const text = (value: unknown): string => {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) return value.map(text).join('; ');
  return String(value);
};

/** Export columns: name and how to read it from a lead. */
const COLUMNS: readonly [string, (lead: StoredLead) => unknown][] = [
  ['id', (l) => l.id],
  ['receivedAt', (l) => l.receivedAt],
  ['tier', (l) => l.qualification.tier],
  ['score', (l) => l.qualification.score],
  ['flags', (l) => l.qualification.flags],
  ['parks', (l) => l.inquiry.parks],
  ['company', (l) => l.inquiry.company],
  ['uscc', (l) => l.inquiry.uscc],
  ['country', (l) => l.inquiry.country],
  ['contactName', (l) => l.inquiry.contactName],
  ['role', (l) => l.inquiry.role],
  ['email', (l) => l.inquiry.email],
  ['phone', (l) => l.inquiry.phone],
  ['industry', (l) => l.inquiry.industry],
  ['projectType', (l) => l.inquiry.projectType],
  ['products', (l) => l.inquiry.products],
  ['investmentCny', (l) => l.inquiry.investmentCny],
  ['landMu', (l) => l.inquiry.landMu],
  ['floorM2', (l) => l.inquiry.floorM2],
  ['powerKw', (l) => l.inquiry.powerKw],
  ['jobs', (l) => l.inquiry.jobs],
  ['timeline', (l) => l.inquiry.timeline],
  ['needs', (l) => l.inquiry.needs],
  ['processesNeeded', (l) => l.inquiry.processesNeeded],
  ['message', (l) => l.inquiry.message],
  ['followUp', (l) => l.qualification.followUp],
  ['reasons', (l) => l.qualification.reasons.map((r) => storedReasonText(r, 'en'))],
  ['notification', (l) => l.notification.status],
];

/** The CSV header row (the `status` column last). */
export function csvHeader(): string {
  return [...COLUMNS.map(([name]) => name), 'status'].map(quoteCell).join(',');
}

/** One lead as a CSV row, every cell neutralised and quoted as needed, without line end. */
export function csvRow(lead: StoredLead, status: LeadStatus = 'new'): string {
  return [...COLUMNS.map(([, read]) => neutraliseCell(text(read(lead)))), status]
    .map(quoteCell)
    .join(',');
}

/** The leads as CSV (header row, CRLF line ends), for callers that hold the leads already. */
export function leadsToCsv(leads: readonly StoredLead[]): string {
  return [csvHeader(), ...leads.map((lead) => csvRow(lead))].join('\r\n') + '\r\n';
}

/** "2025-03-01 09:30 UTC" */
export function formatTime(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

// Terminal control characters in stored text must not reach the terminal.
const printable = (value: string): string => value.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ');

const clip = (value: string, width: number): string =>
  value.length > width ? `${value.slice(0, width - 1)}…` : value.padEnd(width);

/** A fixed-width table, newest first as given: received, tier, score, status, parks, company, id. */
export function leadsTable(
  rows: readonly (StoredLead | { lead: StoredLead; status: LeadStatus })[],
): string {
  const header = `${'Received'.padEnd(21)}Tier Score ${'Status'.padEnd(16)}${'Parks'.padEnd(28)}${'Company'.padEnd(32)}Id`;
  const lines = rows.map((row) => {
    const { lead, status } = 'lead' in row ? row : { lead: row, status: 'new' };
    return [
      formatTime(lead.receivedAt).padEnd(21),
      lead.qualification.tier.padEnd(5),
      String(lead.qualification.score).padStart(5),
      ' ',
      status.padEnd(16),
      clip(printable(lead.inquiry.parks.join(', ')), 27),
      ' ',
      clip(printable(lead.inquiry.company), 31),
      ' ',
      lead.id,
    ].join('');
  });
  return [header, ...lines].join('\n');
}
