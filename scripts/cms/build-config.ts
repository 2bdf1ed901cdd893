/**
 * The Sveltia CMS configuration, built from the zod schemas (schema-tree.ts) and the label
 * table (labels.ts). Pure: schemas, labels and dictionaries in, a plain object out;
 * generate-config.ts writes it to public/admin/config.yml.
 */
import { fieldPaths, schemaFields, type FieldNode } from './schema-tree';
import { textFor, type CollectionName, type FieldText } from './labels';
import { COLLECTIONS, CMS_SETTINGS, type CollectionSpec } from './collections';

/** One field of the CMS configuration (the subset of Sveltia's Field type this generator writes). */
export type CmsField = Record<string, unknown> & { name: string; label?: string; widget: string };

/** Site dictionaries (src/i18n/*.json): enum values are labelled with the site's own words. */
export interface Dictionaries {
  zh: Record<string, string>;
  en: Record<string, string>;
}

/** Frontmatter collections have a Markdown body, which the schema does not describe. */
export const BODY_FIELD = 'body';

/** Kebab-case ids (src/schemas/common.ts `id`): such strings must say what they refer to. */
const KEBAB = '^[a-z0-9]+(?:-[a-z0-9]+)*$';

/** What the display of a relation shows: the Chinese name, then the English one. */
const DISPLAY: Record<CollectionName, string> = {
  parks: 'name',
  suppliers: 'name',
  institutions: 'name',
  cases: 'title',
  processes: 'label',
  chains: 'label',
};

const hintOf = (text: FieldText, extra?: [string, string]): string | undefined => {
  const zh = [text.hint?.[0], extra?.[0]].filter(Boolean).join('');
  const en = [text.hint?.[1], extra?.[1]].filter(Boolean).join(' ');
  return `${zh ? `${zh} ` : ''}English: **${text.en}**${en ? ` — ${en}` : ''}`;
};

function lookup(collection: string, node: FieldNode): FieldText {
  const found = textFor(collection, node.path);
  if (!found)
    throw new Error(
      `CMS: no label for ${collection}:${node.path}; add one to scripts/cms/labels-*.ts (Chinese, English, unit)`,
    );
  return found.text;
}

function relation(
  target: CollectionName,
  multiple: boolean,
  node: FieldNode,
): Record<string, unknown> {
  const name = DISPLAY[target];
  return {
    widget: 'relation',
    collection: target,
    value_field: '{{slug}}',
    display_fields: [`{{${name}.zh}} · {{${name}.en}} ({{slug}})`],
    search_fields: [`${name}.zh`, `${name}.en`],
    ...(multiple ? { multiple: true } : {}),
    ...(multiple && node.min !== undefined ? { min: node.min } : {}),
    ...(multiple && node.max !== undefined ? { max: node.max } : {}),
  };
}

/** The zh/en pair of a `{ zh?, en? }` text, Chinese first. */
function localizedSides(node: FieldNode, long: boolean): CmsField[] {
  const side = (lang: 'zh' | 'en'): CmsField => {
    const child = node.fields?.find((f) => f.name === lang);
    if (!child) throw new Error(`CMS: ${node.path} has no ${lang} side`);
    return {
      name: lang,
      label: lang === 'zh' ? '中文' : '英文 English',
      widget: long ? 'text' : 'string',
      required: false,
      ...(child.min !== undefined && child.min > 1 ? { minlength: child.min } : {}),
      ...(child.max !== undefined && child.max < 10_000 ? { maxlength: child.max } : {}),
    };
  };
  return [side('zh'), side('en')];
}

function numberProps(node: FieldNode): Record<string, unknown> {
  const props: Record<string, unknown> = {
    widget: 'number',
    value_type: node.integer ? 'int' : 'float',
  };
  // The CMS only has inclusive bounds; an exclusive integer bound moves by one, an exclusive
  // decimal bound stays (the build still rejects the bound itself).
  if (node.min !== undefined)
    props['min'] = node.minInclusive || !node.integer ? node.min : node.min + 1;
  if (node.max !== undefined)
    props['max'] = node.maxInclusive || !node.integer ? node.max : node.max - 1;
  if (!node.integer) props['step'] = 0.0001;
  return props;
}

function enumOptions(node: FieldNode, text: FieldText, dict: Dictionaries, where: string) {
  if (!text.options)
    throw new Error(`CMS: ${where} is an enum; name its dictionary prefix (options)`);
  return (node.options ?? []).map((value) => {
    const zh = dict.zh[`${text.options}${value}`];
    const en = dict.en[`${text.options}${value}`];
    if (!zh || !en) throw new Error(`CMS: ${where}: no dictionary label ${text.options}${value}`);
    return { label: `${zh} · ${en}`, value };
  });
}

