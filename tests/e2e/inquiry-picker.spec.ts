/**
 * The inquiry form's park picker at any number of parks (issue 13): the form never lists
 * every park; the linked park is preselected (both languages); a second park is added by
 * search (JavaScript, Pagefind) and another from the paginated, chain-grouped list
 * (JavaScript off); the inquiry is sent and reaches the thanks page and staff with all
 * three parks. Parks come from the served /data/parks.json (or PICKER_PARKS="a,b,c"), so
 * the same test runs on the sample build and on a synthetic N = 1,000 build.
 */
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { en } from '../../src/forms/messages/en';
import { zhCN } from '../../src/forms/messages/zh-CN';
import {
  fillValidInquiry,
  leadsFor,
  openForm,
  startedMinutesAgo,
  uniqueCompany,
} from './inquiry.helpers';

// Pagefind, the picker function and the staff CLI share two busy cores.
test.describe.configure({ timeout: 180_000 });

interface ParkRecord {
  slug: string;
  name: { zh?: string; en?: string };
}

/** The sample's park when it is there, else the first listed. */
const SAMPLE_PARK = 'xiangjiang-auto-parts-zone';

/** Three different parks: preselected, found by search, added from the list. */
async function threeParks(request: APIRequestContext): Promise<ParkRecord[]> {
  const response = await request.get('/data/parks.json');
  expect(response.ok()).toBe(true);
  const { parks } = (await response.json()) as { parks: ParkRecord[] };
  const bySlug = new Map(parks.map((park) => [park.slug, park]));
  const wanted = process.env['PICKER_PARKS']?.split(',').filter(Boolean);
  if (wanted) return wanted.map((slug) => bySlug.get(slug) ?? { slug, name: {} });
  const first = bySlug.get(SAMPLE_PARK) ?? parks[0]!;
  const others = parks.filter((park) => park.slug !== first.slug);
  // The list park is the last one listed, so on a large build it lies on a later page.
  return [first, others[0]!, others.at(-1)!];
}

/** The page's JavaScript budget counts only what it loads; it must not list every park. */
async function expectNoParkList(page: Page, chosen: number): Promise<void> {
  await expect(page.locator('input[name="parks"]')).toHaveCount(chosen);
}

for (const [form, words, lang] of [
  ['/inquire/', zhCN, 'zh'],
  ['/en/inquire/', en, 'en'],
] as const) {
  test(`${form}?park= preselects the park by its name in this language`, async ({
    page,
    request,
  }) => {
    const [park] = await threeParks(request);
    await openForm(page, `${form}?park=${park!.slug}`);
    const box = page.locator(`input[name="parks"][value="${park!.slug}"]`);
    await expect(box).toBeChecked();
    await expect(page.locator(`label[for="${await box.getAttribute('id')}"]`)).toContainText(
      park!.name[lang] ?? park!.name.zh ?? '',
    );
    await expectNoParkList(page, 1);
    await expect(page.locator('#inquiry-response-times li')).toHaveCount(1);
    await expect(page.locator('[data-park-list-link]')).toHaveAttribute(
      'href',
      `${words.picker.listPath}?park=${park!.slug}`,
    );
  });

  test(`${form}?park= with an unknown park says so and keeps the known one`, async ({
    page,
    request,
  }) => {
    const [park] = await threeParks(request);
    await page.goto(`${form}?park=${park!.slug}&park=no-such-park`);
    await expect(page.locator('#park-notes')).toContainText('no-such-park');
    await expect(page.locator(`input[name="parks"][value="${park!.slug}"]`)).toBeChecked();
    await expectNoParkList(page, 1);
  });
}

