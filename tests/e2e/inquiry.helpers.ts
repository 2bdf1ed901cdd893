/**
 * Shared steps for the inquiry browser tests: filling a valid inquiry and reading the
 * stored leads through the staff CLI (`npm run leads -- list --json`) of the e2e
 * server's data folder.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { Page } from '@playwright/test';

const run = promisify(execFile);

export const PARK = 'xiangjiang-auto-parts-zone';
export const VALID_USCC = '91110000101623741K';

/** A company name no other test run uses, so leads can be told apart in a shared store. */
export function uniqueCompany(label: string): string {
  return `E2E ${label} Components Co ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}

/** Fills every field a person would for a genuine auto-parts project, by label as people see them. */
export async function fillValidInquiry(page: Page, company: string): Promise<void> {
  await page.locator(`input[name="parks"][value="${PARK}"]`).check();
  await page.getByLabel('Company name').fill(company);
  await page.getByLabel('Country where the company is registered').selectOption('CN');
  await page.getByLabel('Unified Social Credit Code').fill(VALID_USCC);
  await page.getByLabel('Your name').fill('Liang Wenjie');
  await page.getByLabel('Your role').fill('General Manager');
  await page.getByLabel('Work email address').fill('liang.wenjie@hengtai-auto.example.cn');
  await page.getByLabel('Phone number').fill('+86 731 5555 0199');
  await page.getByLabel('Industry').selectOption('auto-parts');
  await page.getByLabel('Type of project').selectOption('new-plant');
  await page.getByLabel('Products').fill('Stamped body-in-white brackets');
  await page.getByLabel('Investment (CNY)').fill('300000000');
  await page.getByLabel('Land needed (mu)').fill('80');
  await page.getByLabel('Power needed (kW)').fill('2500');
  await page.getByLabel('Jobs').fill('220');
  await page.getByLabel('When do you want to start?').selectOption('6-12m');
  await page.getByLabel('Suppliers for processes we outsource').check();
  // The same process list appears twice: needed from suppliers, and run on site.
  await page
    .getByRole('group', { name: 'Processes you need from nearby suppliers' })
    .getByLabel('Mold stamping')
    .check();
  await page
    .getByLabel('Your question')
    .fill('Which stamping suppliers within 10 km could take 400-tonne press work?');
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
  inquiry: { company: string };
  qualification: { tier: string; score: number; reasons: { rule: string; message: string }[] };
}

/** Leads as staff see them, newest first, from the e2e server's store. */
export async function listLeads(): Promise<ListedLead[]> {
  const { stdout } = await run('npm', ['run', '--silent', 'leads', '--', 'list', '--json'], {
    env: { ...process.env, LEADS_DATA_DIR: '.data/e2e' },
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(stdout) as ListedLead[];
}

/** The leads stored for one company name. */
export async function leadsFor(company: string): Promise<ListedLead[]> {
  return (await listLeads()).filter((lead) => lead.inquiry.company === company);
}
