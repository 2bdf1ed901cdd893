/**
 * The CMS configuration cannot drift from the zod schemas: the committed public/admin/config.yml
 * is exactly what the schemas generate, every schema field has a CMS field and the other way
 * round, and adding a field to a schema without touching the CMS fails both checks.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { z } from 'astro/zod';
import { buildCmsConfig } from '../../../scripts/cms/build-config';
import { COLLECTIONS, type CollectionSpec } from '../../../scripts/cms/collections';
import { cmsDrift, formatDrift } from '../../../scripts/cms/drift';
import { CONFIG_PATH, loadDictionaries, renderConfig } from '../../../scripts/cms/generate-config';
import { parkSchema } from '../../../src/schemas/parks';
import { supplierSchema } from '../../../src/schemas/suppliers';

const dict = loadDictionaries();
const committedText = readFileSync(CONFIG_PATH, 'utf8');
const committed = parse(committedText) as Parameters<typeof cmsDrift>[1];

/** The collection specs with one schema replaced. */
const withSchema = (name: string, schema: unknown): CollectionSpec[] =>
  COLLECTIONS.map((spec) => (spec.name === name ? { ...spec, schema } : spec));

describe('CMS configuration drift', () => {
  it('the committed config.yml is what the schemas generate (run npm run cms:config)', () => {
    expect(committedText).toBe(renderConfig(buildCmsConfig(dict)));
  });

  it('every schema field has a CMS field with the same required-ness, and vice versa', () => {
    expect(formatDrift(cmsDrift(COLLECTIONS, committed))).toBe('');
  });

  it('fails when a top-level field is added to a schema without a CMS field', () => {
    const specs = withSchema(
      'parks',
      parkSchema.extend({ railSidingKm: z.number().nonnegative() }),
    );
    expect(cmsDrift(specs, committed)).toEqual([
      {
        collection: 'parks',
        path: 'railSidingKm',
        problem: 'in the schema, not in the CMS configuration',
      },
    ]);
    // And the generator refuses to write a configuration without its label.
    expect(() => buildCmsConfig(dict, specs)).toThrow(/no label for parks:railSidingKm/);
  });

  it('fails when a nested field is added (inside an object and inside list items)', () => {
    const land = parkSchema.shape.land.extend({ brownfieldMu: z.number().optional() });
    const steps = parkSchema.shape.approvals.shape.steps.element.extend({ online: z.boolean() });
    const approvals = parkSchema.shape.approvals.extend({ steps: z.array(steps).min(1) });
    const specs = withSchema('parks', parkSchema.extend({ land, approvals }));
    expect(formatDrift(cmsDrift(specs, committed))).toBe(
      [
        'parks:land.brownfieldMu: in the schema, not in the CMS configuration',
        'parks:approvals.steps[].online: in the schema, not in the CMS configuration',
      ].join('\n'),
    );
  });

  it('fails when a CMS field has no schema field, or required-ness differs', () => {
    const specs = withSchema(
      'suppliers',
      supplierSchema.omit({ replaces: true }).extend({
        employees: z.number().int().nonnegative().optional(),
      }),
    );
    expect(formatDrift(cmsDrift(specs, committed))).toBe(
      [
        'suppliers:employees: optional in the schema, required in the CMS',
        'suppliers:replaces: in the CMS configuration, not in the schema',
        'suppliers:replaces.zh: in the CMS configuration, not in the schema',
        'suppliers:replaces.en: in the CMS configuration, not in the schema',
      ].join('\n'),
    );
  });

  it('fails when a collection or the Markdown body is missing', () => {
    const withoutCases = {
      collections: committed.collections
        ?.filter((c) => c.name !== 'cases')
        .map((c) =>
          c.name === 'parks' ? { ...c, fields: c.fields?.filter((f) => f.name !== 'body') } : c,
        ),
    };
    expect(formatDrift(cmsDrift(COLLECTIONS, withoutCases))).toBe(
      [
        'parks:body: the Markdown body has no CMS field',
        'cases:(collection): schema has no CMS collection',
      ].join('\n'),
    );
  });
});
