/**
 * What the lead store keeps about each lead for comparing later ones: a hash of the
 * sender's address, a MinHash signature of the message and the parks asked. Nothing
 * more, so the "recent leads" index holds no readable personal data.
 */
import { compareIds } from '../compare';
import type { Inquiry } from './schema';
import { sha256Hex } from './sha256';
import { messageSignature } from './similarity';

/** A recent lead as qualification compares with it. */
export interface RecentLead {
  id: string;
  /** ISO 8601 time the lead was received. */
  receivedAt: string;
  /** {@link emailHash} of the sender's address. */
  emailHash: string;
  /** MinHash signature of the message (see similarity.ts); absent for short or no messages. */
  messageShingles?: number[];
  /** Park slugs the lead asked. */
  parks: string[];
}

/** The part of {@link RecentLead} derived from the inquiry itself. */
export type LeadFingerprint = Omit<RecentLead, 'id' | 'receivedAt'>;

/**
 * SHA-256 of the trimmed, lower-cased address. With a secret `salt` (the function's
 * environment) the hash cannot be reversed by hashing a list of known addresses; the
 * same salt must be used for every lead, or senders no longer match.
 */
export function emailHash(email: string, salt = ''): string {
  return sha256Hex(`${salt}\u0000${email.trim().toLowerCase()}`);
}

/** The fingerprint to store with a lead and to pass back later inside {@link RecentLead}. */
export function leadFingerprint(
  inquiry: Pick<Inquiry, 'email' | 'message' | 'parks'>,
  salt = '',
): LeadFingerprint {
  const fingerprint: LeadFingerprint = {
    emailHash: emailHash(inquiry.email, salt),
    parks: [...inquiry.parks],
  };
  const signature = messageSignature(inquiry.message);
  if (signature) fingerprint.messageShingles = signature;
  return fingerprint;
}

/** Fields that do not change what was asked: the traps and the key itself. */
const NOT_CONTENT = new Set(['idempotencyKey', 'website', 'startedAt']);

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical).sort();
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key, item]) => !NOT_CONTENT.has(key) && item !== undefined)
        .sort(([a], [b]) => compareIds(a, b))
        .map(([key, item]) => [key, canonical(item)]),
    );
  }
  return value;
}

/**
 * An idempotency key derived from the inquiry's content, for submissions without one
 * (a plain HTML form cannot make a unique key without JavaScript): the same inquiry
 * sent twice (a double click, a reload after a lost answer) gets the same key, while
 * any change to what is asked gives a new one. Matches the schema's key pattern.
 */
export function contentIdempotencyKey(inquiry: Inquiry): string {
  return `content-${sha256Hex(JSON.stringify(canonical(inquiry))).slice(0, 40)}`;
}
