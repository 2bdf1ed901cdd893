import { describe, expect, it } from 'vitest';
import {
  ACCEPTED_TYPES,
  MAX_BODY_BYTES,
  mediaType,
  parseBody,
  readLimited,
} from '../../../netlify/lib/body';

const post = (
  body: BodyInit | null,
  contentType: string | null,
  extra: Record<string, string> = {},
) =>
  new Request('http://local/api/inquiry', {
    method: 'POST',
    headers: { ...(contentType ? { 'content-type': contentType } : {}), ...extra },
    body,
    duplex: 'half',
  } as RequestInit);

/** A body streamed in chunks, so the request carries no Content-Length. */
function streamed(totalBytes: number, chunkBytes = 4096): ReadableStream<Uint8Array> {
  let sent = 0;
  return new ReadableStream({
    pull(controller) {
      if (sent >= totalBytes) return controller.close();
      const size = Math.min(chunkBytes, totalBytes - sent);
      sent += size;
      controller.enqueue(new Uint8Array(size).fill(0x61));
    },
  });
}

describe('mediaType', () => {
  it('accepts the three types with parameters and any case', () => {
    expect(mediaType('application/json; charset=utf-8')).toBe('application/json');
    expect(mediaType('Application/X-WWW-Form-Urlencoded')).toBe(
      'application/x-www-form-urlencoded',
    );
    expect(mediaType('multipart/form-data; boundary=x')).toBe('multipart/form-data');
  });
  it('refuses anything else', () => {
    for (const type of [null, '', 'text/plain', 'application/jsonx', 'application/xml'])
      expect(mediaType(type)).toBeNull();
  });
});

describe('readLimited', () => {
  it('returns the bytes of a body within the limit', async () => {
    const bytes = await readLimited(post('hello', 'text/plain'), 10);
    expect(new TextDecoder().decode(bytes ?? new Uint8Array())).toBe('hello');
  });
  it('refuses a declared Content-Length over the limit without reading', async () => {
    const req = post('x', 'text/plain', { 'content-length': String(MAX_BODY_BYTES + 1) });
    expect(await readLimited(req, MAX_BODY_BYTES)).toBeNull();
  });
  it('counts streamed bytes when there is no Content-Length', async () => {
    const req = post(streamed(MAX_BODY_BYTES + 1), 'application/json');
    expect(req.headers.get('content-length')).toBeNull();
    expect(await readLimited(req, MAX_BODY_BYTES)).toBeNull();
    expect(
      await readLimited(post(streamed(MAX_BODY_BYTES), 'application/json'), MAX_BODY_BYTES),
    ).toHaveLength(MAX_BODY_BYTES);
  });
  it('reads an absent body as empty', async () => {
    expect(await readLimited(new Request('http://local/'), 10)).toHaveLength(0);
  });
});

describe('parseBody', () => {
  it('parses JSON', async () => {
    expect(await parseBody(post('{"a":[1,2]}', 'application/json'))).toEqual({
      ok: true,
      kind: 'json',
      value: { a: [1, 2] },
    });
  });
  it('keeps repeated urlencoded keys in order', async () => {
    const result = await parseBody(
      post('parks=a&parks=b&company=X%20Y', 'application/x-www-form-urlencoded'),
    );
    expect(result).toEqual({
      ok: true,
      kind: 'form',
      entries: [
        ['parks', 'a'],
        ['parks', 'b'],
        ['company', 'X Y'],
      ],
      fileFields: [],
    });
  });
  it('reads multipart text fields and reports file parts by name', async () => {
    const form = new FormData();
    form.append('company', 'X');
    form.append('attachment', new Blob(['binary']), 'a.bin');
    const result = await parseBody(new Request('http://local/', { method: 'POST', body: form }));
    expect(result).toEqual({
      ok: true,
      kind: 'form',
      entries: [['company', 'X']],
      fileFields: ['attachment'],
    });
  });
  it('answers 415 naming every accepted type', async () => {
    const result = await parseBody(post('x', 'text/plain'));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.status).toBe(415);
    for (const type of ACCEPTED_TYPES) expect(result.message).toContain(type);
    expect((await parseBody(post('x', null))).ok).toBe(false);
  });
  it('answers 413 over 32 KB, 400 for broken JSON, bad UTF-8 or broken multipart', async () => {
    const big = JSON.stringify({ message: 'x'.repeat(40 * 1024) });
    expect(await parseBody(post(big, 'application/json'))).toMatchObject({
      ok: false,
      status: 413,
    });
    expect(await parseBody(post('{"a":', 'application/json'))).toMatchObject({
      ok: false,
      status: 400,
    });
    expect(
      await parseBody(post(new Uint8Array([0x7b, 0xff, 0x7d]), 'application/json')),
    ).toMatchObject({ ok: false, status: 400 });
    expect(await parseBody(post('garbage', 'multipart/form-data; boundary=zzz'))).toMatchObject({
      ok: false,
      status: 400,
    });
  });
});
