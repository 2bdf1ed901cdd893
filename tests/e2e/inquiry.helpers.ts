/**
 * Shared steps for the inquiry browser tests: filling a valid inquiry and reading the
 * stored leads through the staff CLI (`npm run leads -- list --json`) of the e2e
 * server's data folder.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { Page } from '@playwright/test';
import { en } from '../../src/forms/messages/en';
import type { FormMessages } from '../../src/forms/messages/types';

const run = promisify(execFile);

export const PARK = 'xiangjiang-auto-parts-zone';

/**
 * Opens a form page (`/en/inquire/?park=…` with JavaScript, `/en/inquire/chosen/?park=…`
 * without) and, with JavaScript, waits until the picker has named the linked parks from
 * the open data, so later steps do not race its re-rendering of the chosen list.
 */
export async function openForm(page: Page, path: string): Promise<void> {
  await page.goto(path);
  const slugs = new URL(path, 'http://localhost').searchParams.getAll('park');
  for (const slug of slugs)
    await page.locator(`input[name="parks"][value="${slug}"][data-response-hours]`).waitFor();
}
export const VALID_USCC = '91110000101623741K';

/** A company name no other test run uses, so leads can be told apart in a shared store. */
export function uniqueCompany(label: string): string {
  return `E2E ${label} Components Co ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}

/**
 * Fills every field a person would for a genuine auto-parts project, by the labels people
 * see in the form's language (`words`: the English or Chinese message table).
 */
export async function fillValidInquiry(
  page: Page,
  company: string,
  words: FormMessages = en,
  { parkChosen = false } = {},
): Promise<void> {
  const field = (name: keyof FormMessages['fields']) => page.getByLabel(words.fields[name].label);
  // Unless the test chose its parks itself, tick the sample park (the page must show it).
  if (!parkChosen) await page.locator(`input[name="parks"][value="${PARK}"]`).check();
  await field('company').fill(company);
  await field('country').selectOption('CN');
  await field('uscc').fill(VALID_USCC);
  await field('contactName').fill('Liang Wenjie');
  await field('role').fill(words.locale === 'en' ? 'General Manager' : '总经理');
  await field('email').fill('liang.wenjie@hengtai-auto.example.cn');
  await field('phone').fill('+86 731 5555 0199');
  await field('industry').selectOption('auto-parts');
  await field('projectType').selectOption('new-plant');
  await field('products').fill('Stamped body-in-white brackets');
  await field('investmentCny').fill('300000000');
  await field('landMu').fill('80');
  await field('powerKw').fill('2500');
  await field('jobs').fill('220');
  await field('timeline').selectOption('6-12m');
  await page.getByLabel(words.options.needs.suppliers, { exact: true }).check();
  await page.locator('input[name="processesNeeded"][value="mold-stamping"]').check();
  await field('message').fill(
    'Which stamping suppliers within 10 km could take 400-tonne press work?',
  );
  await page.locator('#field-consent').check();
}

/**
 * A person spends minutes on this form; a test spends a second, which the time trap
 * would rightly call too fast. Move the recorded start back so the lead is judged on
 * its content.
 */
export async function startedMinutesAgo(page: Page): Promise<void> {
  await page.locator('input[name="startedAt"]').evaluate((input: HTMLInputElement) => {
    input.value = String(Date.now() - 5 * 60_000);
  });
}

export interface ListedLead {
  id: string;
  /** The inquirer's language, as the function negotiated it. */
  locale: string;
  inquiry: { company: string; parks: string[] };
  qualification: { tier: string; score: number; reasons: { rule: string; message: string }[] };
}

/** Leads as staff see them, newest first, from the e2e server's store. */
export async function listLeads(): Promise<ListedLead[]> {
  const { stdout } = await run('npm', ['run', '--silent', 'leads', '--', 'list', '--json'], {
    // The store of the server under test: playwright.large.config.ts names its own.
    env: { ...process.env, LEADS_DATA_DIR: process.env['E2E_LEADS_DATA_DIR'] ?? '.data/e2e' },
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(stdout) as ListedLead[];
}

/** The leads stored for one company name. */
export async function leadsFor(company: string): Promise<ListedLead[]> {
  return (await listLeads()).filter((lead) => lead.inquiry.company === company);
}
