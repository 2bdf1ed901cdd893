import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { localized, localizedText, provenance } from '../../../src/schemas/common';
import { localize, localized as pick } from '../../../src/i18n/content';

describe('{ zh, en } content texts', () => {
  it('accept either side alone while a translation is pending', () => {
    expect(localized.safeParse({ zh: '模具冲压' }).success).toBe(true);
    expect(localized.safeParse({ en: 'Mold stamping' }).success).toBe(true);
  });

  it('reject a text with neither side, saying what to write', () => {
    const result = localized.safeParse({});
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/Chinese \(zh:\) or English \(en:\)/);
  });

  it('name a source of figures in either language, and say so when both are missing', () => {
    const block = z.strictObject(provenance);
    const asOf = '2026-03-31';
    expect(
      block.safeParse({ source: { zh: '湘江园区管委会《2026年投资指南》' }, asOf }).success,
    ).toBe(true);
    expect(block.safeParse({ source: 'Park guide', asOf }).success).toBe(false);
    const result = block.safeParse({ source: {}, asOf });
    expect(result.error?.issues[0]?.path).toEqual(['source']);
    expect(result.error?.issues[0]?.message).toMatch(/source of these figures.*both are missing/);
  });

  it('limit each language by its own length', () => {
    const summary = localizedText({ en: [20, 240], zh: [8, 120] });
    expect(summary.safeParse({ zh: '湖南湘潭的省级汽车零部件园区' }).success).toBe(true);
    expect(summary.safeParse({ en: 'Too short' }).success).toBe(false);
  });

  it('fall back to the other language, flagged, never to a blank', () => {
    expect(pick({ en: 'Mold stamping', zh: '模具冲压' }, 'zh-CN')).toEqual({
      text: '模具冲压',
      lang: 'zh-CN',
      fallback: false,
    });
    expect(pick({ en: 'Mold stamping' }, 'zh-CN')).toEqual({
      text: 'Mold stamping',
      lang: 'en',
      fallback: true,
    });
    expect(localize({ zh: '模具冲压' }, 'en')).toBe('模具冲压');
  });
});
