/**
 * Word pools for synthetic content: provinces with real approximate coordinates,
 * a built-in taxonomy (used when content/taxonomy is empty or invalid), and
 * sentence parts for Markdown bodies. All names produced from them are fictional.
 */

export interface ProvincePool {
  en: string;
  zh: string;
  lat: number;
  lon: number;
  cities: readonly { en: string; zh: string }[];
}

export const provinces: readonly ProvincePool[] = [
  { en: 'Hunan', zh: '湖南', lat: 28.2, lon: 112.9, cities: [{ en: 'Zhuzhou', zh: '株洲' }, { en: 'Xiangtan', zh: '湘潭' }, { en: 'Hengyang', zh: '衡阳' }] },
  { en: 'Hubei', zh: '湖北', lat: 30.6, lon: 114.3, cities: [{ en: 'Xiaogan', zh: '孝感' }, { en: 'Xiangyang', zh: '襄阳' }, { en: 'Yichang', zh: '宜昌' }] },
  { en: 'Jiangsu', zh: '江苏', lat: 32.0, lon: 118.8, cities: [{ en: 'Changzhou', zh: '常州' }, { en: 'Nantong', zh: '南通' }, { en: 'Yancheng', zh: '盐城' }] },
  { en: 'Zhejiang', zh: '浙江', lat: 30.3, lon: 120.2, cities: [{ en: 'Jiaxing', zh: '嘉兴' }, { en: 'Taizhou', zh: '台州' }, { en: 'Huzhou', zh: '湖州' }] },
  { en: 'Guangdong', zh: '广东', lat: 23.1, lon: 113.3, cities: [{ en: 'Foshan', zh: '佛山' }, { en: 'Huizhou', zh: '惠州' }, { en: 'Zhaoqing', zh: '肇庆' }] },
  { en: 'Sichuan', zh: '四川', lat: 30.6, lon: 104.1, cities: [{ en: 'Deyang', zh: '德阳' }, { en: 'Mianyang', zh: '绵阳' }, { en: 'Yibin', zh: '宜宾' }] },
  { en: 'Chongqing', zh: '重庆', lat: 29.6, lon: 106.5, cities: [{ en: 'Yongchuan', zh: '永川' }, { en: 'Fuling', zh: '涪陵' }, { en: 'Bishan', zh: '璧山' }] },
  { en: 'Anhui', zh: '安徽', lat: 31.9, lon: 117.3, cities: [{ en: 'Wuhu', zh: '芜湖' }, { en: "Ma'anshan", zh: '马鞍山' }, { en: 'Chuzhou', zh: '滁州' }] },
  { en: 'Henan', zh: '河南', lat: 34.7, lon: 113.6, cities: [{ en: 'Xuchang', zh: '许昌' }, { en: 'Luoyang', zh: '洛阳' }, { en: 'Xinxiang', zh: '新乡' }] },
  { en: 'Shaanxi', zh: '陕西', lat: 34.3, lon: 108.9, cities: [{ en: 'Baoji', zh: '宝鸡' }, { en: 'Xianyang', zh: '咸阳' }, { en: 'Weinan', zh: '渭南' }] },
  { en: 'Shandong', zh: '山东', lat: 36.7, lon: 117.0, cities: [{ en: 'Weifang', zh: '潍坊' }, { en: 'Zibo', zh: '淄博' }, { en: 'Yantai', zh: '烟台' }] },
  { en: 'Jiangxi', zh: '江西', lat: 28.7, lon: 115.9, cities: [{ en: 'Ganzhou', zh: '赣州' }, { en: 'Shangrao', zh: '上饶' }, { en: 'Jiujiang', zh: '九江' }] },
];

export interface TaxonomyEntry {
  id: string;
  data: Record<string, unknown>;
}

const label = (en: string, zh: string, description: string) => ({ label: { en, zh }, description: { en: description } });

/** Processes of the built-in taxonomy. */
export const builtinProcesses: readonly TaxonomyEntry[] = [
  { id: 'mold-stamping', data: label('Mold stamping', '模具冲压', 'Pressing sheet metal into shape with dies, from brackets to body panels.') },
  { id: 'electrophoresis', data: label('Electrophoretic coating', '电泳涂装', 'Dip coating that deposits paint evenly by electric current, for corrosion protection.') },
  { id: 'injection-molding', data: label('Injection molding', '注塑成型', 'Forcing molten plastic into a mold to make housings, clips and trim parts.') },
  { id: 'cnc-machining', data: label('CNC machining', '数控加工', 'Computer-controlled milling and turning of metal parts to tight tolerances.') },
  { id: 'heat-treatment', data: label('Heat treatment', '热处理', 'Hardening, tempering and annealing to set the strength of metal parts.') },
  { id: 'surface-coating', data: label('Surface coating', '表面涂装', 'Powder and liquid paint lines for finished metal and plastic parts.') },
  { id: 'die-casting', data: label('Die casting', '压铸', 'Injecting molten aluminium or zinc into steel dies for housings and brackets.') },
  { id: 'pcb-assembly', data: label('PCB assembly', '电路板组装', 'Placing and soldering components onto printed circuit boards.') },
  { id: 'welding', data: label('Robotic welding', '机器人焊接', 'Joining metal parts on robot cells, from spot welds to seam welds.') },
  { id: 'forging', data: label('Forging', '锻造', 'Shaping hot metal under pressure for shafts, gears and suspension parts.') },
  { id: 'laser-cutting', data: label('Laser cutting', '激光切割', 'Cutting sheet and tube to shape with a laser, without tooling.') },
  { id: 'anodizing', data: label('Anodizing', '阳极氧化', 'Growing a hard oxide layer on aluminium for wear and corrosion resistance.') },
  { id: 'wire-harness', data: label('Wire harness assembly', '线束组装', 'Cutting, crimping and bundling cables into harnesses.') },
  { id: 'precision-casting', data: label('Investment casting', '精密铸造', 'Lost-wax casting of complex steel parts close to final shape.') },
];

