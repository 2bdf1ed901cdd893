/**
 * GET /api/health — answers `{ ok: true }` without touching storage: a liveness
 * check, and the no-op route the load benchmark compares the inquiry with.
 */
import type { Config } from '@netlify/functions';
import { jsonResponse, methodNotAllowed } from '../lib/http';

/** What this function serves; the local server also reads it to answer TRACE with 405. */
export const methods = ['GET', 'HEAD'] as const;

export default function health(req: Request): Response {
  if (!(methods as readonly string[]).includes(req.method)) return methodNotAllowed(req, methods);
  return jsonResponse(200, { ok: true });
}

export const config: Config = { path: '/api/health' };
