/**
 * The drift check between the zod schemas and a CMS configuration: every schema field
 * (recursively: objects, list items, the zh/en sides of short texts) has a CMS field with the
 * same required-ness, and every CMS field has a schema field, apart from the Markdown body of
 * frontmatter collections. Pure: schemas and a parsed configuration in, problems out.
 */
import { fieldPaths, schemaFields, type FieldNode } from './schema-tree';
import { BODY_FIELD } from './build-config';
import type { CollectionSpec } from './collections';

export interface DriftProblem {
  collection: string;
  path: string;
  problem: string;
}

export interface ConfigField {
  name: string;
  widget?: string;
  required?: boolean | string[];
  fields?: ConfigField[];
}

/** Path → required, for a CMS collection's fields (list items as `path[]`). */
export function configPaths(fields: readonly ConfigField[], prefix = ''): Map<string, boolean> {
  const out = new Map<string, boolean>();
  for (const field of fields) {
    const path = prefix ? `${prefix}.${field.name}` : field.name;
    out.set(path, field.required !== false);
    if (field.fields) {
      const childPrefix = field.widget === 'list' ? `${path}[]` : path;
      for (const [child, required] of configPaths(field.fields, childPrefix))
        out.set(child, required);
    }
  }
  return out;
}

/** Path → required, for a schema. */
export function schemaRequired(schema: unknown): Map<string, boolean> {
  const byPath = new Map<string, boolean>();
  const visit = (node: FieldNode) => {
    byPath.set(node.path, node.required);
    node.fields?.forEach(visit);
    node.item?.fields?.forEach(visit);
  };
  const fields = schemaFields(schema);
  fields.forEach(visit);
  // fieldPaths is the tree's own listing; both walks must agree on what a field is.
  const listed = fieldPaths(fields);
  if (listed.length !== byPath.size)
    throw new Error('drift: schema walk disagrees with fieldPaths');
  return byPath;
}

/** Problems between the schemas of `specs` and the configuration's collections. */
export function cmsDrift(
  specs: readonly CollectionSpec[],
  config: { collections?: { name: string; fields?: ConfigField[] | undefined }[] | undefined },
): DriftProblem[] {
  const problems: DriftProblem[] = [];
  const collections = config.collections ?? [];
  for (const extra of collections.filter((c) => !specs.some((s) => s.name === c.name)))
    problems.push({ collection: extra.name, path: '', problem: 'collection has no schema' });
  for (const spec of specs) {
    const collection = collections.find((c) => c.name === spec.name);
    if (!collection) {
      problems.push({ collection: spec.name, path: '', problem: 'schema has no CMS collection' });
      continue;
    }
    const fromSchema = schemaRequired(spec.schema);
    const fromConfig = configPaths(collection.fields ?? []);
    if (spec.format === 'frontmatter') {
      if (!fromConfig.has(BODY_FIELD))
        problems.push({
          collection: spec.name,
          path: BODY_FIELD,
          problem: 'the Markdown body has no CMS field',
        });
      fromConfig.delete(BODY_FIELD);
    }
    for (const [path, required] of fromSchema) {
      if (!fromConfig.has(path))
        problems.push({
          collection: spec.name,
          path,
          problem: 'in the schema, not in the CMS configuration',
        });
      else if (fromConfig.get(path) !== required)
        problems.push({
          collection: spec.name,
          path,
          problem: required
            ? 'required by the schema, optional in the CMS'
            : 'optional in the schema, required in the CMS',
        });
    }
    for (const path of fromConfig.keys())
      if (!fromSchema.has(path))
        problems.push({
          collection: spec.name,
          path,
          problem: 'in the CMS configuration, not in the schema',
        });
  }
  return problems;
}

/** One line per problem, for test and CLI output. */
export const formatDrift = (problems: readonly DriftProblem[]) =>
  problems.map((p) => `${p.collection}:${p.path || '(collection)'}: ${p.problem}`).join('\n');
