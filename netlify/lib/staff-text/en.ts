/** English staff texts. */
import type { StaffText } from './types';

const cst = (at: Date): string =>
  new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');

export const en: StaffText = {
  title: (tier) => `New lead · ${en.tierName[tier]}`,
  tierName: { A: 'tier A (follow up first)', B: 'tier B', C: 'tier C' },
  label: {
    score: 'Score',
    company: 'Company',
    project: 'Project',
    parks: 'Parks (fit)',
    reasons: 'Top reasons',
    replyBy: 'Reply by',
    language: 'Inquiry language',
    contact: 'Contact',
    reference: 'Lead id',
  },
  localeName: { 'zh-CN': 'Chinese', en: 'English' },
  projectType: {
    'new-plant': 'new plant',
    expansion: 'expansion',
    relocation: 'relocation',
    'rnd-center': 'R&D centre',
    'regional-hq': 'regional HQ',
  },
  investment: (cny) => `CNY ${(cny / 1e6).toFixed(cny >= 1e7 ? 0 : 1)} m`,
  parkFit: (slug, fit) => `${slug} (${fit}/100)`,
  deadline: (at) => `${cst(at)} China time`,
  spamNote: 'Note: screening saw a spam signal; verify before following up',
};
