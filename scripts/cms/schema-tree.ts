/**
 * Reads a zod 4 schema (its `_zod.def`) into a small tree of fields: kind, whether it is
 * required, and the checks a CMS can repeat (min/max, integer, length, pattern, options).
 * Pure: schema in, tree out. The CMS configuration (build-config.ts) and the drift check
 * (drift.ts) both start from this tree, so the zod schemas stay the one source.
 */

/** What a field holds, as far as a form needs to know. */
export type FieldKind =
  | 'string'
  | 'number'
  | 'boolean'
  | 'date'
  | 'enum'
  | 'object'
  | 'list'
  /** A `{ zh?, en? }` short text (see `localizedText` in src/schemas/common.ts). */
  | 'localized';

export interface FieldNode {
  /** Key in the file. */
  name: string;
  /** Dotted path from the collection root, list items included as `[]`: `logistics.destinations[].name`. */
  path: string;
  kind: FieldKind;
  /** False when the schema has `.optional()` or `.default()`. */
  required: boolean;
  /** The schema's default, when it has one. */
  defaultValue?: unknown;
  /** Numbers: bounds with their inclusiveness; lists: item counts; strings: lengths. */
  min?: number | undefined;
  minInclusive?: boolean;
  max?: number | undefined;
  maxInclusive?: boolean;
  integer?: boolean;
  /** Strings: `regex` checks and the `email` format. */
  pattern?: RegExp | undefined;
  email?: boolean;
  /** Enums: the allowed values in schema order. */
  options?: string[];
  /** Objects and localized texts: their fields in schema order. */
  fields?: FieldNode[];
  /** Lists: the item. */
  item?: FieldNode;
}

/** The parts of zod 4's internal definition this walker reads. */
interface ZodDef {
  type: string;
  innerType?: ZodLike;
  defaultValue?: unknown;
  shape?: Record<string, ZodLike>;
  element?: ZodLike;
  entries?: Record<string, string>;
  checks?: ZodLike[];
  format?: string;
  pattern?: RegExp;
  check?: string;
  minimum?: number;
  maximum?: number;
  value?: number;
  inclusive?: boolean;
  in?: ZodLike;
}
interface ZodLike {
  _zod: { def: ZodDef };
}

const def = (schema: unknown): ZodDef => {
  const zod = (schema as Partial<ZodLike> | null)?._zod;
  if (!zod) throw new Error('schema-tree: not a zod 4 schema');
  return zod.def;
};

function applyChecks(node: FieldNode, checks: ZodLike[] | undefined): void {
  for (const check of checks ?? []) {
    const c = check._zod.def;
    if (c.check === 'min_length') node.min = c.minimum;
    else if (c.check === 'max_length') node.max = c.maximum;
    else if (c.check === 'greater_than') {
      node.min = c.value;
      node.minInclusive = c.inclusive === true;
    } else if (c.check === 'less_than') {
      node.max = c.value;
      node.maxInclusive = c.inclusive === true;
    } else if (c.check === 'number_format' && (c.format === 'safeint' || c.format === 'int32'))
      node.integer = true;
    else if (c.check === 'string_format' && c.format === 'regex') node.pattern = c.pattern;
  }
}

/** True for the `{ en?, zh? }` object that `localizedText` builds. */
function isLocalized(shape: Record<string, ZodLike>): boolean {
  const keys = Object.keys(shape).sort();
  return (
    keys.join(',') === 'en,zh' &&
    keys.every((k) => {
      const d = def(shape[k]);
      return d.type === 'optional' && def(d.innerType).type === 'string';
    })
  );
}

/** One field of an object schema, unwrapping `.optional()` and `.default()`. */
export function fieldNode(name: string, path: string, schema: unknown): FieldNode {
  let d = def(schema);
  let required = true;
  let defaultValue: unknown;
  // optional/default wrap the real type (in either order); a pipe's input is what the file holds.
  for (;;) {
    if (d.type === 'optional') required = false;
    else if (d.type === 'default' || d.type === 'prefault') {
      required = false;
      defaultValue = d.defaultValue;
    } else if (d.type === 'pipe' && d.in) {
      d = def(d.in);
      continue;
    } else break;
    d = def(d.innerType);
  }
  const node: FieldNode = { name, path, kind: 'string', required };
  if (defaultValue !== undefined) node.defaultValue = defaultValue;
  switch (d.type) {
    case 'string':
      if (d.format === 'email') node.email = true;
      break;
    case 'number':
      node.kind = 'number';
      break;
    case 'boolean':
      node.kind = 'boolean';
      break;
    case 'date':
      node.kind = 'date';
      break;
    case 'enum':
      node.kind = 'enum';
      node.options = Object.values(d.entries ?? {});
      break;
    case 'object': {
      const shape = d.shape ?? {};
      node.kind = isLocalized(shape) ? 'localized' : 'object';
      node.fields = Object.entries(shape).map(([key, value]) =>
        fieldNode(key, `${path}.${key}`, value),
      );
      break;
    }
    case 'array':
      node.kind = 'list';
      node.item = fieldNode('item', `${path}[]`, d.element);
      break;
    default:
      throw new Error(`schema-tree: ${path} has zod type "${d.type}", which the CMS cannot edit`);
  }
  applyChecks(node, d.checks);
  return node;
}

/** The top-level fields of an object schema. */
export function schemaFields(schema: unknown): FieldNode[] {
  const d = def(schema);
  if (d.type !== 'object' || !d.shape)
    throw new Error('schema-tree: a collection schema is an object');
  return Object.entries(d.shape).map(([key, value]) => fieldNode(key, key, value));
}

/** Every field path in the tree, depth first (objects, list items and localized sides included). */
export function fieldPaths(fields: readonly FieldNode[]): string[] {
  const out: string[] = [];
  const visit = (node: FieldNode) => {
    out.push(node.path);
    node.fields?.forEach(visit);
    node.item?.fields?.forEach(visit);
  };
  fields.forEach(visit);
  return out;
}
