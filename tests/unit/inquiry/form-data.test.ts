import { localizeErrors } from '../../../src/forms/localize';
import { en } from '../../../src/forms/messages/en';
import { describe, expect, it } from 'vitest';
import { fromFormFields, validateInquiry } from '../../../src/domain/inquiry/schema';
import { validBody } from './fixtures';

/** Encodes a JSON body the way a browser posts the form (checkbox lists as repeated keys). */
function asForm(body: Record<string, unknown>): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(body)) {
    if (Array.isArray(value)) for (const item of value) params.append(key, String(item));
    else if (value === true) params.append(key, 'on');
    else params.append(key, String(value));
  }
  return params;
}

describe('fromFormFields', () => {
  it('round-trips a urlencoded form post into the JSON shape that validates', () => {
    const fields = fromFormFields(new URLSearchParams(asForm(validBody()).toString()));
    expect(fields).toEqual(validBody());
    expect(validateInquiry(fields).ok).toBe(true);
  });

  it('makes arrays of checkbox fields even with a single value', () => {
    const fields = fromFormFields([
      ['parks', 'a-park'],
      ['needs', 'labor'],
      ['processesNeeded', 'mold-stamping'],
    ]);
    expect(fields).toEqual({
      parks: ['a-park'],
      needs: ['labor'],
      processesNeeded: ['mold-stamping'],
    });
  });

  it('collects repeated checkbox keys in order and skips blank ones', () => {
    const fields = fromFormFields([
      ['parks', 'a'],
      ['parks', ''],
      ['parks', 'b'],
    ]);
    expect(fields['parks']).toEqual(['a', 'b']);
  });

  it('leaves out empty values so optional fields read as not given and required ones as missing', () => {
    const fields = fromFormFields([
      ['phone', ''],
      ['landMu', '   '],
      ['parks', ''],
      ['company', ''],
    ]);
    expect(fields).toEqual({});
    const result = validateInquiry(fields);
    expect(!result.ok && localizeErrors(result.errors, en.errors)['company']).toBe(
      'Enter the company name',
    );
    expect(!result.ok && 'phone' in result.errors).toBe(false);
  });

  it('parses numbers as people type them', () => {
    const fields = fromFormFields([
      ['investmentCny', '150,000,000'],
      ['landMu', '80.5'],
      ['floorM2', '12 000'],
      ['powerKw', '２５００'],
      ['jobs', '-3'],
      ['startedAt', '1760000000000'],
    ]);
    expect(fields).toEqual({
      investmentCny: 150_000_000,
      landMu: 80.5,
      floorM2: 12_000,
      powerKw: 2500,
      jobs: -3,
      startedAt: 1_760_000_000_000,
    });
  });

  it('passes text that is not a plain number on, so the schema names the field', () => {
    for (const text of ['abc', '1e9', '0x10', 'Infinity', '1.2.3', '15万']) {
      const fields = fromFormFields([['investmentCny', text]]);
      expect(fields['investmentCny']).toBe(text);
      const result = validateInquiry({ ...validBody(), ...fields });
      expect(!result.ok && localizeErrors(result.errors, en.errors)['investmentCny']).toMatch(
        /number of yuan/,
      );
    }
  });

  it('turns a ticked consent box into true and keeps anything else for the schema to refuse', () => {
    expect(fromFormFields([['consent', 'on']])['consent']).toBe(true);
    expect(fromFormFields([['consent', 'TRUE']])['consent']).toBe(true);
    expect(fromFormFields([['consent', 'off']])['consent']).toBe('off');
    expect(fromFormFields([['consent', '']])).toEqual({});
  });

  it('keeps the last value of a repeated single-value field', () => {
    expect(
      fromFormFields([
        ['company', 'First'],
        ['company', 'Second'],
      ])['company'],
    ).toBe('Second');
    expect(
      fromFormFields([
        ['company', 'First'],
        ['company', ''],
      ]),
    ).toEqual({});
  });

  it('keeps unknown keys so validation refuses them, without touching prototypes', () => {
    const fields = fromFormFields([
      ['__proto__', 'x'],
      ['constructor', 'y'],
      ['admin', 'true'],
    ]);
    expect(Object.keys(fields).sort()).toEqual(['__proto__', 'admin', 'constructor']);
    expect(Object.getPrototypeOf(fields)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>)['x']).toBeUndefined();
    const result = validateInquiry({ ...validBody(), ...fields });
    const notAccepted = 'This field is not accepted';
    expect(!result.ok && localizeErrors(result.errors, en.errors)).toEqual(
      Object.fromEntries([
        ['__proto__', notAccepted],
        ['constructor', notAccepted],
        ['admin', notAccepted],
      ]),
    );
  });

  it('accepts FormData entries (multipart)', () => {
    const data = new FormData();
    data.append('parks', 'a-park');
    data.append('parks', 'b-park');
    data.append('jobs', '12');
    const fields = fromFormFields(data.entries() as Iterable<[string, string]>);
    expect(fields).toEqual({ parks: ['a-park', 'b-park'], jobs: 12 });
  });
});