test('a park added by search (JavaScript), another from the list (no JavaScript); the inquiry reaches staff with all three', async ({
  page,
  browser,
  request,
}) => {
  const [first, searched, listed] = await threeParks(request);
  await openForm(page, `/en/inquire/?park=${first!.slug}`);

  // Search: the box appears with the script; Pagefind loads when it gets focus.
  const search = page.getByRole('combobox', { name: en.picker.searchLabel });
  await expect(search).toBeVisible();
  const pagefind = page.waitForRequest('**/pagefind/pagefind.js');
  await search.focus();
  await pagefind;
  await search.fill(searched!.name.en ?? searched!.name.zh ?? searched!.slug);
  const option = page.locator(
    `#park-search-results [role="option"][data-slug="${searched!.slug}"]`,
  );
  await expect(option).toBeVisible({ timeout: 30_000 });
  await expect(search).toHaveAttribute('aria-expanded', 'true');
  await expect(page.locator('#park-search-status')).toContainText(/found/);
  // Keyboard only: arrow down to the park, Enter adds it (and does not send the form).
  const index = await option.evaluate((node) => [...node.parentElement!.children].indexOf(node));
  for (let step = 0; step <= index; step += 1) await search.press('ArrowDown');
  await expect(option).toHaveAttribute('aria-selected', 'true');
  await expect(search).toHaveAttribute('aria-activedescendant', (await option.getAttribute('id'))!);
  await search.press('Enter');
  await expect(page.locator(`input[name="parks"][value="${searched!.slug}"]`)).toBeChecked();
  await expect(search).toHaveAttribute('aria-expanded', 'false');
  await expect(page.locator('#park-search-status')).toContainText('Added');
  await expect(page).toHaveURL(/\/en\/inquire\//);
  await expectNoParkList(page, 2);
  const listLink = page.locator('[data-park-list-link]');
  await expect(listLink).toHaveAttribute(
    'href',
    `/en/inquire/parks/?park=${first!.slug}&park=${searched!.slug}`,
  );
  const listHref = (await listLink.getAttribute('href'))!;

  // The list, with JavaScript off: each page carries the chosen parks in every link.
  const noScript = await browser.newContext({ javaScriptEnabled: false });
  const plain = await noScript.newPage();
  await plain.goto(listHref);
  await expect(plain.getByRole('heading', { level: 1 })).toHaveText(en.parkList.heading);
  await expect(plain.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
  await expect(plain.getByText('2 chosen, up to 10.')).toBeVisible();
  const add = plain.locator(`[data-add-park="${listed!.slug}"]`);
  for (let pages = 0; (await add.count()) === 0; pages += 1) {
    expect(pages, `${listed!.slug} is on no list page`).toBeLessThan(500);
    await plain.getByRole('link', { name: en.parkList.pager.next }).click();
    // Every page keeps the chosen parks, and never offers them again.
    await expect(plain).toHaveURL(new RegExp(`park=${searched!.slug}`));
  }
  await expect(plain.locator(`[data-add-park="${searched!.slug}"]`)).toHaveCount(0);
  await add.click();
  await expect(plain).toHaveURL(
    new RegExp(
      `/en/inquire/chosen/\\?park=${first!.slug}&park=${searched!.slug}&park=${listed!.slug}$`,
    ),
  );
  for (const park of [first, searched, listed])
    await expect(plain.locator(`input[name="parks"][value="${park!.slug}"]`)).toBeChecked();
  await expectNoParkList(plain, 3);

  // The form the function rendered takes the rest of the inquiry and sends it without JavaScript.
  const company = uniqueCompany('picker');
  await fillValidInquiry(plain, company, en, { parkChosen: true });
  const redirect = plain.waitForResponse('**/api/inquiry');
  await plain.getByRole('button', { name: en.submit }).click();
  expect((await redirect).status()).toBe(303);
  await expect(plain).toHaveURL(/\/en\/inquire\/thanks\/\?ref=ld_[0-9a-f]+$/);
  await noScript.close();
  const leads = await leadsFor(company);
  expect(leads).toHaveLength(1);
  expect([...(leads[0]?.inquiry.parks ?? [])].sort()).toEqual(
    [first!.slug, searched!.slug, listed!.slug].sort(),
  );

  // With JavaScript, the same three parks go out as JSON and the thanks page names them.
  const jsCompany = uniqueCompany('picker-js');
  await fillValidInquiry(page, jsCompany, en, { parkChosen: true });
  await startedMinutesAgo(page);
  await page.getByRole('button', { name: en.submit }).click();
  await expect(page).toHaveURL(/\/en\/inquire\/thanks\/\?ref=ld_/);
  await expect(page.locator(`[data-response-park="${searched!.slug}"]`)).toBeVisible();
  expect((await leadsFor(jsCompany))[0]?.inquiry.parks.sort()).toEqual(
    [first!.slug, searched!.slug].sort(),
  );
});
