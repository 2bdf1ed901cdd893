/**
 * The generated CMS fields repeat the build's rules where Sveltia CMS can express them
 * (required, min/max, integers, lengths, patterns, e-mail, enums, ids as relations, dates),
 * carry Chinese labels with the English label and unit beside them, and keep the
 * parks/cases file layout (facts and Chinese body in <id>.md, English body in <id>.en.md).
 */
import { describe, expect, it } from 'vitest';
import { buildCmsConfig, type CmsField } from '../../../scripts/cms/build-config';
import { loadDictionaries } from '../../../scripts/cms/generate-config';
import { fieldTexts } from '../../../scripts/cms/labels';
import { COLLECTIONS } from '../../../scripts/cms/collections';
import { schemaPaths } from '../../../scripts/cms/build-config';

const config = buildCmsConfig(loadDictionaries());
const collection = (name: string) => {
  const found = config.collections.find((c) => c['name'] === name);
  if (!found) throw new Error(`no collection ${name}`);
  return found as Record<string, unknown> & { fields: CmsField[] };
};
/** A field by dotted path (`land.availableMu`, list items through their `fields`). */
function field(name: string, path: string): CmsField {
  let fields = collection(name).fields;
  let found: CmsField | undefined;
  for (const part of path.split('.')) {
    found = fields.find((f) => f.name === part);
    if (!found) throw new Error(`no field ${name}:${path}`);
    fields = (found['fields'] as CmsField[] | undefined) ?? [];
  }
  return found!;
}

