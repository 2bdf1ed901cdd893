/*
 * Sveltia CMS fetches a few things from unpkg.com. This site loads nothing from a CDN and the
 * /admin/ CSP allows no such origin, so before the CMS starts this script answers them here:
 * - interface strings for languages other than English
 *   (https://unpkg.com/@sveltia/cms@<version>/locales/<lang>.json) come from /admin/locales/,
 *   which scripts/cms/vendor.ts copies from the same npm package at build time;
 * - the check for a newer release (https://unpkg.com/@sveltia/cms/package.json) gets a 404:
 *   the CMS version is the one in package-lock.json and is updated with npm.
 * Every other request passes through unchanged.
 */
(() => {
  const cdnLocale = /^https:\/\/unpkg\.com\/@sveltia\/cms@[^/]+\/locales\/([A-Za-z-]+\.json)$/;
  const updateCheck = 'https://unpkg.com/@sveltia/cms/package.json';
  const fetchFromNetwork = window.fetch.bind(window);
  window.fetch = (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (url === updateCheck)
      return Promise.resolve(new Response('updated with npm, not from a CDN', { status: 404 }));
    const match = cdnLocale.exec(url);
    return fetchFromNetwork(match ? `/admin/locales/${match[1]}` : input, init);
  };
})();
