import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { afterAll, describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { destinationKinds, parkLevels, parkSchema } from '../../../src/schemas/parks';
import { supplierSchema } from '../../../src/schemas/suppliers';
import { institutionKinds, institutionSchema } from '../../../src/schemas/institutions';
import { talentFields } from '../../../src/schemas/common';
import { caseSchema } from '../../../src/schemas/cases';
import { chainSchema, processSchema } from '../../../src/schemas/taxonomy';
import { generateSynthetic } from '../../../scripts/bench/lib/synthetic';
import { writeSyntheticContent } from '../../../scripts/bench/generate-content';

const N = 12;
const content = generateSynthetic({ parks: N, seed: 7 });

describe('synthetic content generator', () => {
  it('produces N parks, 10·N suppliers, 3·N institutions and a few cases', () => {
    expect(content.parks).toHaveLength(N);
    expect(content.suppliers).toHaveLength(10 * N);
    expect(content.institutions).toHaveLength(3 * N);
    expect(content.cases.length).toBeGreaterThanOrEqual(3);
    expect(new Set(content.parks.map((p) => p.id)).size).toBe(N);
    expect(new Set(content.suppliers.map((p) => p.id)).size).toBe(10 * N);
  });

  it('differs across seeds', () => {
    expect(generateSynthetic({ parks: N, seed: 8 }).parks[0]).not.toEqual(content.parks[0]);
  });

  it('keeps no state between runs: a seed gives the same content after other seeds ran', () => {
    generateSynthetic({ parks: N, seed: 8 });
    expect(generateSynthetic({ parks: N, seed: 7 })).toEqual(content);
  });

  it('validates against every collection schema', () => {
    for (const p of content.parks) {
      const data = parkSchema.parse(p.data);
      expect(data.slug).toBe(p.id);
      // Realistic bodies: 2–4 paragraphs.
      const paragraphs = (p.body ?? '').trim().split(/\n\n/);
      expect(paragraphs.length).toBeGreaterThanOrEqual(2);
      expect(paragraphs.length).toBeLessThanOrEqual(4);
    }
    content.suppliers.forEach((s) => supplierSchema.parse(s.data));
    content.institutions.forEach((s) => institutionSchema.parse(s.data));
    content.cases.forEach((s) => caseSchema.parse(s.data));
    content.processes.forEach((s) => processSchema.parse(s.data));
    content.chains.forEach((s) => chainSchema.parse(s.data));
  });

  it('only references ids that exist', () => {
    const parks = new Set(content.parks.map((p) => p.id));
    const chains = new Set(content.chains.map((c) => c.id));
    const processes = new Set(content.processes.map((c) => c.id));
    const suppliers = new Set(content.suppliers.map((c) => c.id));
    for (const p of content.parks) {
      const d = parkSchema.parse(p.data);
      [...d.targetChains, ...d.restrictions.excludedChains].forEach((c) =>
        expect(chains).toContain(c),
      );
      d.restrictions.excludedProcesses.forEach((c) => expect(processes).toContain(c));
    }
    for (const s of content.suppliers) {
      const d = supplierSchema.parse(s.data);
      d.processes.forEach((c) => expect(processes).toContain(c));
      if (d.park) expect(parks).toContain(d.park);
    }
    for (const c of content.chains)
      chainSchema.parse(c.data).processes.forEach((p) => expect(processes).toContain(p));
    for (const c of content.cases) {
      const d = caseSchema.parse(c.data);
      expect(parks).toContain(d.park);
      expect(chains).toContain(d.chain);
      d.suppliers.forEach((s) => expect(suppliers).toContain(s));
    }
  });

  it('draws talent fields, institution kinds, park levels and destinations from the schemas', () => {
    const large = generateSynthetic({ parks: 60, seed: 11 });
    const drawn = (values: unknown[]) => new Set(values);
    const institutions = large.institutions.map((i) => institutionSchema.parse(i.data));
    const parks = large.parks.map((p) => parkSchema.parse(p.data));
    expect(drawn(institutions.flatMap((i) => i.majors.map((m) => m.field)))).toEqual(
      new Set(talentFields),
    );
    expect(drawn(institutions.map((i) => i.kind))).toEqual(new Set(institutionKinds));
    expect(drawn(parks.map((p) => p.level))).toEqual(new Set(parkLevels));
    expect(drawn(parks.flatMap((p) => p.logistics.destinations.map((d) => d.kind)))).toEqual(
      new Set(destinationKinds),
    );
  });

  it('keeps density constant as N grows: the work per park page does not grow with N', () => {
    const km = (a: { lat: number; lon: number }, b: { lat: number; lon: number }) =>
      Math.hypot((a.lat - b.lat) * 111, (a.lon - b.lon) * 111 * Math.cos((a.lat * Math.PI) / 180));
    const withinReach = (n: number) => {
      const c = generateSynthetic({ parks: n, seed: 3 });
      const at = (e: { data: Record<string, unknown> }) =>
        e.data['coordinates'] as { lat: number; lon: number };
      const counts = c.parks.map((p) => c.suppliers.filter((s) => km(at(p), at(s)) <= 30).length);
      return counts.reduce((a, b) => a + b, 0) / n;
    };
    const small = withinReach(100);
    const large = withinReach(900);
    expect(small).toBeGreaterThan(10);
    expect(large / small).toBeGreaterThan(0.85);
    expect(large / small).toBeLessThan(1.2);
    // ~8 million distance checks: seconds on a quiet machine, more when the cores are shared.
  }, 60_000);

  describe('written to disk', () => {
    let dir = '';
    afterAll(() => rm(dir, { recursive: true, force: true }));

    it('round-trips through YAML frontmatter in the folder layout the content config reads', async () => {
      dir = await mkdtemp(join(tmpdir(), 'gen-content-'));
      const files = await writeSyntheticContent(dir, content);
      // Parks and cases each add an English body file (<id>.en.md).
      expect(files).toBe(
        2 * N +
          10 * N +
          3 * N +
          2 * content.cases.length +
          content.processes.length +
          content.chains.length,
      );
      const parkFiles = (await readdir(join(dir, 'parks'))).sort();
      expect(parkFiles).toEqual(
        content.parks.flatMap((p) => [`${p.id}.md`, `${p.id}.en.md`]).sort(),
      );
      const first = content.parks[0]!;
      const text = await readFile(join(dir, 'parks', `${first.id}.md`), 'utf8');
      const match = /^---\n([\s\S]*?)\n---\n\n([\s\S]*)$/.exec(text);
      expect(match).not.toBeNull();
      expect(parkSchema.parse(YAML.parse(match![1]!))).toEqual(parkSchema.parse(first.data));
      expect(match![2]).toBe(first.body);
      expect(first.body).toMatch(/[\u4e00-\u9fff]{10}/);
      expect(await readFile(join(dir, 'parks', `${first.id}.en.md`), 'utf8')).toBe(first.bodyEn);
      const supplierText = await readFile(
        join(dir, 'suppliers', `${content.suppliers[0]!.id}.yaml`),
        'utf8',
      );
      expect(supplierSchema.safeParse(YAML.parse(supplierText)).success).toBe(true);
      expect((await readdir(join(dir, 'taxonomy', 'chains'))).length).toBe(content.chains.length);
    });
  });
});
