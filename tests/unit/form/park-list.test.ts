import { describe, expect, it } from 'vitest';
import { en } from '../../../src/forms/messages/en';
import {
  chainStarts,
  orderParks,
  pageOfParks,
  parsePage,
  type ListPark,
} from '../../../src/forms/park-list';
import { renderParkList } from '../../../src/forms/render-park-list';
import { where } from './html-tags';

const park = (slug: string, name: string, chainId: string, chainLabel: string): ListPark => ({
  slug,
  name,
  place: 'Xiangtan, Hunan',
  responseHours: 24,
  chainId,
  chainLabel,
});

const parks = [
  park('m2', 'Zeta Materials Park', 'new-materials', 'New materials'),
  park('a1', 'Beta Auto Zone', 'auto-parts', 'Auto parts'),
  park('m1', 'Alpha Materials Park', 'new-materials', 'New materials'),
  park('a2', 'Alpha Auto Zone', 'auto-parts', 'Auto parts'),
  park('e1', 'Electro <Park>', 'electronics', 'Electronics'),
];

describe('park list order and pages', () => {
  const ordered = orderParks(parks, 'en');

  it('orders by chain label, then by name', () => {
    expect(ordered.map((p) => p.slug)).toEqual(['a2', 'a1', 'e1', 'm1', 'm2']);
  });

  it('orders Chinese names in pinyin order', () => {
    const zh = orderParks(
      [park('x', '新材料园', 'c', '链'), park('q', '汽车园', 'c', '链')],
      'zh-CN',
    );
    expect(zh.map((p) => p.slug)).toEqual(['q', 'x']);
  });

  it('cuts pages, groups by chain and marks a chain continued from the page before', () => {
    const page2 = pageOfParks(ordered, 2, 2);
    expect(page2).toMatchObject({ page: 2, pages: 3, total: 5 });
    expect(page2.groups.map((g) => [g.chainId, g.continued, g.parks.length])).toEqual([
      ['electronics', false, 1],
      ['new-materials', false, 1],
    ]);
    const page3 = pageOfParks(ordered, 3, 2);
    expect(page3.groups).toEqual([
      expect.objectContaining({ chainId: 'new-materials', continued: true }),
    ]);
  });

  it('clamps the page and reads page numbers defensively', () => {
    expect(pageOfParks(ordered, 99, 2).page).toBe(3);
    expect(pageOfParks([], 1).pages).toBe(1);
    expect(parsePage('3')).toBe(3);
    for (const bad of [null, '', '0', '-2', 'x', '1e3', '99999999']) expect(parsePage(bad)).toBe(1);
  });

  it('knows where each chain starts', () => {
    expect(chainStarts(ordered, 2)).toEqual([
      { chainId: 'auto-parts', label: 'Auto parts', page: 1, count: 2 },
      { chainId: 'electronics', label: 'Electronics', page: 2, count: 1 },
      { chainId: 'new-materials', label: 'New materials', page: 2, count: 2 },
    ]);
  });
});

describe('renderParkList', () => {
  const ordered = orderParks(parks, 'en');
  const view = (chosen: string[], max = 10) => ({
    page: pageOfParks(ordered, 1, 24),
    chains: chainStarts(ordered, 24),
    chosen: ordered.filter((p) => chosen.includes(p.slug)),
    max,
    words: en.parkList,
    picker: en.picker,
  });

  it('links every park not yet chosen back to the form with all chosen parks', () => {
    const html = renderParkList(view(['e1']));
    const adds = where(html, (tag) => tag.attrs['data-add-park'] !== undefined);
    expect(adds.map((tag) => tag.attrs['data-add-park'])).toEqual(['a2', 'a1', 'm1', 'm2']);
    expect(adds[0]?.attrs.href).toBe('/en/inquire/chosen/?park=e1&park=a2');
    expect(html).toContain('Electro &lt;Park&gt;');
    expect(html).toContain('1 chosen, up to 10.');
    expect(html).toContain('href="/en/inquire/parks/?park=e1&amp;page=1#chain-electronics"');
  });

  it('offers no more "Add" links at the maximum, and says so', () => {
    const html = renderParkList(view(['a1', 'a2'], 2));
    expect(where(html, (tag) => tag.attrs['data-add-park'] !== undefined)).toHaveLength(0);
    expect(html).toContain('You have chosen 2 parks');
  });

  it('says that answers typed without JavaScript are not kept, and carries no personal data', () => {
    const html = renderParkList(view([]));
    expect(html).toContain(en.parkList.noScript);
    expect(html).not.toMatch(/company|email|contact/i);
  });
});
