/**
 * A reason is data, not a sentence: a stable code, the park it concerns and the figures
 * behind it. Staff read it through {@link formatReason} in their language; the stored
 * lead also keeps the English sentence (`message`) so older readers keep working.
 */

/** Every reason qualification can give. Adding one without a sentence in each locale fails to compile. */
export const REASON_CODES = [
  // authenticity and consistency
  'uscc-valid',
  'uscc-check-failed',
  'uscc-none',
  'free-mail',
  'free-mail-claims-size',
  'group-claim-unmatched',
  'implausible-figures',
  'investment-unit-suspect',
  'template-text',
  'many-parks',
  'warnings-cap',
  'serious-warning-cap',
  // readiness and genericity
  'timeline',
  'decision-maker',
  'manager',
  'intermediary',
  'no-decision-maker',
  'complete',
  'mostly-complete',
  'incomplete',
  'readiness-signals',
  'generic-request',
  // parks
  'park-fit',
  'park-unknown',
  'park-inadmissible',
  'no-admissible-park',
  'soft-miss-cap',
  'chain-target',
  'chain-excluded',
  'chain-other',
  'intensity-met',
  'intensity-near',
  'intensity-below',
  'land-ok',
  'land-near',
  'land-short',
  'plot-too-small',
  'floor-ok',
  'floor-short',
  'power-ok',
  'power-near',
  'power-short',
  'process-excluded',
  'processes-in-reach',
  'processes-missing',
  // spam
  'spam-honeypot',
  'spam-too-fast',
  'spam-cross-site',
  'spam-cap',
] as const;
export type ReasonCode = (typeof REASON_CODES)[number];

/** Figures and words a sentence needs: numbers stay numbers so each locale formats them. */
export type ReasonParams = Readonly<Record<string, string | number>>;

/** One rule that fired, with its effect on the score. */
export interface Reason {
  code: ReasonCode;
  /** The park slug, for a reason about one park. */
  park?: string;
  params: ReasonParams;
  /** Score points (lead reasons) or fit points (park reasons). */
  effect: number;
  /** The English sentence, kept for readers written before reasons were structured. */
  message: string;
}

/** A sentence builder per code, for one locale. */
export type ReasonSentences = { readonly [C in ReasonCode]: (p: ReasonParams) => string };
