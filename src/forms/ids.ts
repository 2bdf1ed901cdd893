/**
 * Names and ids the renderer writes and the browser script reads. A module of its own so
 * the script imports three strings, not the renderer (and its country list).
 */
export const IDEMPOTENCY_FIELD = 'idempotencyKey';
/** Hidden field naming the form's language, so the function answers in it. */
export const LOCALE_FIELD = 'locale';
export const STATUS_ID = 'inquiry-status';
