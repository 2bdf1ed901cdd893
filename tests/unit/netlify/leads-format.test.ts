import { describe, expect, it } from 'vitest';
import type { StoredLead } from '../../../netlify/lib/lead';
import { leadsTable, leadsToCsv, neutraliseCell } from '../../../scripts/lib/leads-format';
import { leadDetails } from '../../../scripts/lib/lead-details';

function lead(overrides: Partial<StoredLead['inquiry']> = {}): StoredLead {
  return {
    schemaVersion: 1,
    id: 'ld_0123456789abcdef0123',
    receivedAt: '2026-05-04T09:30:00.000Z',
    source: 'json',
    locale: 'zh-CN',
    inquiry: {
      parks: ['xiangjiang-auto-parts-zone'],
      company: 'Example Co.',
      country: 'CN',
      contactName: 'A Person',
      role: 'CEO',
      email: 'a@example.cn',
      industry: 'auto-parts',
      projectType: 'new-plant',
      timeline: '0-6m',
      needs: [],
      processesNeeded: [],
      consent: true,
      ...overrides,
    } as StoredLead['inquiry'],
    spam: { honeypot: false, crossSite: false },
    qualification: {
      rulesVersion: 1,
      score: 77,
      tier: 'A',
      flags: ['free-mail'],
      reasons: [
        {
          code: 'decision-maker',
          params: { role: 'CEO', title: 'ceo' },
          effect: 10,
          message: 'Role "CEO" decides (ceo)',
        },
      ],
      parks: [
        {
          slug: 'xiangjiang-auto-parts-zone',
          admissibility: 'admissible',
          fit: 80,
          reasons: [],
        },
      ],
      followUp: 'Call today',
    },
    fingerprint: { emailHash: 'x', parks: ['xiangjiang-auto-parts-zone'] },
    responseHours: 24,
    notification: { status: 'failed', attempts: 2, lastError: 'HTTP 500' },
  };
}

describe('neutraliseCell', () => {
  it('prefixes cells a spreadsheet would run as a formula', () => {
    for (const value of ['=1+1', '+86 1', '-2', '@SUM(A1)', '\tx', '\rx', '＝1'])
      expect(neutraliseCell(value)).toBe(`'${value}`);
  });
  it('leaves other cells alone', () => {
    for (const value of ['Example', '12', 'a=b', '']) expect(neutraliseCell(value)).toBe(value);
  });
});

describe('leadsToCsv', () => {
  it('writes a header and one neutralised, quoted row per lead', () => {
    const csv = leadsToCsv([
      lead({
        company: '=HYPERLINK("http://x","y")',
        contactName: '@A, "B"',
        phone: '+86 731 5555 0101',
        message: 'line 1\nline 2',
      }),
    ]);
    const [header, row] = csv.split('\r\n');
    expect(header?.split(',')).toContain('company');
    expect(row).toContain(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(row).toContain(`"'@A, ""B"""`);
    expect(row).toContain(`'+86 731 5555 0101`);
    expect(csv).toContain('"line 1\nline 2"');
    expect(csv.endsWith('\r\n')).toBe(true);
  });
});

describe('terminal output', () => {
  it('lists received time, tier, score, parks, company and id', () => {
    const table = leadsTable([lead()]);
    expect(table).toContain('2026-05-04 09:30 UTC');
    expect(table).toMatch(/A\s+77/);
    expect(table).toContain('xiangjiang-auto-parts-zone');
    expect(table).toContain('Example Co.');
    expect(table).toContain('ld_0123456789abcdef0123');
  });
  it('shows every reason and strips terminal control characters', () => {
    const details = leadDetails(lead({ company: 'Evil\u001b[2JCo' }));
    expect(details).toContain('+10  Role "CEO" decides (ceo)');
    expect(details).toContain('Notification: failed after 2 attempt(s), last error HTTP 500');
    expect(details).not.toContain('\u001b');
  });
  it('speaks Chinese to Chinese staff, naming the language the inquirer used', () => {
    const details = leadDetails(lead(), [], 'zh-CN');
    expect(details).toContain('评分依据：');
    expect(details).toContain('咨询语言：');
    expect(details).not.toContain('Why:');
    expect(details).toContain('+10  职务"CEO"为决策人（ceo）');
    expect(details).toContain('通知：failed，已尝试 2 次，最近错误 HTTP 500');
  });
});