/** One schema field as a CMS field. */
export function toCmsField(collection: string, node: FieldNode, dict: Dictionaries): CmsField {
  const where = `${collection}:${node.path}`;
  const text = lookup(collection, node);
  const field: CmsField = { name: node.name, label: text.zh, widget: 'string' };
  let extraHint: [string, string] | undefined;
  switch (node.kind) {
    case 'string':
      if (node.pattern?.source === KEBAB && !text.relation && !text.patternMessage)
        throw new Error(`CMS: ${where} is an id; say which collection it names (relation)`);
      if (text.relation) Object.assign(field, relation(text.relation, false, node));
      else {
        if (node.email) field['type'] = 'email';
        if (node.pattern)
          field['pattern'] = [
            node.pattern.source,
            `${text.patternMessage?.[0] ?? '格式不对'} / ${text.patternMessage?.[1] ?? 'Wrong format'}`,
          ];
        if (node.min !== undefined) field['minlength'] = node.min;
        if (node.max !== undefined) field['maxlength'] = node.max;
      }
      break;
    case 'number':
      Object.assign(field, numberProps(node));
      break;
    case 'boolean':
      field.widget = 'boolean';
      break;
    case 'date':
      Object.assign(field, { widget: 'datetime', type: 'date', format: 'YYYY-MM-DD' });
      break;
    case 'enum':
      Object.assign(field, { widget: 'select', options: enumOptions(node, text, dict, where) });
      break;
    case 'localized':
      Object.assign(field, { widget: 'object', fields: localizedSides(node, text.long === true) });
      extraHint = ['中英文至少填一种。', 'Chinese or English, at least one.'];
      break;
    case 'object':
      Object.assign(field, {
        widget: 'object',
        fields: (node.fields ?? []).map((child) => toCmsField(collection, child, dict)),
      });
      break;
    case 'list':
      Object.assign(field, listProps(collection, node, text, dict));
      break;
  }
  if (text.unit && node.kind !== 'list') field['after_input'] = `${text.unit[0]} · ${text.unit[1]}`;
  field['hint'] = hintOf(text, extraHint);
  if (!node.required) field['required'] = false;
  if (
    node.defaultValue !== undefined &&
    !(Array.isArray(node.defaultValue) && node.defaultValue.length === 0)
  )
    field['default'] = node.defaultValue;
  return field;
}

function listProps(collection: string, node: FieldNode, text: FieldText, dict: Dictionaries) {
  const item = node.item!;
  const counts = {
    ...(node.min !== undefined ? { min: node.min } : {}),
    ...(node.max !== undefined ? { max: node.max } : {}),
  };
  if (text.relation) return relation(text.relation, true, node);
  if (item.kind === 'localized')
    return {
      widget: 'list',
      ...counts,
      summary: '{{fields.zh}}',
      fields: localizedSides(item, text.long === true),
    };
  if (item.kind === 'object')
    return {
      widget: 'list',
      ...counts,
      fields: (item.fields ?? []).map((child) => toCmsField(collection, child, dict)),
    };
  // A list of plain values: one unnamed input per item, with the list's unit.
  // Sveltia has no unit beside a list, so the unit goes into the item's label.
  const single = toCmsField(collection, { ...item, path: node.path, required: true }, dict);
  delete single['hint'];
  delete single['after_input'];
  const label = text.unit ? `${text.zh}（${text.unit[0]} · ${text.unit[1]}）` : text.zh;
  return { widget: 'list', ...counts, field: { ...single, name: 'item', label } };
}

/** One collection of the configuration. */
export function buildCollection(spec: CollectionSpec, dict: Dictionaries): Record<string, unknown> {
  const fields = schemaFields(spec.schema).map((node) => toCmsField(spec.name, node, dict));
  if (spec.format === 'frontmatter')
    fields.push({
      name: BODY_FIELD,
      label: spec.bodyLabel ?? '正文',
      widget: 'markdown',
      i18n: true,
      required: false,
      hint: '中文正文写在这里；切换到 English 写英文正文（存为 .en.md）。 English: **Body** — switch to English for the English text (saved as .en.md).',
    });
  const rest: Record<string, unknown> = { ...spec };
  delete rest['schema'];
  delete rest['bodyLabel'];
  return { ...rest, fields };
}

/** The whole configuration. */
export function buildCmsConfig(dict: Dictionaries, specs: readonly CollectionSpec[] = COLLECTIONS) {
  return { ...CMS_SETTINGS, collections: specs.map((spec) => buildCollection(spec, dict)) };
}

/** Every field path of a collection's schema (for the drift check). */
export function schemaPaths(spec: CollectionSpec): string[] {
  return fieldPaths(schemaFields(spec.schema));
}
