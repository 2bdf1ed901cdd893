/**
 * Thanks page enhancement: shows the inquiry's reference from `?ref=` and lists the
 * parks that were asked (`?parks=a,b`) with their committed response times, read from
 * each park's published record (/data/parks/<slug>.json). The page itself lists no parks,
 * so it stays small at any number of parks; without JavaScript it says where each park's
 * time is published.
 */
// Two one-liners instead of ./html and ./localize: importing those would split them into
// a chunk shared with the inquiry form's script and cost that page bytes of its budget.
const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
};
const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (char) => ESCAPES[char] ?? char);

const REF_PATTERN = /^[A-Za-z0-9_-]{1,80}$/;
const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** The form takes at most this many parks; a longer list in the address is not ours. */
const MAX_PARKS = 10;

const params = new URLSearchParams(location.search);
const ref = params.get('ref') ?? '';
const refBox = document.getElementById('inquiry-ref');
const refValue = document.getElementById('inquiry-ref-value');
if (refBox && refValue && REF_PATTERN.test(ref)) {
  // textContent, never innerHTML: the reference comes from the address bar.
  refValue.textContent = ref;
  refBox.hidden = false;
}

interface Row {
  slug: string;
  name: string;
  hours: number;
}

/** A park's name in the page's language and its committed hours; undefined when unknown. */
async function row(slug: string, english: boolean): Promise<Row | undefined> {
  const response = await fetch(`/data/parks/${slug}.json`).catch(() => undefined);
  if (!response?.ok) return undefined;
  const { profile } = (await response.json()) as {
    profile: { name: { zh?: string; en?: string }; service: { inquiryResponseHours: number } };
  };
  const name = (english ? profile.name.en : profile.name.zh) ?? profile.name.zh ?? profile.name.en;
  return name ? { slug, name, hours: profile.service.inquiryResponseHours } : undefined;
}

async function listAsked(list: HTMLElement): Promise<void> {
  const slugs = [...new Set((params.get('parks') ?? '').split(','))]
    .filter((slug) => SLUG_PATTERN.test(slug))
    .slice(0, MAX_PARKS);
  const english = document.documentElement.lang === 'en';
  const rows = (await Promise.all(slugs.map((slug) => row(slug, english)))).filter(
    (item): item is Row => item !== undefined,
  );
  if (rows.length === 0) return;
  const { within = '', parkPath = '/parks/' } = list.dataset;
  list.innerHTML = rows
    .map(
      (park) =>
        `<li class="flex flex-wrap justify-between gap-x-4 py-2" data-response-park="${park.slug}">` +
        `<a class="text-brand-700 underline" href="${parkPath}${park.slug}/">${escapeHtml(park.name)}</a>` +
        `<span class="tabular">${escapeHtml(within.replace('{hours}', String(park.hours)))}</span></li>`,
    )
    .join('');
  list.hidden = false;
  document.getElementById('response-times-general')?.setAttribute('hidden', '');
  // The page carries the heading in its own language; this script holds no words.
  const heading = document.getElementById('response-times-heading');
  if (heading?.dataset.askedHeading) heading.textContent = heading.dataset.askedHeading;
}

const list = document.getElementById('response-times');
if (list) void listAsked(list);
