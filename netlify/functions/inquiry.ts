/**
 * POST /api/inquiry — captures, screens, qualifies and stores an enterprise
 * inquiry (docs/API.md). The pipeline lives in netlify/lib/inquiry-handler.ts.
 */
import type { Config } from '@netlify/functions';
import { createInquiryHandler } from '../lib/inquiry-handler';

export default createInquiryHandler();

/** What this function serves (the handler's own 405 says the same); read by the local server. */
export const methods = ['POST'] as const;

export const config: Config = {
  path: '/api/inquiry',
  // No `method` filter: the handler answers other methods with 405 and Allow: POST
  // (a filter would turn a GET into a 404). Netlify's limit is per IP and domain;
  // netlify/lib/rate-limit.ts adds the per-client limit that also holds locally.
  rateLimit: { windowLimit: 20, windowSize: 60, aggregateBy: ['ip', 'domain'] },
};
