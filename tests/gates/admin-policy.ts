/**
 * The staff CMS at /admin/ has its own CSP (netlify.toml). This says how it may differ from
 * the site's: only by the sources listed in ADMIN_CSP_ALLOWANCES, all of them things Sveltia
 * CMS needs, and never in script-src. Pure: two policies in, the extra sources out.
 */
import { effectiveSources, parseCsp } from './header-policy';

/** Directives whose sources say what a page may load or run. */
const FETCH_DIRECTIVES = [
  'default-src',
  'script-src',
  'script-src-elem',
  'script-src-attr',
  'style-src',
  'style-src-elem',
  'style-src-attr',
  'img-src',
  'font-src',
  'connect-src',
  'media-src',
  'object-src',
  'frame-src',
  'child-src',
  'worker-src',
  'manifest-src',
  'form-action',
  'base-uri',
  'frame-ancestors',
] as const;

/** What /admin/ may allow beyond the site policy, and why. */
export const ADMIN_CSP_ALLOWANCES: Readonly<Record<string, string>> = {
  "style-src 'unsafe-inline'": 'Svelte injects the CMS styles as <style> elements at run time',
  'img-src blob:': 'previews of images and files picked in the CMS',
  'img-src https://avatars.githubusercontent.com': 'the signed-in GitHub user’s avatar',
  'connect-src data:': 'the CMS reads data: URLs with fetch (its built-in logo)',
  'connect-src https://api.github.com': 'the GitHub backend reads and commits content',
  'connect-src https://www.githubstatus.com': 'the CMS warns when GitHub has an incident',
};

/** `directive source` for every source the admin policy allows and the site policy does not. */
export function cspWidening(sitePolicy: string, adminPolicy: string): string[] {
  const site = parseCsp(sitePolicy);
  const admin = parseCsp(adminPolicy);
  // CSP Level 3 fallbacks: -elem/-attr to their parent, fetch directives to default-src;
  // frame-ancestors, form-action and base-uri do not fall back.
  const fallback = (csp: Map<string, string[]>, directive: string) => {
    if (['frame-ancestors', 'form-action', 'base-uri'].includes(directive))
      return csp.get(directive);
    const parent = directive.replace(/-(elem|attr)$/, '');
    return csp.get(directive) ?? csp.get(parent) ?? effectiveSources(csp, parent);
  };
  const extra: string[] = [];
  for (const directive of FETCH_DIRECTIVES) {
    const allowed = new Set((fallback(site, directive) ?? ['*']).map((s) => s.toLowerCase()));
    for (const source of fallback(admin, directive) ?? ['*'])
      if (!allowed.has(source.toLowerCase())) extra.push(`${directive} ${source}`);
  }
  return extra;
}
