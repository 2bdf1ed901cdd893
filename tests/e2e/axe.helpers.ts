/**
 * The one axe-core check every browser spec runs: WCAG 2.0/2.1 A and AA plus the WCAG 2.2
 * AA rules, reporting each violation with its rule, help text and the elements it found.
 *
 * Two settings make it fast without changing what it checks (the same rules, the same
 * verdicts; measured on the Xiangjiang profile, one worker, quiet machine):
 * - `setLegacyMode()`: `axe.run` inside the page instead of `runPartial` per frame plus
 *   `finishRun` in a new blank page, which cost ~1–4 s per call. The only thing legacy
 *   mode gives up is testing cross-origin iframes, and the site has none.
 * - `resultTypes: ['violations']`: axe does not collect every passing element's details.
 * Together: 9.2 s → 1.3 s per profile.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** One line per violation: rule, impact, help, then each offending element and why. */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(WCAG_TAGS)
    .options({ resultTypes: ['violations'] })
    .setLegacyMode()
    .analyze();
  return results.violations.map(
    (v) =>
      `${v.id} (${v.impact ?? 'n/a'}): ${v.help}\n` +
      v.nodes.map((n) => `    ${n.target.join(' ')}: ${n.failureSummary ?? ''}`).join('\n'),
  );
}