describe('generated CMS fields', () => {
  it('lists parks, suppliers, institutions, cases and both taxonomies', () => {
    expect(config.collections.map((c) => c['name'])).toEqual([
      'parks',
      'suppliers',
      'institutions',
      'cases',
      'processes',
      'chains',
    ]);
  });

  it('numbers carry the schema bounds, integer-ness and the unit in both languages', () => {
    expect(field('parks', 'trackRecord.year')).toMatchObject({
      widget: 'number',
      value_type: 'int',
      min: 2000,
      max: 2100,
    });
    expect(field('parks', 'trackRecord.fundsInPlaceRatePct')).toMatchObject({
      value_type: 'float',
      min: 0,
      max: 100,
    });
    // positiveInt: greater than 0, so at least 1.
    expect(field('parks', 'labor.monthlyWageCny.operator')).toMatchObject({
      value_type: 'int',
      min: 1,
    });
    expect(field('parks', 'land.availableMu')).toMatchObject({
      label: '可出让工业用地',
      min: 0,
      after_input: '亩 · mu',
    });
    expect(field('parks', 'land.availableMu')['hint']).toContain('Industrial land available');
    expect(field('parks', 'coordinates.lat')).toMatchObject({ min: -90, max: 90 });
  });

  it('optional and defaulted fields are optional; the rest are required', () => {
    expect(field('parks', 'plannedAreaKm2')['required']).toBe(false);
    expect(field('parks', 'featured')).toMatchObject({
      widget: 'boolean',
      required: false,
      default: false,
    });
    expect(field('parks', 'land.standardFactory')['required']).toBe(false);
    expect(field('parks', 'land.availableMu')['required']).toBeUndefined(); // Sveltia's default: required
  });

  it('short texts are a zh/en pair, Chinese first, with each side’s length limits', () => {
    const summary = field('parks', 'summary');
    expect(summary['widget']).toBe('object');
    expect(summary['fields']).toEqual([
      { name: 'zh', label: '中文', widget: 'text', required: false, minlength: 8, maxlength: 120 },
      {
        name: 'en',
        label: '英文 English',
        widget: 'text',
        required: false,
        minlength: 20,
        maxlength: 240,
      },
    ]);
  });

  it('ids are relation widgets to the collection they name; lists keep their minimum', () => {
    expect(field('parks', 'targetChains')).toMatchObject({
      widget: 'relation',
      collection: 'chains',
      multiple: true,
      min: 1,
      value_field: '{{slug}}',
    });
    expect(field('suppliers', 'park')).toMatchObject({
      widget: 'relation',
      collection: 'parks',
      required: false,
    });
    expect(field('suppliers', 'processes')).toMatchObject({
      collection: 'processes',
      multiple: true,
      min: 1,
    });
    expect(field('cases', 'suppliers')).toMatchObject({ collection: 'suppliers', multiple: true });
    expect(field('chains', 'processes')).toMatchObject({ collection: 'processes', min: 1 });
  });

  it('dates, enums, patterns and e-mail follow the schema', () => {
    expect(field('parks', 'admission.asOf')).toMatchObject({
      widget: 'datetime',
      type: 'date',
      format: 'YYYY-MM-DD',
    });
    expect(field('parks', 'level')['options']).toEqual([
      { label: '国家级开发区 · National-level zone', value: 'national' },
      { label: '省级开发区 · Provincial-level zone', value: 'provincial' },
      { label: '市级园区 · Municipal zone', value: 'municipal' },
      { label: '县级园区 · County zone', value: 'county' },
    ]);
    expect((field('parks', 'slug')['pattern'] as string[])[0]).toBe('^[a-z0-9]+(?:-[a-z0-9]+)*$');
    const contacts = field('parks', 'contacts');
    expect(contacts).toMatchObject({ widget: 'list', min: 1 });
    const phone = (contacts['fields'] as CmsField[]).find((f) => f.name === 'phone');
    expect(new RegExp(String((phone?.['pattern'] as string[])[0])).test('+86 731 5555 0101')).toBe(
      true,
    );
    expect((contacts['fields'] as CmsField[]).find((f) => f.name === 'email')).toMatchObject({
      type: 'email',
    });
    expect(field('parks', 'utilities.voltageLevelsKv')).toMatchObject({
      widget: 'list',
      min: 1,
      field: { widget: 'number', value_type: 'float', label: '供电电压等级（千伏 · kV）' },
    });
  });

  it('parks and cases keep facts + Chinese body in <id>.md and the English body in <id>.en.md', () => {
    expect(config.i18n).toEqual({
      structure: 'multiple_files',
      locales: ['zh-CN', 'en'],
      default_locale: 'zh-CN',
      omit_default_locale_from_file_path: true,
    });
    for (const name of ['parks', 'cases']) {
      const c = collection(name);
      expect(c).toMatchObject({ i18n: true, format: 'frontmatter', extension: 'md' });
      // Only the body is translated; every fact lives once, in the Chinese file.
      expect(c.fields.filter((f) => f['i18n'] === true).map((f) => f.name)).toEqual(['body']);
    }
    for (const name of ['suppliers', 'institutions', 'processes', 'chains'])
      expect(collection(name)).not.toHaveProperty('i18n');
  });

  it('the label table has no entry for a field that no longer exists', () => {
    const paths = new Set(
      COLLECTIONS.flatMap((spec) => schemaPaths(spec).map((path) => `${spec.name}:${path}`)),
    );
    const stale = Object.keys(fieldTexts).filter((key) => !key.startsWith('*:') && !paths.has(key));
    expect(stale).toEqual([]);
  });

  it('refuses an id field that does not say which collection it names', async () => {
    const { z } = await import('astro/zod');
    const { id } = await import('../../../src/schemas/common');
    const { toCmsField } = await import('../../../scripts/cms/build-config');
    const { fieldNode } = await import('../../../scripts/cms/schema-tree');
    expect(() =>
      toCmsField('suppliers', fieldNode('processes', 'processes', z.array(id)), loadDictionaries()),
    ).not.toThrow();
    expect(() => toCmsField('parks', fieldNode('name', 'name', id), loadDictionaries())).toThrow(
      /parks:name is an id; say which collection/,
    );
  });
});
