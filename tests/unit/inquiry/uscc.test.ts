import { describe, expect, it } from 'vitest';
import {
  hasValidUsccCheck,
  isWellFormedUscc,
  normaliseUscc,
  USCC_CHARSET,
  USCC_PATTERN,
  USCC_WEIGHTS,
  usccCheckCharacter,
} from '../../../src/domain/inquiry/uscc';

const VALID = '91110000101623741K';

describe('GB 32100-2015 weights', () => {
  it('are 3^(i-1) mod 31 and equal the table printed in the standard', () => {
    expect(USCC_WEIGHTS).toEqual([1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]);
    USCC_WEIGHTS.forEach((weight, i) => expect(weight).toBe(3 ** i % 31));
  });

  it('uses the 31-character set without I, O, S, V, Z', () => {
    expect(USCC_CHARSET).toHaveLength(31);
    for (const letter of 'IOSVZ') expect(USCC_CHARSET).not.toContain(letter);
  });
});

describe('usccCheckCharacter', () => {
  it('computes K for 91110000101623741 (weighted sum 477, 477 mod 31 = 12, 31 - 12 = 19 → K)', () => {
    expect(usccCheckCharacter(VALID.slice(0, 17))).toBe('K');
  });

  it('maps a remainder of 0 to the check character 0, not 31', () => {
    // 91110000101623745: weighted sum 589 = 19 × 31, so the remainder is 0.
    const first17 = '91110000101623745';
    const sum = [...first17].reduce(
      (acc, ch, i) => acc + USCC_CHARSET.indexOf(ch) * (USCC_WEIGHTS[i] ?? 0),
      0,
    );
    expect(sum).toBe(589);
    expect(usccCheckCharacter(first17)).toBe('0');
    expect(hasValidUsccCheck(`${first17}0`)).toBe(true);
  });

  it('refuses input that is not 17 charset characters', () => {
    expect(usccCheckCharacter('9111000010162374')).toBeNull();
    expect(usccCheckCharacter('91110000101623741K')).toBeNull();
    expect(usccCheckCharacter('9111000010162374I')).toBeNull();
  });
});

describe('hasValidUsccCheck', () => {
  it('accepts 91110000101623741K', () => {
    expect(isWellFormedUscc(VALID)).toBe(true);
    expect(hasValidUsccCheck(VALID)).toBe(true);
  });

  it('rejects every one-character change that keeps the code well-formed', () => {
    let tried = 0;
    for (let i = 0; i < 18; i += 1) {
      for (const c of USCC_CHARSET) {
        if (c === VALID[i]) continue;
        const changed = VALID.slice(0, i) + c + VALID.slice(i + 1);
        if (!isWellFormedUscc(changed)) continue;
        tried += 1;
        expect(hasValidUsccCheck(changed), changed).toBe(false);
      }
    }
    expect(tried).toBeGreaterThan(300);
  });

  it('rejects adjacent transpositions', () => {
    const swapped = VALID.slice(0, 9) + VALID[10] + VALID[9] + VALID.slice(11);
    expect(swapped).not.toBe(VALID);
    expect(hasValidUsccCheck(swapped)).toBe(false);
  });

  it('accepts codes generated for other authorities and types', () => {
    for (const first17 of [
      '11100000000013127',
      '52440300MJL175023',
      '92320583MA1N7P4X2',
      'Y1330106MA27XK2L3',
    ]) {
      const code = first17 + (usccCheckCharacter(first17) ?? '');
      expect(hasValidUsccCheck(code), code).toBe(true);
    }
  });

  it('is false for malformed codes instead of throwing', () => {
    expect(hasValidUsccCheck('')).toBe(false);
    expect(hasValidUsccCheck('91110000101623741')).toBe(false);
  });
});

describe('isWellFormedUscc', () => {
  it.each([
    ['too short', '9111000010162374K'],
    ['too long', '91110000101623741KK'],
    ['lower case (normalise first)', '91110000101623741k'],
    ['forbidden letter O', '9111000010162374OK'],
    ['forbidden letter I', '91110000I01623741K'],
    ['unknown authority 0', '01110000101623741K'],
    ['type not issued by authority 9', '94110000101623741K'],
    ['letter in region code', '911A0000101623741K'],
    ['spaces', '9111 0000 1016 2374 1K'],
  ])('rejects %s', (_label, code) => {
    expect(isWellFormedUscc(code)).toBe(false);
  });

  it('has a pattern that HTML can reuse and that agrees on shape', () => {
    expect(USCC_PATTERN.test(VALID)).toBe(true);
    expect(USCC_PATTERN.test('9111000010162374OK')).toBe(false);
  });
});

describe('normaliseUscc', () => {
  it('drops spaces and hyphens and upper-cases, as people copy from licences', () => {
    expect(normaliseUscc(' 9111 0000-1016 2374 1k ')).toBe(VALID);
  });
});
