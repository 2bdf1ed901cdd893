/**
 * The Unified Social Credit Code (统一社会信用代码, GB 32100-2015): 18 characters that
 * identify every legal entity registered in mainland China.
 *
 *   position 1      registration authority (9 = market regulation, 1 = staffing office, ...)
 *   position 2      entity type under that authority (91 = enterprise, 92 = sole trader, ...)
 *   positions 3-8   administrative region code (6 digits)
 *   positions 9-17  organisation code (GB 11714 body + its own check character)
 *   position 18     check character over positions 1-17
 *
 * Two levels of trust, on purpose: a code that is not even shaped like a USCC is a typo
 * the sender can fix (the schema rejects it, 422); a well-formed code whose check
 * character is wrong is accepted and only flagged, because some early codes issued
 * during the 2015-2017 changeover are legitimate yet fail the check.
 */

/** The 31 characters a USCC may contain: digits and capitals without I, O, S, V, Z. */
export const USCC_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/**
 * Registration authorities (position 1) and the entity types (position 2) each one
 * issues, from GB 32100-2015 Appendix A and its later amendments (A = military
 * staffing office, N = rural collective organisations).
 */
export const USCC_AUTHORITY_TYPES: Readonly<Record<string, string>> = {
  '1': '1239', // staffing office: government bodies, public institutions, mass organisations, other
  '2': '19', // foreign affairs: resident foreign news agencies, other
  '3': '123459', // justice: law firms, notaries, legal service offices, forensic bodies, arbitration, other
  '4': '19', // culture: foreign cultural centres, other
  '5': '1239', // civil affairs: social organisations, private non-enterprise units, foundations, other
  '6': '129', // tourism: foreign and HK/Macau/Taiwan tourism offices, other
  '7': '129', // religious affairs: venues, colleges, other
  '8': '19', // trade unions: grassroots unions, other
  '9': '123', // market regulation: enterprises, sole traders, farmers' cooperatives
  A: '19', // military staffing office: army public institutions, other
  N: '1239', // agriculture: group-, village- and township-level collectives, other
  Y: '1', // other authorities
};

/**
 * Shape of a USCC: a known authority, a type character, a 6-digit region code, then
 * nine organisation-code characters and the check character from the USCC charset.
 * Authority/type pairs are checked separately (see {@link isWellFormedUscc}) so this
 * stays a plain pattern that HTML `pattern` attributes can reuse.
 */
export const USCC_PATTERN = /^[1-9ANY][0-9][0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}$/;

/** Weights 3^(i-1) mod 31 for i = 1..17; equal to the table printed in GB 32100-2015. */
export const USCC_WEIGHTS: readonly number[] = Array.from({ length: 17 }, (_, i) => {
  let weight = 1;
  for (let step = 0; step < i; step += 1) weight = (weight * 3) % 31;
  return weight;
});

/**
 * Normalises what people type: surrounding and inner spaces or hyphens are dropped and
 * letters upper-cased, since licences print the code in groups and people copy it so.
 */
export function normaliseUscc(code: string): string {
  return code.replace(/[\s-]/g, '').toUpperCase();
}

/**
 * Whether `code` has the structure of a USCC (length, charset, authority and type,
 * region digits). Does not look at the check character; see {@link hasValidUsccCheck}.
 */
export function isWellFormedUscc(code: string): boolean {
  if (!USCC_PATTERN.test(code)) return false;
  const types = USCC_AUTHORITY_TYPES[code.charAt(0)];
  return types !== undefined && types.includes(code.charAt(1));
}

/**
 * The check character for the first 17 characters of a USCC under GB 32100-2015:
 * c18 = 31 - (Σ value(ci) × 3^(i-1) mod 31) mod 31, where 31 maps to 0.
 * Returns null when `first17` is not 17 characters of the USCC charset.
 */
export function usccCheckCharacter(first17: string): string | null {
  if (first17.length !== 17) return null;
  let sum = 0;
  for (let i = 0; i < 17; i += 1) {
    const value = USCC_CHARSET.indexOf(first17.charAt(i));
    const weight = USCC_WEIGHTS[i];
    if (value < 0 || weight === undefined) return null;
    sum += value * weight;
  }
  const check = (31 - (sum % 31)) % 31;
  return USCC_CHARSET.charAt(check);
}

/** Whether the 18th character of a well-formed USCC matches its computed check character. */
export function hasValidUsccCheck(code: string): boolean {
  if (!isWellFormedUscc(code)) return false;
  return usccCheckCharacter(code.slice(0, 17)) === code.charAt(17);
}
