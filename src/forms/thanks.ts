/**
 * Thanks page enhancement: shows the inquiry's reference from `?ref=` and marks the
 * parks that were asked (`?parks=a,b`). Without JavaScript the page shows a generic
 * confirmation and every park's committed response time.
 */
const REF_PATTERN = /^[A-Za-z0-9_-]{1,80}$/;

const params = new URLSearchParams(location.search);
const ref = params.get('ref') ?? '';
const refBox = document.getElementById('inquiry-ref');
const refValue = document.getElementById('inquiry-ref-value');
if (refBox && refValue && REF_PATTERN.test(ref)) {
  // textContent, never innerHTML: the reference comes from the address bar.
  refValue.textContent = ref;
  refBox.hidden = false;
}

const asked = new Set((params.get('parks') ?? '').split(',').filter(Boolean));
const rows = [...document.querySelectorAll<HTMLElement>('[data-response-park]')];
if (rows.some((row) => asked.has(row.dataset.responsePark ?? ''))) {
  for (const row of rows) row.hidden = !asked.has(row.dataset.responsePark ?? '');
  // The page carries the heading in its own language; this script holds no words.
  const heading = document.getElementById('response-times-heading');
  if (heading?.dataset.askedHeading) heading.textContent = heading.dataset.askedHeading;
}
