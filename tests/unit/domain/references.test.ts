import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  closestId,
  editDistance,
  findDanglingReferences,
  formatContentProblems,
  type ContentEntry,
  type ReferenceInput,
} from '../../../src/domain/references';
import type { CaseData } from '../../../src/schemas/cases';
import type { ParkData } from '../../../src/schemas/parks';
import type { SupplierData } from '../../../src/schemas/suppliers';
import type { ChainData } from '../../../src/schemas/taxonomy';

const processIds = [
  'mold-stamping',
  'electrophoresis',
  'injection-molding',
  'cnc-machining',
  'heat-treatment',
];
const entries = (ids: string[]) => ids.map((id) => ({ id, data: {} }));

interface Entry<D> {
  id: string;
  filePath?: string;
  data: D;
}
/** A mutable twin of ReferenceInput, so each test can break one thing in place. */
interface Fixture {
  processes: Entry<unknown>[];
  chains: Entry<{ processes: string[] }>[];
  parks: Entry<{
    slug: string;
    targetChains: string[];
    restrictions?: { excludedChains?: string[]; excludedProcesses?: string[] };
  }>[];
  suppliers: Entry<{ processes: string[]; park?: string }>[];
  institutions: Entry<unknown>[];
  cases: Entry<{ park: string; chain: string; suppliers?: string[] }>[];
}

/** A consistent content set; each test breaks one thing. */
function validInput(): Fixture {
  return {
    processes: entries(processIds),
    chains: [
      {
        id: 'auto-parts',
        filePath: 'content/taxonomy/chains/auto-parts.yaml',
        data: { processes: ['mold-stamping', 'electrophoresis'] },
      },
      {
        id: 'new-materials',
        filePath: 'content/taxonomy/chains/new-materials.yaml',
        data: { processes: ['heat-treatment'] },
      },
    ],
    parks: [
      {
        id: 'xiangjiang-auto-parts-zone',
        filePath: 'content/parks/xiangjiang-auto-parts-zone.md',
        data: {
          slug: 'xiangjiang-auto-parts-zone',
          targetChains: ['auto-parts', 'new-materials'],
          restrictions: { excludedChains: [], excludedProcesses: ['heat-treatment'] },
        },
      },
    ],
    suppliers: [
      {
        id: 'hengda-stamping',
        filePath: 'content/suppliers/hengda-stamping.yaml',
        data: {
          processes: ['mold-stamping', 'electrophoresis'],
          park: 'xiangjiang-auto-parts-zone',
        },
      },
      {
        id: 'lianfa-cnc',
        filePath: 'content/suppliers/lianfa-cnc.yaml',
        data: { processes: ['cnc-machining'] },
      },
    ],
    institutions: entries(['hunan-polytechnic']),
    cases: [
      {
        id: 'door-frames',
        filePath: 'content/cases/door-frames.md',
        data: {
          park: 'xiangjiang-auto-parts-zone',
          chain: 'auto-parts',
          suppliers: ['hengda-stamping'],
        },
      },
    ],
  };
}

