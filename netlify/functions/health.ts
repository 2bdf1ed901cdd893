/**
 * GET /api/health — answers `{ ok: true }` without touching storage: a liveness
 * check, and the no-op route the load benchmark compares the inquiry with.
 */
import type { Config } from '@netlify/functions';
import { errorResponse, jsonResponse } from '../lib/http';

export default function health(req: Request): Response {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    return errorResponse(req, 405, 'Use GET.', { Allow: 'GET, HEAD' });
  }
  return jsonResponse(200, { ok: true });
}

export const config: Config = { path: '/api/health' };
