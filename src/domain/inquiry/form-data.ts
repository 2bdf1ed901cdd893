/**
 * Turns HTML form submissions (urlencoded or multipart string pairs, or FormData
 * entries in the browser) into the JSON shape the schema validates. It converts, it does
 * not judge: anything it cannot convert is passed on unchanged so the schema reports it
 * next to the right field. Browser-safe: no Node APIs.
 */

/** Fields a form repeats (checkboxes): always arrays, even with one value. */
const ARRAY_FIELDS = new Set(['parks', 'needs', 'processesNeeded', 'processesOnSite']);
/** Fields the schema expects as numbers. */
const NUMBER_FIELDS = new Set([
  'investmentCny',
  'landMu',
  'floorM2',
  'powerKw',
  'jobs',
  'startedAt',
]);
/** What browsers and people send for a ticked checkbox. */
const TRUE_VALUES = new Set(['on', 'true', 'yes', '1']);
/** Plain decimal notation only: "1e9", "0x10" or "Infinity" are not what anyone types. */
const DECIMAL = /^-?\d+(?:\.\d+)?$/;

/**
 * Reads a number as people type it: full-width digits (１２０), spaces, commas and
 * apostrophes as thousands separators. Returns the original text when it is not a
 * plain decimal, so the schema can say "Enter ... as a number".
 */
function parseNumber(text: string): number | string {
  const compact = text.normalize('NFKC').replace(/[\s,'_]/g, '');
  return DECIMAL.test(compact) ? Number(compact) : text;
}

/**
 * Converts form string pairs to the inquiry's JSON shape without validating: repeated
 * keys become arrays for parks, needs, processesNeeded and processesOnSite (other repeated keys keep
 * the last value, as servers usually do); numbers are parsed; empty values are left
 * out, so optional fields read as "not given" and required ones as missing; a ticked
 * consent box ("on", "true") becomes `true`. Unknown keys are kept for the schema to
 * refuse. Keys such as "__proto__" are stored as plain own properties.
 */
export function fromFormFields(entries: Iterable<[string, string]>): Record<string, unknown> {
  const result = new Map<string, unknown>();
  for (const [key, rawValue] of entries) {
    const value = typeof rawValue === 'string' ? rawValue : String(rawValue);
    if (ARRAY_FIELDS.has(key)) {
      const list = (result.get(key) as string[] | undefined) ?? [];
      if (value.trim() !== '') list.push(value.trim());
      result.set(key, list);
      continue;
    }
    if (value.trim() === '') {
      result.delete(key);
      continue;
    }
    if (NUMBER_FIELDS.has(key)) result.set(key, parseNumber(value));
    else if (key === 'consent')
      result.set(key, TRUE_VALUES.has(value.trim().toLowerCase()) || value);
    else result.set(key, value);
  }
  for (const key of ARRAY_FIELDS) {
    const list = result.get(key);
    if (Array.isArray(list) && list.length === 0) result.delete(key);
  }
  return Object.fromEntries(result);
}
