import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../../src/domain/inquiry/sha256';
import {
  MIN_TEMPLATE_CHARS,
  MINHASH_SIZE,
  messageSignature,
  minhashSignature,
  normaliseText,
  shingles,
  signatureSimilarity,
  TEMPLATE_SIMILARITY_THRESHOLD,
} from '../../../src/domain/inquiry/similarity';

/** Exact Jaccard index of two shingle sets, the quantity MinHash signatures estimate. */
function jaccard<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  const shared = [...a].filter((item) => b.has(item)).length;
  return shared / (a.size + b.size - shared);
}

const TEMPLATE = (park: string) =>
  `Dear ${park} investment office, our group is a leading manufacturer seeking land for a large project. ` +
  'We require preferential land price, tax refunds for five years and free standard factory for the first three years. ' +
  `Please send the best policy of ${park} so that our board can decide soon. Best regards.`;

const GENUINE_A =
  'We plan a second plant for aluminium door frames and need mold stamping and e-coating suppliers nearby. Which plots of about 80 mu are ready this year?';
const GENUINE_B =
  'Our battery-tray line needs 6 MW of power and a heat-treatment partner within 30 km. Could we rent 12,000 m² of standard factory while we build?';

const ZH_TEMPLATE = (park: string) =>
  `尊敬的${park}招商局领导：我集团是行业龙头企业，拟投资建设大型产业项目，需要优惠地价、五年税收返还以及三年免租标准厂房，请尽快提供贵园区最优惠政策，以便董事会决策。`;

describe('normaliseText and shingles', () => {
  it('ignores case, width, punctuation and spacing', () => {
    expect(normaliseText('  Hello,   WORLD!! ')).toBe('hello world');
    expect(normaliseText('ＡＢＣ１２３')).toBe('abc123');
    expect(shingles('Mold-stamping!')).toEqual(shingles('mold stamping'));
  });

  it('builds k-character shingles, by code point, for Chinese too', () => {
    expect([...shingles('abcdef', 5)]).toEqual(['abcde', 'bcdef']);
    expect([...shingles('模具冲压件', 3)]).toEqual(['模具冲', '具冲压', '冲压件']);
    expect([...shingles('ab', 5)]).toEqual(['ab']);
    expect(shingles('  ?! ').size).toBe(0);
  });
});

describe('shingle similarity', () => {
  it('separates templates from distinct messages around the documented threshold', () => {
    const swapped = jaccard(
      shingles(TEMPLATE('Xiangjiang')),
      shingles(TEMPLATE('Binhai Electronics Park')),
    );
    const zhSwapped = jaccard(
      shingles(ZH_TEMPLATE('湘江汽车零部件园')),
      shingles(ZH_TEMPLATE('滨海电子产业园')),
    );
    const distinct = jaccard(shingles(GENUINE_A), shingles(GENUINE_B));
    expect(swapped).toBeGreaterThan(0.7);
    expect(zhSwapped).toBeGreaterThan(0.7);
    expect(distinct).toBeLessThan(0.2);
    expect(TEMPLATE_SIMILARITY_THRESHOLD).toBeGreaterThan(distinct);
    expect(TEMPLATE_SIMILARITY_THRESHOLD).toBeLessThan(Math.min(swapped, zhSwapped));
  });
});

describe('MinHash signatures', () => {
  it('are fixed-size 32-bit numbers, equal for texts that differ only in form', () => {
    const a = minhashSignature(shingles(GENUINE_A));
    expect(a).toHaveLength(MINHASH_SIZE);
    // Case, width and punctuation do not change the signature; a word does.
    expect(minhashSignature(shingles(GENUINE_A.toUpperCase().replaceAll('?', '？')))).toEqual(a);
    expect(minhashSignature(shingles(GENUINE_A.replace('door', 'roof')))).not.toEqual(a);
    for (const value of a)
      expect(Number.isInteger(value) && value >= 0 && value <= 0xffffffff).toBe(true);
    expect(minhashSignature(new Set())).toEqual([]);
  });

  it('estimate Jaccard similarity within sampling error', () => {
    const pairs: [string, string][] = [
      [TEMPLATE('Xiangjiang'), TEMPLATE('Binhai Electronics Park')],
      [GENUINE_A, GENUINE_B],
      [ZH_TEMPLATE('湘江汽车零部件园'), ZH_TEMPLATE('滨海电子产业园')],
      [GENUINE_A, `${GENUINE_A} Also, what is the power price?`],
    ];
    for (const [x, y] of pairs) {
      const exact = jaccard(shingles(x), shingles(y));
      const estimate = signatureSimilarity(
        minhashSignature(shingles(x)),
        minhashSignature(shingles(y)),
      );
      expect(Math.abs(estimate - exact)).toBeLessThan(0.15);
    }
  });

  it('compare only signatures of the same size', () => {
    expect(signatureSimilarity([1, 2], [1, 2])).toBe(1);
    expect(signatureSimilarity([1, 2], [1])).toBe(0);
    expect(signatureSimilarity([], [])).toBe(0);
  });

  it('are not made for short messages', () => {
    expect(messageSignature(undefined)).toBeUndefined();
    expect(messageSignature('Please call me back.')).toBeUndefined();
    expect(messageSignature('x'.repeat(MIN_TEMPLATE_CHARS))).toHaveLength(MINHASH_SIZE);
    expect(messageSignature(GENUINE_A)).toHaveLength(MINHASH_SIZE);
  });
});

describe('sha256Hex', () => {
  it('matches node:crypto for known vectors and arbitrary Unicode', () => {
    const node = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex('abc')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
    for (const length of [55, 56, 63, 64, 65, 119, 120, 1000])
      expect(sha256Hex('a'.repeat(length))).toBe(node('a'.repeat(length)));
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 300 }),
        (text) => sha256Hex(text) === node(text),
      ),
    );
  });
});
