/**
 * Structured logs for the functions. The type admits ids, statuses, timings and
 * counts only, so an inquiry's contents (names, e-mail, phone, company, message,
 * IP) cannot end up in a log line by accident.
 */

export interface LogFields {
  event: string;
  leadId?: string;
  status?: number;
  ms?: number;
  tier?: string;
  created?: boolean;
  /** Error class and message of an internal failure (store, webhook), never request data. */
  error?: string;
  count?: number;
}

/** Writes one JSON line to stdout (stderr for errors), unless LOG_LEVEL=silent. */
export function log(fields: LogFields): void {
  if (process.env['LOG_LEVEL'] === 'silent') return;
  const line = JSON.stringify({ at: new Date().toISOString(), ...fields });
  if (fields.error) console.error(line);
  else console.info(line);
}

/** "Name: message" of an error and its causes, for `LogFields.error`. */
export function describeError(error: unknown): string {
  const parts: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current && depth < 3; depth++) {
    parts.push(current instanceof Error ? `${current.name}: ${current.message}` : String(current));
    current = current instanceof Error ? current.cause : undefined;
  }
  return parts.join(' <- ');
}
