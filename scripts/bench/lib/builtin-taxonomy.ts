/**
 * The built-in taxonomy for synthetic content, used when content/taxonomy is
 * missing, invalid or incomplete. Shaped like content/taxonomy/*.yaml.
 */

export interface TaxonomyEntry {
  id: string;
  data: Record<string, unknown>;
}

/** [id, English label, Chinese label, description]. */
const processTable: readonly [string, string, string, string][] = [
  [
    'mold-stamping',
    'Mold stamping',
    '模具冲压',
    'Pressing sheet metal into shape with dies, from brackets to body panels.',
  ],
  [
    'electrophoresis',
    'Electrophoretic coating',
    '电泳涂装',
    'Dip coating that deposits paint evenly by electric current, for corrosion protection.',
  ],
  [
    'injection-molding',
    'Injection molding',
    '注塑成型',
    'Forcing molten plastic into a mold to make housings, clips and trim parts.',
  ],
  [
    'cnc-machining',
    'CNC machining',
    '数控加工',
    'Computer-controlled milling and turning of metal parts to tight tolerances.',
  ],
  [
    'heat-treatment',
    'Heat treatment',
    '热处理',
    'Hardening, tempering and annealing to set the strength of metal parts.',
  ],
  [
    'surface-coating',
    'Surface coating',
    '表面涂装',
    'Powder and liquid paint lines for finished metal and plastic parts.',
  ],
  [
    'die-casting',
    'Die casting',
    '压铸',
    'Injecting molten aluminium or zinc into steel dies for housings and brackets.',
  ],
  [
    'pcb-assembly',
    'PCB assembly',
    '电路板组装',
    'Placing and soldering components onto printed circuit boards.',
  ],
  [
    'welding',
    'Robotic welding',
    '机器人焊接',
    'Joining metal parts on robot cells, from spot welds to seam welds.',
  ],
  [
    'forging',
    'Forging',
    '锻造',
    'Shaping hot metal under pressure for shafts, gears and suspension parts.',
  ],
  [
    'laser-cutting',
    'Laser cutting',
    '激光切割',
    'Cutting sheet and tube to shape with a laser, without tooling.',
  ],
  [
    'anodizing',
    'Anodizing',
    '阳极氧化',
    'Growing a hard oxide layer on aluminium for wear and corrosion resistance.',
  ],
  [
    'wire-harness',
    'Wire harness assembly',
    '线束组装',
    'Cutting, crimping and bundling cables into harnesses.',
  ],
  [
    'precision-casting',
    'Investment casting',
    '精密铸造',
    'Lost-wax casting of complex steel parts close to final shape.',
  ],
];

/** [id, English label, Chinese label, description, processes it needs]. */
const chainTable: readonly [string, string, string, string, string[]][] = [
  [
    'auto-parts',
    'Auto parts',
    '汽车零部件',
    'Body, chassis and interior parts for vehicle makers.',
    ['mold-stamping', 'electrophoresis', 'injection-molding', 'welding'],
  ],
  [
    'new-materials',
    'New materials',
    '新材料',
    'Lightweight alloys, composites and engineered plastics.',
    ['die-casting', 'heat-treatment', 'anodizing'],
  ],
  [
    'electronics',
    'Electronics',
    '电子信息',
    'Consumer and industrial electronics and their components.',
    ['pcb-assembly', 'injection-molding', 'wire-harness'],
  ],
  [
    'new-energy-batteries',
    'New-energy batteries',
    '新能源电池',
    'Battery cells, packs and their structural parts.',
    ['laser-cutting', 'welding', 'die-casting', 'wire-harness'],
  ],
  [
    'machinery',
    'Machinery and equipment',
    '装备制造',
    'Machine tools, construction machinery and their parts.',
    ['cnc-machining', 'forging', 'heat-treatment', 'surface-coating'],
  ],
  [
    'medical-devices',
    'Medical devices',
    '医疗器械',
    'Instruments, implants and diagnostic equipment.',
    ['cnc-machining', 'injection-molding', 'precision-casting', 'anodizing'],
  ],
];

const label = (en: string, zh: string, description: string) => ({
  label: { en, zh },
  description: { en: description },
});

/** Processes of the built-in taxonomy. */
export const builtinProcesses: readonly TaxonomyEntry[] = processTable.map(([id, en, zh, d]) => ({
  id,
  data: label(en, zh, d),
}));

/** Chains of the built-in taxonomy, each needing a few of the processes above. */
export const builtinChains: readonly TaxonomyEntry[] = chainTable.map(
  ([id, en, zh, d, processes]) => ({
    id,
    data: { ...label(en, zh, d), processes },
  }),
);
