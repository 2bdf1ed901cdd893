/**
 * Near-duplicate detection for inquiry messages ("90% are copy-and-paste").
 *
 * Texts are compared as sets of character shingles (every run of k characters after
 * normalising case, width, punctuation and whitespace). Characters rather than words
 * because Chinese has no spaces between words, and one rule for both languages keeps
 * mixed texts comparable. Stored leads keep only a MinHash signature of their shingles:
 * a fixed-size list of numbers that estimates Jaccard similarity without keeping the
 * text, so the store never holds more message content than the comparison needs.
 */

/** Shingle length in characters: long enough that unrelated texts share few shingles. */
export const SHINGLE_CHARS = 5;
/** Number of hash functions in a MinHash signature (standard error ≈ 0.045 at J = 0.5). */
export const MINHASH_SIZE = 128;
/**
 * Similarity from which two messages count as the same template. A template re-sent
 * with another park's name swapped in scores 0.7-0.95; distinct messages on the same
 * topic rarely reach 0.2 at 5-character shingles, so 0.5 leaves margin on both sides.
 */
export const TEMPLATE_SIMILARITY_THRESHOLD = 0.5;
/** Messages shorter than this (normalised characters) are not compared: "please call me" is not a template. */
export const MIN_TEMPLATE_CHARS = 60;

/**
 * Lower-cases, folds full-width forms (NFKC), turns punctuation and symbols into
 * spaces and collapses whitespace, so trivial edits do not hide a copy.
 */
export function normaliseText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\p{P}\p{S}]+/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
}

/**
 * The set of k-character shingles of the normalised text (by code point, so CJK and
 * emoji count as one character each). A non-empty text shorter than k yields itself.
 */
export function shingles(text: string, k = SHINGLE_CHARS): Set<string> {
  const chars = Array.from(normaliseText(text));
  const result = new Set<string>();
  if (chars.length === 0) return result;
  if (chars.length <= k) {
    result.add(chars.join(''));
    return result;
  }
  for (let i = 0; i + k <= chars.length; i += 1) result.add(chars.slice(i, i + k).join(''));
  return result;
}

/** 32-bit FNV-1a over UTF-16 code units. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** MurmurHash3's finaliser: spreads every input bit over the output. */
function mix32(value: number): number {
  let h = value >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const SEEDS = Array.from({ length: MINHASH_SIZE }, (_, i) => mix32(Math.imul(i + 1, 0x9e3779b1)));

/**
 * MinHash signature of a shingle set: for each of {@link MINHASH_SIZE} seeded hash
 * functions, the smallest hash over the set. Deterministic across runs and machines,
 * so signatures stored today compare with those computed next year. Empty set → [].
 */
export function minhashSignature(set: ReadonlySet<string>): number[] {
  if (set.size === 0) return [];
  const hashes = Array.from(set, fnv1a);
  return SEEDS.map((seed) => {
    let min = 0xffffffff;
    for (const hash of hashes) {
      const value = mix32(hash ^ seed);
      if (value < min) min = value;
    }
    return min;
  });
}

/**
 * Estimated Jaccard similarity of the sets behind two signatures: the share of
 * positions where they agree. Signatures of different length (or empty) give 0.
 */
export function signatureSimilarity(a: readonly number[], b: readonly number[]): number {
  if (a.length === 0 || a.length !== b.length) return 0;
  let same = 0;
  for (let i = 0; i < a.length; i += 1) if (a[i] === b[i]) same += 1;
  return same / a.length;
}

/**
 * The signature stored for a message, or undefined when the message is too short to
 * say anything about templates (see {@link MIN_TEMPLATE_CHARS}).
 */
export function messageSignature(message: string | undefined): number[] | undefined {
  if (!message || Array.from(normaliseText(message)).length < MIN_TEMPLATE_CHARS) return undefined;
  return minhashSignature(shingles(message));
}
