import { describe, expect, it } from 'vitest';
import {
  COUNTRY_CODES,
  countryOptions,
  isCountryCode,
} from '../../../src/domain/inquiry/countries';
import {
  HONEYPOT_FIELD,
  INQUIRY_FIELDS,
  inquiryField,
  NEEDS,
  PROJECT_TYPES,
  STARTED_AT_FIELD,
  TIMELINES,
} from '../../../src/domain/inquiry/fields';
import { inquirySchema, validateInquiry } from '../../../src/domain/inquiry/schema';
import { validBody } from './fixtures';

describe('field metadata', () => {
  it('offers exactly the values the API accepts, and the trap fields the schema knows', () => {
    const body = validBody();
    for (const projectType of PROJECT_TYPES)
      expect(validateInquiry({ ...body, projectType }).ok, projectType).toBe(true);
    for (const timeline of TIMELINES)
      expect(validateInquiry({ ...body, timeline }).ok, timeline).toBe(true);
    expect(validateInquiry({ ...body, needs: [...NEEDS] }).ok).toBe(true);
    expect(validateInquiry({ ...body, projectType: 'factory' }).ok).toBe(false);
    expect(validateInquiry({ ...body, timeline: 'soon' }).ok).toBe(false);
    expect(validateInquiry({ ...body, needs: ['money'] }).ok).toBe(false);
    // The honeypot and time-trap names are fields the schema accepts, not strays it refuses.
    expect(validateInquiry({ ...body, [HONEYPOT_FIELD]: '', [STARTED_AT_FIELD]: 1 }).ok).toBe(true);
    expect(validateInquiry({ ...body, honeypot: '' }).ok).toBe(false);
  });

  it('describes every user-facing schema field exactly once, and nothing else', () => {
    const names = INQUIRY_FIELDS.map((field) => field.name);
    expect(new Set(names).size).toBe(names.length);
    const schemaKeys = Object.keys(inquirySchema.shape).filter(
      (key) => !['idempotencyKey', 'locale', HONEYPOT_FIELD, STARTED_AT_FIELD].includes(key),
    );
    expect([...names].sort()).toEqual([...schemaKeys].sort());
  });

  it('leaves content-driven options and countries to the page and lists static values', () => {
    for (const name of ['industry', 'parks', 'processesNeeded', 'country'] as const) {
      expect(inquiryField(name).values).toBeUndefined();
    }
    expect(inquiryField('projectType').values).toEqual([...PROJECT_TYPES]);
    expect(inquiryField('timeline').values).toEqual([...TIMELINES]);
    expect(inquiryField('needs').values).toEqual([...NEEDS]);
  });

  it('marks optional exactly the fields the schema lets people leave out', () => {
    const optional = INQUIRY_FIELDS.filter((field) => field.optional).map((field) => field.name);
    expect(optional).toEqual([
      'phone',
      'products',
      'investmentCny',
      'landMu',
      'floorM2',
      'powerKw',
      'jobs',
      'needs',
      'processesNeeded',
      'processesOnSite',
      'message',
    ]);
    for (const field of INQUIRY_FIELDS) {
      const leftOut = inquirySchema.shape[field.name].safeParse(undefined).success;
      // country has a default (CN); uscc is required for CN by an object-level rule.
      if (field.name === 'country' || field.name === 'uscc') expect(leftOut, field.name).toBe(true);
      else expect(leftOut, field.name).toBe(field.optional);
    }
  });

  it('throws for an unknown field name rather than rendering nothing', () => {
    expect(() => inquiryField('nope' as never)).toThrow(/Unknown inquiry field/);
  });
});

describe('countries', () => {
  it('lists the 249 assigned ISO 3166-1 alpha-2 codes', () => {
    expect(COUNTRY_CODES).toHaveLength(249);
    expect(new Set(COUNTRY_CODES).size).toBe(249);
    expect(isCountryCode('CN')).toBe(true);
    expect(isCountryCode('DE')).toBe(true);
    expect(isCountryCode('UK')).toBe(false);
    expect(isCountryCode('cn')).toBe(false);
    expect(isCountryCode('ZZ')).toBe(false);
  });

  it('offers China first, then countries by name, with names for every code', () => {
    const options = countryOptions('en');
    expect(options[0]).toEqual({ value: 'CN', label: 'China' });
    expect(options).toHaveLength(249);
    expect(options.find((o) => o.value === 'DE')?.label).toBe('Germany');
    expect(options.find((o) => o.value === 'TW')?.label).toBe('Taiwan, China');
    const labels = options.slice(1).map((o) => o.label);
    expect(labels).toEqual([...labels].sort(new Intl.Collator('en').compare));
    expect(countryOptions('zh-CN')[0]).toEqual({ value: 'CN', label: '中国' });
    expect(countryOptions('zh-CN').find((o) => o.value === 'TW')?.label).toBe('中国台湾');
  });
});
