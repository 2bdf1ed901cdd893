import { describe, expect, it } from 'vitest';
import { FORM_ERROR_KEY, inquirySchema, validateInquiry } from '../../../src/domain/inquiry/schema';
import { localizeErrors } from '../../../src/forms/localize';
import { en } from '../../../src/forms/messages/en';
import { validBody } from './fixtures';

const without = (body: Record<string, unknown>, ...keys: string[]) =>
  Object.fromEntries(Object.entries(body).filter(([key]) => !keys.includes(key)));

const errorsFor = (input: unknown) => {
  const result = validateInquiry(input);
  if (result.ok) throw new Error('expected errors');
  // The schema reports codes; the English table says them as the API answers English.
  return localizeErrors(result.errors, en.errors);
};

describe('validateInquiry', () => {
  it('accepts a complete inquiry and keeps its values', () => {
    const result = validateInquiry(validBody());
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.data.investmentCny).toBe(300_000_000);
      expect(result.data.parks).toEqual(['xiangjiang-auto-parts']);
    }
  });

  it('lists every required field for {}, each with a message that says what to do', () => {
    const errors = errorsFor({});
    expect(Object.keys(errors).sort()).toEqual(
      [
        'parks',
        'company',
        'uscc',
        'contactName',
        'role',
        'email',
        'industry',
        'projectType',
        'timeline',
        'consent',
      ].sort(),
    );
    expect(errors['uscc']).toContain(
      '18-character Unified Social Credit Code, for example 91110000101623741K',
    );
    expect(errors['parks']).toBe('Choose at least one park');
    expect(errors['email']).toBe('Enter your work email address');
    for (const message of Object.values(errors)) expect(message).toMatch(/^(Enter|Choose|Tick)/);
  });

  it('applies defaults: country CN, empty needs and processes', () => {
    const result = validateInquiry(without(validBody(), 'country', 'needs', 'processesNeeded'));
    expect(result.ok && result.data.country).toBe('CN');
    expect(result.ok && result.data.needs).toEqual([]);
    expect(result.ok && result.data.processesNeeded).toEqual([]);
    expect(result.ok && result.data.processesOnSite).toEqual([]);
  });

  it('requires the credit code for China only', () => {
    const withoutCode = without(validBody(), 'uscc');
    expect(errorsFor(withoutCode)['uscc']).toMatch(/Unified Social Credit Code/);
    expect(validateInquiry({ ...withoutCode, country: 'DE' }).ok).toBe(true);
    expect(validateInquiry({ ...withoutCode, country: 'de' }).ok).toBe(true);
    expect(validateInquiry({ ...withoutCode, country: 'HK', uscc: '' }).ok).toBe(true);
  });

  it('rejects malformed credit codes with a specific message, and accepts a wrong check character', () => {
    expect(errorsFor({ ...validBody(), uscc: '9111000010162374' })['uscc']).toMatch(
      /18-character.*16 characters/,
    );
    expect(errorsFor({ ...validBody(), uscc: '9111000010162374OK' })['uscc']).toMatch(
      /without I, O, S, V or Z; check "O"/,
    );
    expect(errorsFor({ ...validBody(), uscc: '94110000101623741K' })['uscc']).toMatch(
      /exactly as on your business licence/,
    );
    const wrongCheck = validateInquiry({ ...validBody(), uscc: '91110000101623741J' });
    expect(wrongCheck.ok).toBe(true);
  });

  it('normalises a credit code typed with spaces and lower case', () => {
    const result = validateInquiry({ ...validBody(), uscc: '9111 0000 1016 2374 1k' });
    expect(result.ok && result.data.uscc).toBe('91110000101623741K');
  });

  it.each([
    ['email', 'not-an-email', /correct format, like name@example.com/],
    ['country', 'XX', /two-letter ISO code such as CN/],
    ['phone', 'call me', /digits only/],
    ['projectType', 'factory', /type of project from the list/],
    ['timeline', 'soon', /when you want to start from the list/],
    ['industry', 'Auto Parts', /industry from the list/],
    ['investmentCny', -5, /cannot be negative/],
    ['investmentCny', 1.5, /without decimals/],
    ['investmentCny', '1000', /number of yuan/],
    ['investmentCny', 2e12, /at most 1,000,000,000,000 CNY/],
    ['landMu', 200_000, /at most 100,000 mu/],
    ['floorM2', Number.NaN, /number of m²/],
    ['powerKw', Number.POSITIVE_INFINITY, /number of kW/],
    ['jobs', 2.5, /whole number/],
    ['message', 'x'.repeat(5001), /5,000 characters or fewer/],
    ['consent', false, /Tick the box/],
    ['consent', 'on', /Tick the box/],
    ['idempotencyKey', 'short', /8 to 128 letters/],
    ['idempotencyKey', 'has spaces in it', /8 to 128 letters/],
    ['parks', [], /at least one park/],
    ['parks', 'xiangjiang-auto-parts', /parks from the list/],
    ['parks', Array.from({ length: 11 }, (_, i) => `park-${i}`), /at most 10 parks/],
    ['parks', ['../etc/passwd'], /parks from the list/],
    ['needs', ['money'], /needs from the list/],
    ['processesNeeded', ['Mold Stamping'], /processes from the list/],
    ['processesOnSite', ['Electro Plating'], /processes from the list/],
    ['company', '   ', /Enter the company name/],
    ['company', 'x'.repeat(201), /200 characters or fewer/],
    ['startedAt', 'yesterday', /milliseconds/],
  ])('reports %s = %j', (field, value, message) => {
    const errors = errorsFor({ ...validBody(), [field]: value });
    expect(Object.keys(errors)).toEqual([field]);
    expect(errors[field]).toMatch(message);
  });

  it('accepts the boundaries of every bounded value', () => {
    const body = {
      ...validBody(),
      investmentCny: 1_000_000_000_000,
      landMu: 0,
      floorM2: 10_000_000,
      powerKw: 0,
      jobs: 1_000_000,
      message: 'x'.repeat(5000),
      parks: Array.from({ length: 10 }, (_, i) => `park-${i}`),
      idempotencyKey: 'a'.repeat(128),
    };
    expect(validateInquiry(body).ok).toBe(true);
    expect(validateInquiry({ ...body, idempotencyKey: 'a'.repeat(129) }).ok).toBe(false);
  });

  it('treats blank optional text as not given and drops repeated ids', () => {
    const result = validateInquiry({
      ...validBody(),
      phone: ' ',
      message: '',
      parks: ['a-park', 'a-park'],
      needs: ['labor', 'labor'],
    });
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.data.phone).toBeUndefined();
      expect(result.data.message).toBeUndefined();
      expect(result.data.parks).toEqual(['a-park']);
      expect(result.data.needs).toEqual(['labor']);
    }
  });

  it('reports unknown fields under their own name, next to other errors', () => {
    const errors = errorsFor({ ...validBody(), email: 'nope', admin: true, score: 100 });
    expect(errors).toEqual({
      email: expect.stringMatching(/correct format/),
      admin: 'This field is not accepted',
      score: 'This field is not accepted',
    });
  });

  it('never throws on hostile input', () => {
    const throwing = new Proxy(
      {},
      {
        ownKeys: () => {
          throw new Error('boom');
        },
        get: () => {
          throw new Error('boom');
        },
      },
    );
    const samples: unknown[] = [
      null,
      undefined,
      'parks=a',
      42,
      [],
      [validBody()],
      () => validBody(),
      throwing,
      JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"x": 1}}}'),
      { ...validBody(), toString: 'x', hasOwnProperty: 1 },
    ];
    for (const input of samples) {
      const result = validateInquiry(input);
      expect(result.ok).toBe(false);
    }
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(errorsFor(null)).toEqual({ [FORM_ERROR_KEY]: expect.any(String) });
    expect(errorsFor('text')).toEqual({ [FORM_ERROR_KEY]: expect.any(String) });
  });

  it('reports __proto__ and constructor keys as own, JSON-serialisable error keys', () => {
    const errors = errorsFor(
      JSON.parse(`{"__proto__": 1, "constructor": 2, ${JSON.stringify(validBody()).slice(1)}`),
    );
    expect(Object.keys(errors).sort()).toEqual(['__proto__', 'constructor']);
    expect(JSON.parse(JSON.stringify(errors))).toEqual(
      JSON.parse(
        '{"__proto__": "This field is not accepted", "constructor": "This field is not accepted"}',
      ),
    );
    expect(Object.getPrototypeOf(errors)).toBe(Object.prototype);
  });

  it('checks ids against content when told which exist', () => {
    const known = {
      parks: ['xiangjiang-auto-parts'],
      industries: ['auto-parts'],
      processes: ['mold-stamping', 'electrophoresis'],
    };
    expect(validateInquiry(validBody(), known).ok).toBe(true);
    const result = validateInquiry(
      {
        ...validBody(),
        parks: ['nowhere'],
        industry: 'mining',
        processesNeeded: ['magic'],
        processesOnSite: ['alchemy'],
      },
      known,
    );
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(Object.keys(result.errors).sort()).toEqual([
        'industry',
        'parks',
        'processesNeeded',
        'processesOnSite',
      ]);
    const partly = validateInquiry({ ...validBody(), email: 'x', industry: 'mining' }, known);
    expect(!partly.ok && Object.keys(partly.errors).sort()).toEqual(['email', 'industry']);
  });

  it('keeps no spam-trap values from failing a person: an empty honeypot and a start time pass', () => {
    const result = validateInquiry({ ...validBody(), website: '', startedAt: 1_760_000_000_000 });
    expect(result.ok).toBe(true);
  });

  it('exposes the schema for client-side use', () => {
    expect(inquirySchema.safeParse(validBody()).success).toBe(true);
  });
});
