import { describe, expect, it } from 'vitest';
import { processCoverage } from '../../../src/domain/coverage';

const autoParts = {
  id: 'auto-parts',
  processes: ['mold-stamping', 'electrophoresis', 'injection-molding', 'heat-treatment'],
};
const newMaterials = { id: 'new-materials', processes: ['heat-treatment', 'surface-coating'] };

describe('processCoverage', () => {
  it('splits each chain into covered and gaps in the chain order, with the share', () => {
    const result = processCoverage(
      [autoParts, newMaterials],
      new Set(['electrophoresis', 'mold-stamping', 'cnc-machining', 'injection-molding']),
    );
    expect(result.chains).toEqual([
      {
        chainId: 'auto-parts',
        covered: ['mold-stamping', 'electrophoresis', 'injection-molding'],
        gaps: ['heat-treatment'],
        coveredShare: 0.75,
      },
      {
        chainId: 'new-materials',
        covered: [],
        gaps: ['heat-treatment', 'surface-coating'],
        coveredShare: 0,
      },
    ]);
  });

  it('counts a process needed by two chains once in the overall union', () => {
    const { overall } = processCoverage([autoParts, newMaterials], ['mold-stamping']);
    expect(overall.needed).toEqual([
      'mold-stamping',
      'electrophoresis',
      'injection-molding',
      'heat-treatment',
      'surface-coating',
    ]);
    expect(overall.covered).toEqual(['mold-stamping']);
    expect(overall.gaps).toEqual([
      'electrophoresis',
      'injection-molding',
      'heat-treatment',
      'surface-coating',
    ]);
    expect(overall.coveredShare).toBeCloseTo(1 / 5, 12);
  });

  it('accepts any iterable of available ids and ignores processes no chain needs', () => {
    const all = processCoverage(
      [newMaterials],
      ['surface-coating', 'heat-treatment', 'pcb-assembly'],
    );
    expect(all.chains[0]).toMatchObject({ gaps: [], coveredShare: 1 });
    expect(all.overall.covered).toEqual(['heat-treatment', 'surface-coating']);
  });

  it('counts duplicate process ids in a chain once', () => {
    const result = processCoverage(
      [{ id: 'dup', processes: ['cnc-machining', 'cnc-machining', 'die-casting'] }],
      ['cnc-machining'],
    );
    expect(result.chains[0]).toEqual({
      chainId: 'dup',
      covered: ['cnc-machining'],
      gaps: ['die-casting'],
      coveredShare: 0.5,
    });
  });

  it('treats a chain that needs nothing as fully covered and handles no chains', () => {
    expect(processCoverage([{ id: 'empty', processes: [] }], []).chains[0]?.coveredShare).toBe(1);
    expect(processCoverage([], ['mold-stamping'])).toEqual({
      chains: [],
      overall: { needed: [], covered: [], gaps: [], coveredShare: 1 },
    });
  });
});
