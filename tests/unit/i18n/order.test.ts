import { describe, expect, it } from 'vitest';
import { labelOrder, textOrder } from '../../../src/i18n/content';

const processes = [
  { id: 'injection-molding', label: { en: 'Injection molding', zh: '注塑' } },
  { id: 'electrophoresis', label: { en: 'E-coating', zh: '电泳' } },
  { id: 'mold-stamping', label: { en: 'Mold stamping', zh: '冲压' } },
];

describe('labelOrder', () => {
  it('orders Chinese labels by pinyin and English ones alphabetically', () => {
    const ids = (locale: 'zh-CN' | 'en') =>
      [...processes].sort(labelOrder(locale)).map((process) => process.id);
    expect(ids('zh-CN')).toEqual(['mold-stamping', 'electrophoresis', 'injection-molding']);
    expect(ids('en')).toEqual(['electrophoresis', 'injection-molding', 'mold-stamping']);
  });
});

describe('textOrder', () => {
  it('sorts an untranslated text by the language it has', () => {
    const order = textOrder('zh-CN');
    expect(order({ en: 'Zeta' }, { zh: '冲压' })).toBeGreaterThan(0);
    expect(order({ zh: '冲压' }, { zh: '冲压' })).toBe(0);
  });
});
