import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../../src/data/build';
import { searchLanguage, searchRecords, sectionLink } from '../../../src/data/search-records';
import { formatKm } from '../../../src/i18n/format';
import { checkSearchRecords } from '../../../scripts/lib/search-index';
import { NOW, fixtureInput } from './fixtures';

const catalog = () => buildCatalog(fixtureInput(), { now: NOW });
const typeOf = (r: { filters: { type: string[] } }) => r.filters.type[0];

describe('search records: the park picker contract', () => {
  it('gives every park exactly one park record per language, with slug and title in that language', () => {
    const cat = catalog();
    for (const locale of ['zh-CN', 'en'] as const) {
      const parks = searchRecords(cat, locale).filter((r) => typeOf(r) === 'park');
      expect(parks.map((r) => r.meta['slug']).sort()).toEqual(cat.parks.map((p) => p.slug).sort());
      for (const record of parks) expect(record.language).toBe(searchLanguage(locale));
    }
    const en = searchRecords(cat, 'en').find((r) => r.meta['slug'] === 'zeta-zone')!;
    expect(en.meta['title']).toBe('Zeta Zone');
    expect(en.url).toBe('/en/parks/zeta-zone/');
    const zh = searchRecords(cat, 'zh-CN').find((r) => r.meta['slug'] === 'zeta-zone')!;
    expect(zh.url).toBe('/parks/zeta-zone/');
  });

  it('uses the languages the pages declare in <html lang>, lower-cased as Pagefind names its indexes', () => {
    expect(searchLanguage('zh-CN')).toBe('zh-cn');
    expect(searchLanguage('en')).toBe('en');
  });

  it('passes the build check, which reports a park without its record', () => {
    const cat = catalog();
    const document = {
      parks: cat.parks.map((p) => p.slug),
      records: [...searchRecords(cat, 'zh-CN'), ...searchRecords(cat, 'en')],
    };
    expect(checkSearchRecords(document)).toEqual([]);
    const missing = {
      ...document,
      records: document.records.filter(
        (r) => !(typeOf(r) === 'park' && r.meta['slug'] === 'alpha-park' && r.language === 'en'),
      ),
    };
    expect(checkSearchRecords(missing)).toEqual([
      'park "alpha-park" has 0 park records in the en index (needs exactly 1)',
    ]);
  });
});

describe('search records: why a park matched', () => {
  it('makes each supplier within reach a record of the park with its name, processes and the distance the profile shows', () => {
    const cat = catalog();
    const park = cat.park('zeta-zone')!;
    const reach = park.suppliersWithinReach.find((e) => e.supplier.id === 'hengrui')!;
    const record = searchRecords(cat, 'en').find(
      (r) =>
        typeOf(r) === 'supplier' && r.meta['slug'] === 'zeta-zone' && r.meta['name'] === 'hengrui',
    )!;
    expect(record.meta).toMatchObject({
      title: 'Zeta Zone',
      processes: 'mold stamping|electrophoresis|injection molding',
      distance: formatKm(reach.distanceKm, 'en'),
    });
    expect(record.meta['distance']).toBe('5.0\u00a0km');
    expect(record.content).toContain('hengrui Co., Ltd.');
    // The supplier's one description on the profile, by id (names may repeat).
    expect(record.url).toBe(`/en/parks/zeta-zone/#sup-${reach.supplier.id}`);
  });

  it('lists only what is within reach: the far supplier is nobody’s record', () => {
    const records = searchRecords(catalog(), 'en');
    const suppliers = records.filter((r) => typeOf(r) === 'supplier').map((r) => r.meta['name']);
    expect(suppliers).not.toContain('too-far');
    expect(suppliers.length).toBe(
      catalog().parks.reduce((n, p) => n + p.suppliersWithinReach.length, 0),
    );
  });

  it('gives every record its own URL (Pagefind keeps one record per URL)', () => {
    for (const locale of ['zh-CN', 'en'] as const) {
      const urls = searchRecords(catalog(), locale).map((r) => r.url);
      expect(new Set(urls).size).toBe(urls.length);
    }
  });

  it('makes institutions records of the park, pointing at the talent or research section', () => {
    const cat = catalog();
    const records = searchRecords(cat, 'zh-CN').filter((r) => typeOf(r) === 'institution');
    const park = cat.park('zeta-zone')!;
    expect(records.filter((r) => r.meta['slug'] === 'zeta-zone')).toHaveLength(
      park.talent.institutions.length,
    );
    for (const record of records) {
      expect(record.url).toMatch(
        /^\/parks\/[a-z-]+\/#(lab-[a-z0-9-]+|school-[a-z0-9-]+|talent:~:text=.+)$/,
      );
      expect(record.meta['distance']).toMatch(/公里$/);
      expect(record.meta['kind']).toBeTruthy();
    }
  });

  it('makes one record per process, linking to its page', () => {
    const records = searchRecords(catalog(), 'en').filter((r) => typeOf(r) === 'process');
    expect(records.map((r) => r.meta['process']).sort()).toEqual(
      catalog()
        .processes.map((p) => p.id)
        .sort(),
    );
    const coating = records.find((r) => r.meta['process'] === 'electrophoresis')!;
    expect(coating.url).toBe('/en/processes/electrophoresis/');
    expect(coating.meta['parks']).toBe('Within reach of 1 park');
  });
});

describe('sectionLink', () => {
  it('encodes the name as a text fragment, escaping the characters text fragments reserve', () => {
    expect(sectionLink('/parks/a/', 'suppliers', '衡瑞精密冲压')).toBe(
      `/parks/a/#suppliers:~:text=${encodeURIComponent('衡瑞精密冲压')}`,
    );
    expect(sectionLink('/en/parks/a/', 'talent', 'Xi-an Polytechnic, North & South')).toBe(
      '/en/parks/a/#talent:~:text=Xi%2Dan%20Polytechnic%2C%20North%20%26%20South',
    );
  });
});