/** Chains of the built-in taxonomy, each needing a few of the processes above. */
export const builtinChains: readonly TaxonomyEntry[] = [
  { id: 'auto-parts', data: { ...label('Auto parts', '汽车零部件', 'Body, chassis and interior parts for vehicle makers.'), processes: ['mold-stamping', 'electrophoresis', 'injection-molding', 'welding'] } },
  { id: 'new-materials', data: { ...label('New materials', '新材料', 'Lightweight alloys, composites and engineered plastics.'), processes: ['die-casting', 'heat-treatment', 'anodizing'] } },
  { id: 'electronics', data: { ...label('Electronics', '电子信息', 'Consumer and industrial electronics and their components.'), processes: ['pcb-assembly', 'injection-molding', 'wire-harness'] } },
  { id: 'new-energy-batteries', data: { ...label('New-energy batteries', '新能源电池', 'Battery cells, packs and their structural parts.'), processes: ['laser-cutting', 'welding', 'die-casting', 'wire-harness'] } },
  { id: 'machinery', data: { ...label('Machinery and equipment', '装备制造', 'Machine tools, construction machinery and their parts.'), processes: ['cnc-machining', 'forging', 'heat-treatment', 'surface-coating'] } },
  { id: 'medical-devices', data: { ...label('Medical devices', '医疗器械', 'Instruments, implants and diagnostic equipment.'), processes: ['cnc-machining', 'injection-molding', 'precision-casting', 'anodizing'] } },
];

export const parkThemes = ['Advanced Manufacturing', 'New Materials', 'Auto Parts', 'Electronics', 'High-Tech', 'Equipment', 'Green Industry', 'Smart Manufacturing'] as const;
export const parkKinds = ['Development Zone', 'Industrial Park', 'High-Tech Zone', 'Economic Zone'] as const;
export const firmWords = ['Precision', 'Hengtai', 'Xinda', 'Jinghua', 'Ruifeng', 'Tianyi', 'Longsheng', 'Huaxin', 'Dingcheng', 'Boyuan', 'Kaida', 'Mingyang', 'Shengtong', 'Yuanhang'] as const;
export const firmSuffixes = ['Metal Products Co., Ltd.', 'Auto Parts Co., Ltd.', 'Technology Co., Ltd.', 'Industrial Co., Ltd.', 'Machinery Co., Ltd.', 'Materials Co., Ltd.'] as const;
export const familyNames = ['Wang', 'Li', 'Zhang', 'Liu', 'Chen', 'Yang', 'Zhao', 'Huang', 'Zhou', 'Wu', 'Xu', 'Sun'] as const;
export const givenNames = ['Wei', 'Fang', 'Min', 'Jing', 'Lei', 'Yan', 'Tao', 'Hui', 'Jun', 'Xiaoming', 'Lina', 'Hao'] as const;
export const certifications = ['IATF 16949', 'ISO 9001', 'ISO 14001', 'ISO 13485', 'ISO 45001', 'AS9100'] as const;

/** Sentences for Markdown bodies; `{city}`, `{chain}`, `{n}`… are filled per park. */
export const bodySentences = [
  'The zone was approved in {year} and has grown around a cluster of {chain} makers that moved out of the coastal cities.',
  'Most of its land lies on flat former farmland east of {city}, already levelled and served by roads, power and drainage.',
  'A one-stop service hall handles registration, planning and environmental approvals in the same building.',
  'Investment staff visit every new company monthly during its first year and keep a written list of what it still needs.',
  'Within {n} km of the gate, local suppliers offer stamping, coating and machining that companies used to ship abroad.',
  'Vocational schools in {city} run order classes that train operators to the curriculum a company asks for.',
  'The park prefers projects that bring their own suppliers along and helps them find plots next to each other.',
  'Power comes from two substations with spare capacity, and a gas pipeline reaches every plot on the eastern side.',
  'Trucks reach the nearest container port in a few hours, and a rail freight yard handles block trains to Europe.',
  'Projects that start production within eighteen months of signing are the measure the committee reports each year.',
  'Standard factory buildings can be rented while a company builds its own plant, so production can start early.',
  'A shared testing centre certifies parts for automotive and electronics customers without a trip to the provincial capital.',
] as const;
