/**
 * The staff CMS at /admin/ (Sveltia CMS), as an officer uses it on localhost with a local
 * repository: the generated configuration loads without errors or warnings under the
 * /admin/ CSP, every collection of public/admin/config.yml is listed, a park opens with
 * its fields labelled in Chinese, and saving a changed figure writes a file the build's
 * own schema accepts while the English body file keeps no frontmatter.
 * The folder dialog is simulated; cms.helpers.ts says exactly how and why.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { expect, test, type ConsoleMessage } from '@playwright/test';
import { parse } from 'yaml';
import { parkSchema } from '../../src/schemas/parks';
import { readRepositoryFile, useLocalRepository } from './cms.helpers';

interface ConfigCollection {
  name: string;
  label: string;
  folder: string;
  extension: string;
}
const config = parse(readFileSync('public/admin/config.yml', 'utf8')) as {
  collections: ConfigCollection[];
};
const slug = 'minjiang-new-energy-park';
const frontmatter = (text: string) => /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1];

test.use({ locale: 'zh-CN', viewport: { width: 1280, height: 900 } });

test('an officer opens /admin/, sees every collection and edits a park in Chinese', async ({
  page,
}) => {
  // Loading 2 MB of CMS and 140 content files is slow on a busy machine.
  test.setTimeout(300_000);
  const problems: string[] = [];
  const watch = (message: ConsoleMessage) => {
    if (message.type() === 'error' || message.type() === 'warning')
      problems.push(`${message.type()}: ${message.text()}`);
  };
  page.on('console', watch);
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()} ${response.url()}`);
  });
  await useLocalRepository(page);
  // The CMS asks GitHub's status page whether GitHub is down (it does so even for a local
  // repository). The test machine has no internet, so that one request is answered here
  // with "no incident" instead of failing DNS.
  await page.route('https://www.githubstatus.com/api/v2/status.json', (route) =>
    route.fulfill({ json: { status: { indicator: 'none' } } }),
  );

  const response = await page.goto('/admin/');
  expect(response?.headers()['x-robots-tag']).toContain('noindex');
  await expect(page.locator('meta[name="robots"]').first()).toHaveAttribute('content', /noindex/);
  // The Chinese interface of the CMS itself (strings served from /admin/locales/).
  await page.getByRole('button', { name: '使用本地仓库' }).click({ timeout: 90_000 });

  const tree = page.getByRole('tree', { name: '集合列表' });
  await expect(tree).toBeVisible({ timeout: 60_000 });
  await expect(tree.getByRole('treeitem')).toHaveCount(config.collections.length);
  for (const { label, folder, extension } of config.collections) {
    // Each collection with as many entries as it has files (English bodies pair up).
    const files = readdirSync(folder).filter(
      (f) => f.endsWith(`.${extension}`) && !f.endsWith(`.en.${extension}`),
    );
    const item = tree.getByRole('treeitem', { name: label, exact: true });
    await expect(item).toBeVisible();
    await expect(item).toContainText(String(files.length));
  }

  await tree.getByRole('treeitem', { name: '园区 Parks' }).click();
  await page.getByText('岷江新能源产业园 · Minjiang New Energy Industrial Park').click();
  // Sveltia wraps names in its accessible labels with Unicode isolates (U+2068, U+2069).
  const editor = page.getByRole('group', { name: /^编辑 \u2068中文（中国）\u2069 内容$/ });
  await expect(editor.getByRole('textbox', { name: '网址标识' })).toHaveValue(slug);
  // The editor renders fields as they scroll into view, so scroll until each label is there.
  const field = (label: string) =>
    editor.getByRole('group', { name: `「\u2068${label}\u2069」字段` });
  const reveal = async (label: string) => {
    const group = field(label).first();
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
    await group.scrollIntoViewIfNeeded();
    await expect(group).toBeVisible();
    return group;
  };
  for (const label of [
    '园区名称',
    '园区级别',
    '主导产业链',
    '准入门槛',
    '最低投资强度',
    '可出让工业用地',
    '工业电价',
    '数据日期',
    '联系人',
    '园区自述',
  ])
    await reveal(label);

  // Update a figure, as docs/EDITING.md shows, and save to the local repository.
  const land = await reveal('可出让工业用地');
  await expect(land).toContainText('亩 · mu');
  await land.getByRole('spinbutton').fill('5300');
  await page.getByRole('button', { name: '保存' }).click();
  await expect
    .poll(
      async () => frontmatter((await readRepositoryFile(page, `content/parks/${slug}.md`)) ?? ''),
      {
        timeout: 30_000,
      },
    )
    .toContain('availableMu: 5300');

  const saved = parse(
    frontmatter((await readRepositoryFile(page, `content/parks/${slug}.md`)) ?? '') ?? '',
  );
  const checked = parkSchema.safeParse(saved);
  expect(checked.error?.issues ?? []).toEqual([]);
  expect(checked.data?.land.availableMu).toBe(5300);
  expect(checked.data?.name.zh).toBe('岷江新能源产业园');
  // The English body stays body only: facts live once, in the Chinese file.
  const english = (await readRepositoryFile(page, `content/parks/${slug}.en.md`)) ?? '';
  expect(english.length).toBeGreaterThan(100);
  expect(Object.keys(parse(frontmatter(english) ?? '') ?? {})).toEqual([]);

  expect(problems).toEqual([]);
});
