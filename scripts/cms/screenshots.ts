/**
 * Takes the screenshots in docs/EDITING.md (docs/images/editing/*.png) from a running site:
 *   npm run build && PORT=4451 tsx scripts/serve.ts &   then   tsx scripts/cms/screenshots.ts http://127.0.0.1:4451
 * Chromium (CHROMIUM_PATH, default /usr/bin/chromium) with a Chinese interface at 1280×860;
 * the local repository is a copy of content/ in the browser (tests/e2e/cms.helpers.ts), so
 * nothing in the working tree changes. Needs a CJK font (Debian: fonts-noto-cjk).
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Locator, type Page } from '@playwright/test';
import { useLocalRepository } from '../../tests/e2e/cms.helpers';

const origin = process.argv[2] ?? 'http://127.0.0.1:4451';
const outDir = resolve('docs/images/editing');

/** Scrolls the editor pane until the field group labelled `label` exists, then shows it at the top. */
async function reveal(page: Page, label: string): Promise<Locator> {
  const editor = page.getByRole('group', { name: /^编辑/ }).first();
  const group = editor.getByRole('group', { name: `「\u2068${label}\u2069」字段` }).first();
  for (let i = 0; i < 40 && (await group.count()) === 0; i += 1) {
    await editor.evaluate((pane) => {
      const scroller = [pane, ...pane.querySelectorAll('*')].find(
        (el) =>
          el.scrollHeight > el.clientHeight + 10 && getComputedStyle(el).overflowY !== 'visible',
      );
      scroller?.scrollBy(0, 500);
    });
    await page.waitForTimeout(200);
  }
  await group.evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await page.waitForTimeout(500);
  return group;
}

const shot = (page: Page, name: string) =>
  page.screenshot({ path: resolve(outDir, `${name}.png`) });

async function main() {
  mkdirSync(outDir, { recursive: true });
  const browser = await chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu'],
  });
  const page = await browser.newPage({ locale: 'zh-CN', viewport: { width: 1280, height: 860 } });
  page.setDefaultTimeout(120_000);
  await useLocalRepository(page);
  await page.route('https://www.githubstatus.com/api/v2/status.json', (route) =>
    route.fulfill({ json: { status: { indicator: 'none' } } }),
  );
  await page.goto(`${origin}/admin/`);
  const local = page.getByRole('button', { name: '使用本地仓库' });
  await local.waitFor();
  await page.waitForTimeout(1000);
  await shot(page, '01-sign-in');
  await local.click();

  const tree = page.getByRole('tree', { name: '集合列表' });
  await tree.getByRole('treeitem', { name: '园区 Parks' }).click();
  await page.waitForTimeout(1000);
  await shot(page, '02-collections');

  // Updating a figure and its source: the land block of a park.
  await page.getByText('岷江新能源产业园 · Minjiang New Energy Industrial Park').click();
  const land = await reveal(page, '土地与厂房');
  await land
    .getByRole('group', { name: '「\u2068可出让工业用地\u2069」字段' })
    .getByRole('spinbutton')
    .fill('5300');
  await page.waitForTimeout(500);
  await shot(page, '03-park-figure');
  await reveal(page, '数据来源');
  await shot(page, '04-park-source');

  // A supplier found in a field survey: a new entry.
  await page.getByRole('button', { name: '取消编辑' }).click();
  const leave = page.getByRole('button', { name: /放弃|丢弃|离开/ });
  if (await leave.count()) await leave.first().click();
  await tree.getByRole('treeitem', { name: '配套企业 Suppliers' }).click();
  await page.getByRole('button', { name: '创建新条目' }).click();
  await page.getByRole('group', { name: /^编辑/ }).first().waitFor();
  await page.waitForTimeout(1500);
  await shot(page, '05-new-supplier');
  await reveal(page, '对外提供的工艺');
  await shot(page, '06-supplier-processes');

  // A landed case.
  await page.getByRole('button', { name: '取消编辑' }).click();
  if (await leave.count()) await leave.first().click();
  await tree.getByRole('treeitem', { name: '落地案例 Cases' }).click();
  await page.getByRole('button', { name: '创建新条目' }).click();
  await page.getByRole('group', { name: /^编辑/ }).first().waitFor();
  await page.waitForTimeout(1500);
  await reveal(page, '落地园区');
  await shot(page, '07-new-case');
  await browser.close();
}

try {
  await main();
} catch (error) {
  console.error(error);
  process.exitCode = 1;
}
