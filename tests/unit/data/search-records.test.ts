import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../../src/data/build';
import { searchRecordFiles, searchRecordsFile } from '../../../src/data/search-record-files';
import { recordHtml } from '../../../src/data/search-record-html';
import {
  searchLanguage,
  searchRecords,
  sectionLink,
  type SearchReason,
  type SearchRecord,
} from '../../../src/data/search-records';
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
  const reasonsOf = (r: SearchRecord): Record<string, SearchReason> => r.reasons ?? {};

  it('makes each supplier within reach a section of its park, with the facts the profile shows', () => {
    const cat = catalog();
    const park = cat.park('zeta-zone')!;
    const reach = park.suppliersWithinReach.find((e) => e.supplier.id === 'hengrui')!;
    const record = searchRecords(cat, 'en').find((r) => r.meta['slug'] === 'zeta-zone')!;
    const section = record.sections?.find((s) => s.id === 'sup-hengrui');
    expect(section?.title).toBe('hengrui');
    expect(section?.text).toContain('hengrui Co., Ltd.');
    // Its processes are named once per park, in their own sections (below).
    expect(section?.text).not.toContain('electrophoresis');
    expect(reasonsOf(record)['sup-hengrui']).toEqual({
      kind: 'supplier',
      // The supplier's one description on the profile, by id (names may repeat).
      url: `/en/parks/zeta-zone/#sup-${reach.supplier.id}`,
      name: 'hengrui',
      processes: ['mold stamping', 'electrophoresis', 'injection molding'],
      distance: formatKm(reach.distanceKm, 'en'),
    });
    expect(reasonsOf(record)['sup-hengrui']).toMatchObject({ distance: '5.0\u00a0km' });
  });

  it('names each process within reach once per park, with the suppliers offering it nearest first', () => {
    const cat = catalog();
    const park = cat.park('zeta-zone')!;
    const record = searchRecords(cat, 'en').find((r) => r.meta['slug'] === 'zeta-zone')!;
    const processIds = (record.sections ?? []).filter((s) => s.id.startsWith('proc-'));
    expect(processIds.map((s) => s.id)).toEqual(
      park.suppliersByProcess.map((g) => `proc-${g.processId}`),
    );
    const coating = record.sections?.find((s) => s.id === 'proc-electrophoresis');
    expect(coating).toEqual({ id: 'proc-electrophoresis', title: 'electrophoresis', text: '' });
    const group = park.suppliersByProcess.find((g) => g.processId === 'electrophoresis')!;
    expect(reasonsOf(record)['proc-electrophoresis']).toEqual({
      kind: 'process',
      label: 'electrophoresis',
      suppliers: group.entries.map((e) => `sup-${e.supplier.id}`),
    });
    expect(group.entries.map((e) => e.supplier.id)).toContain('hengrui');
    // Every supplier a process section names has its own section and facts.
    for (const reason of Object.values(reasonsOf(record)))
      if (reason.kind === 'process')
        for (const id of reason.suppliers) expect(reasonsOf(record)[id]?.kind).toBe('supplier');
    // The text Pagefind indexes names the process once, not once per supplier offering it.
    const indexed = [
      record.content,
      ...(record.sections ?? []).map((s) => `${s.title}\n${s.text}`),
    ];
    expect(indexed.join('\n').split('electrophoresis').length - 1).toBe(1);
  });

  it('lists only what is within reach: the far supplier is in no park’s record', () => {
    const cat = catalog();
    const records = searchRecords(cat, 'en');
    const ids = records.flatMap((r) => (r.sections ?? []).map((s) => s.id));
    expect(ids).not.toContain('sup-too-far');
    for (const park of cat.parks) {
      const record = records.find((r) => r.meta['slug'] === park.slug)!;
      expect(record.sections?.filter((s) => s.id.startsWith('sup-'))).toHaveLength(
        park.suppliersWithinReach.length,
      );
    }
  });

  it('keeps the facts out of Pagefind’s metadata, which Pagefind indexes as words', () => {
    for (const record of searchRecords(catalog(), 'en')) {
      expect(Object.keys(record.meta).sort()).toEqual(
        typeOf(record) === 'park'
          ? ['level', 'place', 'slug', 'title']
          : ['parks', 'process', 'title'],
      );
      expect(recordHtml(record)).not.toContain('sup-hengrui&quot;');
    }
  });

  it('gives every record its own URL and every section its own id within its park', () => {
    for (const locale of ['zh-CN', 'en'] as const) {
      const records = searchRecords(catalog(), locale);
      const urls = records.map((r) => r.url);
      expect(new Set(urls).size).toBe(urls.length);
      for (const record of records) {
        const ids = (record.sections ?? []).map((s) => s.id);
        expect(new Set(ids).size).toBe(ids.length);
        expect(Object.keys(reasonsOf(record)).sort()).toEqual([...ids].sort());
      }
    }
  });

  it('makes institutions sections of the park, leading to the talent or research section', () => {
    const cat = catalog();
    const park = cat.park('zeta-zone')!;
    const record = searchRecords(cat, 'zh-CN').find((r) => r.meta['slug'] === 'zeta-zone')!;
    const institutions = Object.values(reasonsOf(record)).filter((r) => r.kind === 'institution');
    expect(institutions).toHaveLength(park.talent.institutions.length);
    for (const reason of institutions) {
      if (reason.kind !== 'institution') continue;
      expect(reason.url).toMatch(
        /^\/parks\/[a-z-]+\/#(lab-[a-z0-9-]+|school-[a-z0-9-]+|talent:~:text=.+)$/,
      );
      expect(reason.distance).toMatch(/公里$/);
      expect(reason.type).toBeTruthy();
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

describe('searchRecordsFile', () => {
  it('splits the records of every locale into files of a slice of parks (one here), processes in file 0', () => {
    const cat = catalog();
    expect(cat.parks.length).toBeGreaterThan(1);
    const files = searchRecordFiles(cat.parks.length, 1);
    expect(files).toBe(cat.parks.length);
    const written = Array.from({ length: files }, (_, n) =>
      searchRecordsFile(cat, ['zh-CN', 'en'], n, 1),
    );
    for (const file of written) {
      expect(file.files).toBe(files);
      expect(file.parks).toHaveLength(1);
    }
    expect(written.flatMap((f) => f.parks)).toEqual(cat.parks.map((p) => p.slug));
    const all = written.flatMap((f) => f.records);
    for (const locale of ['zh-CN', 'en'] as const) {
      const byUrl = (records: SearchRecord[]) =>
        records
          .filter((r) => r.language === searchLanguage(locale))
          .sort((a, b) => a.url.localeCompare(b.url));
      expect(byUrl(all)).toEqual(byUrl(searchRecords(cat, locale)));
    }
    expect(written[1]?.records.some((r) => typeOf(r) === 'process')).toBe(false);
    expect(searchRecordFiles(0)).toBe(1);
  });
});

describe('recordHtml', () => {
  const record: SearchRecord = {
    url: '/en/parks/a/',
    content: 'A & B <Park>\nHunan · Xiangtan',
    language: 'en',
    meta: { slug: 'a', title: 'A & B <Park>', place: 'Hunan "South" · Xiangtan' },
    filters: { type: ['park'] },
    sections: [{ id: 'sup-x', title: 'X "Co"', text: 'stamping, e-coating' }],
  };
  const html = recordHtml(record);

  it('declares the language, the type filter and every meta key from an attribute', () => {
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('data-pagefind-filter="type:park"');
    expect(html).toContain(
      'data-pagefind-meta="slug[data-m-slug], title[data-m-title], place[data-m-place]"',
    );
  });

  it('escapes every text and attribute, so names with & < " cannot break the document', () => {
    expect(html).toContain('data-m-title="A &amp; B &lt;Park&gt;"');
    expect(html).toContain('data-m-place="Hunan &quot;South&quot; · Xiangtan"');
    expect(html).toContain('<h1 data-pagefind-weight="10">A &amp; B &lt;Park&gt;</h1>');
    expect(html).not.toContain('<Park>');
  });

  it('puts each section under a heading with its anchor id, after the park’s own text', () => {
    expect(html).toMatch(
      /<p>Hunan · Xiangtan<\/p><h2 id="sup-x" data-pagefind-weight="1">X &quot;Co&quot;<\/h2><p>stamping, e-coating<\/p>/,
    );
  });

  it('writes a section without text (a process) as its heading alone', () => {
    const process = recordHtml({
      ...record,
      sections: [{ id: 'proc-stamping', title: 'Stamping', text: '' }],
    });
    expect(process).toMatch(
      /<h2 id="proc-stamping" data-pagefind-weight="1">Stamping<\/h2><\/body>/,
    );
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