describe('findDanglingReferences', () => {
  it('accepts content entries typed by the schemas', () => {
    expectTypeOf<Fixture>().toExtend<ReferenceInput>();
    expectTypeOf<ContentEntry<ParkData>>().toExtend<ReferenceInput['parks'][number]>();
    expectTypeOf<ContentEntry<SupplierData>>().toExtend<ReferenceInput['suppliers'][number]>();
    expectTypeOf<ContentEntry<CaseData>>().toExtend<ReferenceInput['cases'][number]>();
    expectTypeOf<ContentEntry<ChainData>>().toExtend<ReferenceInput['chains'][number]>();
  });

  it('finds nothing in consistent content', () => {
    expect(findDanglingReferences(validInput())).toEqual([]);
  });

  it('names the file, the indexed field, the value, and suggests the closest process id', () => {
    const input = validInput();
    input.suppliers[1]!.data.processes = ['cnc-machining', 'mold-stampin'];
    const [problem, ...rest] = findDanglingReferences(input);
    expect(rest).toEqual([]);
    expect(problem).toEqual({
      filePath: 'content/suppliers/lianfa-cnc.yaml',
      field: 'processes[1]',
      value: 'mold-stampin',
      message:
        'unknown process id "mold-stampin" (did you mean "mold-stamping"?); known ids: ' +
        'cnc-machining, electrophoresis, heat-treatment, injection-molding, mold-stamping',
    });
  });

  it('checks every park reference and the slug against the file name', () => {
    const input = validInput();
    input.parks[0] = {
      id: 'xiangjiang-auto-parts-zone',
      filePath: 'content/parks/xiangjiang-auto-parts-zone.md',
      data: {
        slug: 'xiangjiang',
        targetChains: ['auto-parts', 'new-materials', 'auto-part'],
        restrictions: { excludedChains: ['petrochemicals'], excludedProcesses: ['electroplating'] },
      },
    };
    const problems = findDanglingReferences(input);
    expect(problems.map((p) => [p.field, p.value])).toEqual([
      ['slug', 'xiangjiang'],
      ['targetChains[2]', 'auto-part'],
      ['restrictions.excludedChains[0]', 'petrochemicals'],
      ['restrictions.excludedProcesses[0]', 'electroplating'],
    ]);
    expect(problems[0]?.message).toBe(
      'slug "xiangjiang" must equal the file name "xiangjiang-auto-parts-zone"; rename the file or change the slug',
    );
    expect(problems[1]?.message).toContain('(did you mean "auto-parts"?)');
    expect(problems[2]?.message).not.toContain('did you mean');
    expect(problems[2]?.message).toContain('known ids: auto-parts, new-materials');
  });

  it('accepts parks without restrictions', () => {
    const input = validInput();
    input.parks.push({ id: 'p', data: { slug: 'p', targetChains: ['auto-parts'] } });
    expect(findDanglingReferences(input)).toEqual([]);
  });

  it('checks supplier parks, chain processes and every case reference', () => {
    const input = validInput();
    input.suppliers[1]!.data.park = 'xiangjiang-zone';
    input.chains[1]!.data.processes = ['heat-treatment', 'anodizing'];
    input.cases[0]!.data = {
      park: 'nowhere-park',
      chain: 'auto-parts',
      suppliers: ['hengda-stamping', 'hengda-stampng'],
    };
    input.cases.push({
      id: 'c2',
      filePath: 'content/cases/c2.md',
      data: { park: 'xiangjiang-auto-parts-zone', chain: 'aviation' },
    });
    expect(findDanglingReferences(input).map((p) => [p.filePath, p.field, p.value])).toEqual([
      ['content/suppliers/lianfa-cnc.yaml', 'park', 'xiangjiang-zone'],
      ['content/taxonomy/chains/new-materials.yaml', 'processes[1]', 'anodizing'],
      ['content/cases/door-frames.md', 'park', 'nowhere-park'],
      ['content/cases/door-frames.md', 'suppliers[1]', 'hengda-stampng'],
      ['content/cases/c2.md', 'chain', 'aviation'],
    ]);
  });

  it('says when a chain field holds a process id', () => {
    const input = validInput();
    input.parks[0]!.data.targetChains = ['mold-stamping'];
    expect(findDanglingReferences(input)[0]?.message).toContain(
      '("mold-stamping" is a process id; this field expects a chain id)',
    );
  });

  it('falls back to collection/id without a filePath, and copes with empty collections', () => {
    const input = validInput();
    input.processes = [];
    input.chains = [{ id: 'solo', data: { processes: ['welding'] } }];
    input.parks = [];
    input.suppliers = [];
    input.cases = [];
    expect(findDanglingReferences(input)).toEqual([
      {
        filePath: 'chains/solo',
        field: 'processes[0]',
        value: 'welding',
        message: 'unknown process id "welding"; no process ids are defined yet',
      },
    ]);
  });

  it('lists at most 12 known ids and says how many more exist', () => {
    const input = validInput();
    const many = Array.from({ length: 30 }, (_, i) => `process-${String(i).padStart(2, '0')}`);
    input.processes = entries(many);
    input.chains = [{ id: 'c', data: { processes: ['zzz-unknown'] } }];
    input.parks = [];
    input.suppliers = [];
    input.cases = [];
    const message = findDanglingReferences(input)[0]?.message ?? '';
    expect(message).toContain('known ids: process-00, process-01,');
    expect(message).toContain('process-11, … and 18 more');
    expect(message).not.toContain('process-12');
  });
});

describe('formatContentProblems', () => {
  it('groups problems by file, one line per field', () => {
    const input = validInput();
    input.suppliers[1]!.data.processes = ['mold-stampin', 'polishing'];
    input.cases[0]!.data.chain = 'auto';
    const text = formatContentProblems(findDanglingReferences(input));
    const lines = text.split('\n');
    expect(lines[0]).toBe('Content has 3 broken references:');
    expect(lines[1]).toBe('  content/suppliers/lianfa-cnc.yaml');
    expect(lines[2]).toMatch(/^ {4}processes\[0\]: unknown process id "mold-stampin"/);
    expect(lines[3]).toMatch(/^ {4}processes\[1\]: unknown process id "polishing"/);
    expect(lines[4]).toBe('  content/cases/door-frames.md');
    expect(lines[5]).toMatch(/^ {4}chain: unknown chain id "auto"/);
    expect(lines).toHaveLength(6);
  });

  it('uses the singular for one problem and returns "" for none', () => {
    const one = formatContentProblems([{ filePath: 'f', field: 'park', value: 'x', message: 'm' }]);
    expect(one).toBe('Content has 1 broken reference:\n  f\n    park: m');
    expect(formatContentProblems([])).toBe('');
  });
});

describe('closestId and editDistance', () => {
  it('computes Levenshtein distance', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('same', 'same')).toBe(0);
    expect(editDistance('electroforesis', 'electrophoresis')).toBe(2);
  });

  it('stops early past the limit', () => {
    expect(editDistance('abcdefgh', 'zyxwvuts', 2)).toBe(3);
  });

  it('suggests only close ids, preferring the nearest, then alphabetical', () => {
    expect(closestId('electroforesis', processIds)).toBe('electrophoresis');
    expect(closestId('painting', processIds)).toBeUndefined();
    expect(closestId('ab', ['ac', 'aa'])).toBe('aa');
    expect(closestId('cnc-machinin', ['cnc-machine', 'cnc-machining'])).toBe('cnc-machining');
    expect(closestId('x', [])).toBeUndefined();
  });
});
