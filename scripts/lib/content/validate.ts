/**
 * Validation with the build's zod schemas, reported the way the build reports it: the
 * field as a dotted path (`admission.asOf`, `contacts[0].email`) and zod's message.
 */

/** What the tools need from a zod schema. */
export interface Parser<D> {
  safeParse(
    data: unknown,
  ):
    | { success: true; data: D }
    | { success: false; error: { issues: readonly { path: PropertyKey[]; message: string }[] } };
}

/** A zod issue path as staff read it: `contacts[0].email`; the file itself is `(file)`. */
export function fieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || '(file)';
}

/** One schema error: the field and what is wrong with it. */
export interface FieldError {
  field: string;
  message: string;
}

/** Validates `data`; the errors by field, or the parsed value. */
export function validate<D>(
  schema: Parser<D>,
  data: unknown,
): { ok: true; data: D } | { ok: false; errors: FieldError[] } {
  const result = schema.safeParse(data);
  if (result.success) return { ok: true, data: result.data };
  return {
    ok: false,
    errors: result.error.issues.map((i) => ({ field: fieldPath(i.path), message: i.message })),
  };
}
