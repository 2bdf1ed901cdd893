/**
 * Request body reading for the inquiry function: a hard size limit measured on
 * the bytes actually received (a missing or lying Content-Length changes
 * nothing) and the three content types a form or an API client sends.
 */

/** Largest accepted body, in bytes. An honest inquiry is a few KB. */
export const MAX_BODY_BYTES = 32 * 1024;

/** Media types the function parses; anything else is answered 415 naming these. */
export const ACCEPTED_TYPES = [
  'application/json',
  'application/x-www-form-urlencoded',
  'multipart/form-data',
] as const;

export type AcceptedType = (typeof ACCEPTED_TYPES)[number];

/** A parsed body, or the client error that stops the request. */
export type BodyResult =
  | { ok: true; kind: 'json'; value: unknown }
  | { ok: true; kind: 'form'; entries: [string, string][]; fileFields: string[] }
  | { ok: false; status: 400 | 413 | 415; message: string };

/** The accepted media type named by a Content-Type header, or null. */
export function mediaType(contentType: string | null): AcceptedType | null {
  const type = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  return (ACCEPTED_TYPES as readonly string[]).includes(type) ? (type as AcceptedType) : null;
}

/**
 * Reads at most `limitBytes` of the body. Returns null as soon as the body is
 * larger, without buffering the rest.
 */
export async function readLimited(
  req: Request,
  limitBytes: number,
): Promise<Uint8Array<ArrayBuffer> | null> {
  const declared = Number(req.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > limitBytes) return null;
  if (!req.body) return new Uint8Array(new ArrayBuffer(0));
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limitBytes) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(new ArrayBuffer(total));
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

const TOO_LARGE = `The request body is larger than ${MAX_BODY_BYTES / 1024} KB.`;

/**
 * Checks the content type, reads the body within the size limit and parses it.
 * Form bodies come back as string pairs (repeated keys kept) for the domain's
 * fromFormFields; file parts are reported by field name, never read as text.
 */
export async function parseBody(req: Request, limitBytes = MAX_BODY_BYTES): Promise<BodyResult> {
  const contentType = req.headers.get('content-type');
  const type = mediaType(contentType);
  if (!type) {
    return { ok: false, status: 415, message: `Send the inquiry as ${ACCEPTED_TYPES.join(', ')}.` };
  }
  const bytes = await readLimited(req, limitBytes);
  if (!bytes) return { ok: false, status: 413, message: TOO_LARGE };

  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, status: 400, message: 'The request body is not valid UTF-8.' };
  }

  if (type === 'application/json') {
    try {
      return { ok: true, kind: 'json', value: JSON.parse(text) as unknown };
    } catch {
      return { ok: false, status: 400, message: 'The request body is not valid JSON.' };
    }
  }
  if (type === 'application/x-www-form-urlencoded') {
    return { ok: true, kind: 'form', entries: [...new URLSearchParams(text)], fileFields: [] };
  }
  try {
    // Response.formData() is the platform's multipart parser; the bytes are already bounded.
    const form = await new Response(bytes, {
      headers: { 'content-type': contentType ?? '' },
    }).formData();
    const entries: [string, string][] = [];
    const fileFields: string[] = [];
    for (const [name, value] of form.entries()) {
      if (typeof value === 'string') entries.push([name, value]);
      else fileFields.push(name);
    }
    return { ok: true, kind: 'form', entries, fileFields };
  } catch {
    return { ok: false, status: 400, message: 'The multipart body could not be read.' };
  }
}
