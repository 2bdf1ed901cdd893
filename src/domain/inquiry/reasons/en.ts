/** Reasons in English, for staff and foreign-investor desks. */
import { readers } from './params';
import type { ReasonParams, ReasonSentences } from './types';

const { num, str, list, word } = readers('en', ', ');

function implausible(p: ReasonParams): string {
  if (p['kind'] === 'intensity-low')
    return `Figures contradict each other: investment intensity of ${num(p['intensity'])} (10k CNY/mu) is below what the land alone costs`;
  if (p['kind'] === 'intensity-high')
    return `Figures contradict each other: investment intensity of ${num(p['intensity'])} (10k CNY/mu) is beyond any known project`;
  return `Figures contradict each other: ${num(p['perJob'])} CNY of investment per job is implausible for ${num(p['jobs'])} jobs`;
}

export const en: ReasonSentences = {
  'uscc-valid': () => 'Credit code check character is valid (GB 32100-2015)',
  'uscc-check-failed': (p) =>
    `Credit code check character should be ${str(p, 'expected')}: a typo, an early code or a made-up one; look it up on the National Enterprise Credit Information Publicity System`,
  'uscc-none': (p) =>
    `Registered outside mainland China (${str(p, 'country')}): no credit code to verify; check that country's company registry`,
  'free-mail': (p) => `Writes from a free-mail address (${str(p, 'domain')}), a weak signal only`,
  'free-mail-claims-size': (p) =>
    `Writes from a free-mail address (${str(p, 'domain')}) while presenting a large company`,
  'group-claim-unmatched': (p) =>
    `Claims "${str(p, 'claim')}" but the legal name is not a group's; check the parent company`,
  'implausible-figures': implausible,
  'investment-unit-suspect': (p) =>
    `Investment of ${num(p['investmentCny'])} CNY is tiny for a factory project; perhaps meant in 10k CNY: ask`,
  'template-text': (p) =>
    `Message is ${num(p['percent'])}% similar to lead ${str(p, 'lead')} of ${str(p, 'date')}: probably a template sent to several parks`,
  'many-parks': (p) =>
    p['days'] === undefined
      ? `Sent to ${num(p['count'])} parks at once`
      : `Same sender wrote to ${num(p['count'])} parks within ${num(p['days'])} days`,
  'warnings-cap': (p) =>
    `${num(p['count'])} authenticity warnings together (${list(p, 'warnings')}): tier C until verified`,
  'serious-warning-cap': (p) =>
    `${list(p, 'warnings')}: not forgivable on its own, tier B at most until checked`,
  timeline: (p) => `Wants to start ${word(str(p, 'timeline'))}`,
  'decision-maker': (p) => `Role "${str(p, 'role')}" decides (${str(p, 'title')})`,
  manager: (p) => `Role "${str(p, 'role')}" prepares the decision; ask who signs`,
  intermediary: (p) =>
    `Role "${str(p, 'role')}" suggests an intermediary (${str(p, 'title')}), not the investor; no decision maker named`,
  'no-decision-maker': (p) => `Role "${str(p, 'role')}" is not a decision maker`,
  complete: (p) => details(p),
  'mostly-complete': (p) => details(p),
  incomplete: (p) => details(p),
  'readiness-signals': (p) => `The message mentions ${list(p, 'signals')}`,
  'generic-request': (p) =>
    `No products or figures, only a request for policy, sent to ${num(p['parks'])} parks: tier B at most`,
  'park-fit': (p) => `Best fit: ${str(p, 'name')} (${num(p['fit'])}/100)`,
  'park-unknown': (p) =>
    p['slug'] === undefined
      ? 'None of the parks asked has facts on file'
      : `No facts for park "${str(p, 'slug')}"; it may have been removed`,
  'park-inadmissible': (p) => `${str(p, 'name')} cannot admit it: ${list(p, 'limits')}`,
  'no-admissible-park': () =>
    'No park asked can admit this project, so it stays in tier C; answer politely and refer it',
  'soft-miss-cap': (p) =>
    `${str(p, 'name')} could admit it only if ${list(p, 'limits')} is negotiated: tier B at most`,
  'chain-target': (p) => `${str(p, 'industry')} is one of the park's target chains`,
  'chain-excluded': (p) => `The park does not admit the ${str(p, 'industry')} industry`,
  'chain-other': (p) =>
    `${str(p, 'industry')} is not among the park's target chains (${str(p, 'targets')})`,
  'intensity-met': (p) =>
    `Investment intensity ${num(p['intensity'])} (10k CNY/mu) meets the park's threshold of ${num(p['threshold'])}`,
  'intensity-near': (p) =>
    `Investment intensity ${num(p['intensity'])} (10k CNY/mu) is just below the park's threshold of ${num(p['threshold'])}`,
  'intensity-below': (p) =>
    `Investment intensity ${num(p['intensity'])} (10k CNY/mu) is below the park's threshold of ${num(p['threshold'])}`,
  'land-ok': (p) => `${num(p['landMu'])} mu fits the ${num(p['availableMu'])} mu available`,
  'land-near': (p) =>
    `Needs ${num(p['landMu'])} mu; the park has ${num(p['availableMu'])} mu available, slightly less`,
  'land-short': (p) =>
    `Needs ${num(p['landMu'])} mu; the park has only ${num(p['availableMu'])} mu available`,
  'plot-too-small': (p) =>
    `Needs ${num(p['landMu'])} mu in one plot; the park's largest plot is ${num(p['largestPlotMu'])} mu`,
  'floor-ok': (p) =>
    `${num(p['floorM2'])} m² fits the park's ${num(p['standardFactoryM2'])} m² of standard factories`,
  'floor-short': (p) =>
    `Needs ${num(p['floorM2'])} m² of factory space; the park has ${num(p['standardFactoryM2'])} m² of standard factories`,
  'power-ok': (p) =>
    `${num(p['powerMw'])} MW is within the park's ${num(p['spareMw'])} MW spare capacity`,
  'power-near': (p) =>
    `Needs ${num(p['powerMw'])} MW; the park can connect ${num(p['spareMw'])} MW more, slightly less`,
  'power-short': (p) =>
    `Needs ${num(p['powerMw'])} MW; the park can connect only ${num(p['spareMw'])} MW more`,
  'process-excluded': (p) =>
    p['quote'] === undefined
      ? `${str(p, 'en')} would run on site, which the park does not allow`
      : `"${str(p, 'quote')}" means ${str(p, 'en').toLowerCase()} on site, which the park does not allow`,
  'processes-in-reach': (p) =>
    `Suppliers within reach offer all ${num(p['count'])} needed processes`,
  'processes-missing': (p) => `No supplier within reach offers ${str(p, 'processes')}`,
  'spam-honeypot': () => 'The hidden field only bots see was filled in; kept and marked as spam',
  'spam-too-fast': (p) =>
    `Sent ${num(p['seconds'])} s after the form was shown, faster than a person can type`,
  'spam-cross-site': () => 'Posted from another website, not from the park showcase form',
  'spam-cap': (p) => `Spam signals cap the score at ${num(p['max'])}`,
};

function details(p: ReasonParams): string {
  const missing = list(p, 'missing');
  return `${num(p['given'])} of ${num(p['total'])} project details given${missing ? `; missing: ${missing}` : ''}`;
}
