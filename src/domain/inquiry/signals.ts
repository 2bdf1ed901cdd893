/**
 * Word lists behind the authenticity signals: free-mail providers and job titles.
 * They are deliberately plain lists so staff can read them (docs/QUALIFICATION.md) and a
 * developer can extend them without touching the scoring.
 */

/**
 * Consumer mail providers common in China and abroad. A lead from one of them is a weak
 * signal only: many small-company owners in China run their business on QQ or 163 mail.
 */
export const FREE_MAIL_DOMAINS: readonly string[] = [
  'qq.com',
  'foxmail.com',
  '163.com',
  '126.com',
  'yeah.net',
  'sina.com',
  'sina.cn',
  'sohu.com',
  'aliyun.com',
  '139.com',
  '189.cn',
  'tom.com',
  '21cn.com',
  'gmail.com',
  'googlemail.com',
  'outlook.com',
  'hotmail.com',
  'live.com',
  'msn.com',
  'yahoo.com',
  'ymail.com',
  'icloud.com',
  'me.com',
  'aol.com',
  'proton.me',
  'protonmail.com',
  'gmx.com',
  'mail.com',
  'yandex.com',
  'mail.ru',
  'naver.com',
];

/** The domain of an e-mail address, lower-cased ("" when there is no "@"). */
export function emailDomain(email: string): string {
  const at = email.lastIndexOf('@');
  return at < 0
    ? ''
    : email
        .slice(at + 1)
        .trim()
        .toLowerCase();
}

/**
 * Whether the address is at a free-mail provider, including paid "VIP" subdomains
 * (vip.qq.com, vip.163.com) and country variants (hotmail.co.uk, yahoo.com.cn).
 */
export function isFreeMail(email: string): boolean {
  const domain = emailDomain(email);
  if (domain === '') return false;
  return FREE_MAIL_DOMAINS.some((free) => {
    if (domain === free || domain.endsWith(`.${free}`)) return true;
    // Country variants of the global providers: hotmail.co.uk, yahoo.co.jp, outlook.fr.
    const [brand] = free.split('.');
    return (
      ['gmail', 'hotmail', 'outlook', 'yahoo', 'live'].includes(brand ?? '') &&
      domain.startsWith(`${brand}.`)
    );
  });
}

/** Titles that sign investment decisions: executives, owners, board members. */
export const EXECUTIVE_TITLES = {
  en: [
    'ceo',
    'cfo',
    'coo',
    'cto',
    'chief',
    'founder',
    'co-founder',
    'owner',
    'chairman',
    'chairwoman',
    'chairperson',
    'president',
    'vp',
    'general manager',
    'gm',
    'managing director',
    'director',
    'board member',
    'partner',
    'proprietor',
  ],
  zh: [
    '董事长',
    '董事',
    '总经理',
    '总裁',
    '副总',
    '总监',
    '创始人',
    '合伙人',
    '法人',
    '法定代表人',
    '老板',
    '厂长',
    '总工',
  ],
} as const;

/** Titles that prepare decisions: they matter, but someone else signs. */
export const MANAGER_TITLES = {
  en: ['manager', 'head', 'lead', 'leader', 'supervisor', 'officer'],
  zh: ['经理', '主管', '负责人', '部长', '主任', '科长'],
} as const;

/** Go-betweens: investment "agents" who forward projects to many parks for a fee. */
export const INTERMEDIARY_TITLES = {
  en: [
    'agent',
    'broker',
    'consultant',
    'consulting',
    'advisor',
    'adviser',
    'intermediary',
    'finder',
  ],
  zh: ['中介', '顾问', '代理', '居间', '咨询'],
} as const;

/** Support roles that contain a senior title ("assistant to the GM", 总经理助理) but decide nothing. */
export const SUPPORT_TITLES = {
  en: ['assistant', 'secretary', 'intern', 'trainee', 'clerk'],
  zh: ['助理', '秘书', '实习', '文员'],
} as const;

export type RoleLevel = 'executive' | 'manager' | 'intermediary' | 'other';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function matches(
  role: string,
  titles: { en: readonly string[]; zh: readonly string[] },
): string | null {
  const lower = role.toLowerCase();
  // Whole words in English, so "gm" does not match inside a word and "lead" not in "leading-edge".
  const en = titles.en.find((title) =>
    new RegExp(`(^|[^a-z])${escapeRegExp(title)}($|[^a-z])`).test(lower),
  );
  if (en) return en;
  return titles.zh.find((title) => role.includes(title)) ?? null;
}

/**
 * How senior a stated role is. Intermediaries and support roles are checked first,
 * because "Consultant to the Chairman" and "总经理助理" contain executive titles.
 * Returns the level and the title that decided it.
 */
export function classifyRole(role: string): { level: RoleLevel; matched: string | null } {
  const intermediary = matches(role, INTERMEDIARY_TITLES);
  if (intermediary) return { level: 'intermediary', matched: intermediary };
  const support = matches(role, SUPPORT_TITLES);
  if (support) return { level: 'other', matched: support };
  const executive = matches(role, EXECUTIVE_TITLES);
  if (executive) return { level: 'executive', matched: executive };
  const manager = matches(role, MANAGER_TITLES);
  if (manager) return { level: 'manager', matched: manager };
  return { level: 'other', matched: null };
}
