/**
 * Word pools for synthetic content: provinces with real approximate coordinates,
 * company and person name parts, and sentences for Markdown bodies. All names
 * produced from them are fictional.
 */

export interface ProvincePool {
  en: string;
  zh: string;
  lat: number;
  lon: number;
  cities: readonly { en: string; zh: string }[];
}

/** [English, Chinese, lat, lon, "City 城市, …"]: one line per province keeps the table readable. */
const provinceTable: readonly [string, string, number, number, string][] = [
  ['Hunan', '湖南', 28.2, 112.9, 'Zhuzhou 株洲, Xiangtan 湘潭, Hengyang 衡阳'],
  ['Hubei', '湖北', 30.6, 114.3, 'Xiaogan 孝感, Xiangyang 襄阳, Yichang 宜昌'],
  ['Jiangsu', '江苏', 32.0, 118.8, 'Changzhou 常州, Nantong 南通, Yancheng 盐城'],
  ['Zhejiang', '浙江', 30.3, 120.2, 'Jiaxing 嘉兴, Taizhou 台州, Huzhou 湖州'],
  ['Guangdong', '广东', 23.1, 113.3, 'Foshan 佛山, Huizhou 惠州, Zhaoqing 肇庆'],
  ['Sichuan', '四川', 30.6, 104.1, 'Deyang 德阳, Mianyang 绵阳, Yibin 宜宾'],
  ['Chongqing', '重庆', 29.6, 106.5, 'Yongchuan 永川, Fuling 涪陵, Bishan 璧山'],
  ['Anhui', '安徽', 31.9, 117.3, "Wuhu 芜湖, Ma'anshan 马鞍山, Chuzhou 滁州"],
  ['Henan', '河南', 34.7, 113.6, 'Xuchang 许昌, Luoyang 洛阳, Xinxiang 新乡'],
  ['Shaanxi', '陕西', 34.3, 108.9, 'Baoji 宝鸡, Xianyang 咸阳, Weinan 渭南'],
  ['Shandong', '山东', 36.7, 117.0, 'Weifang 潍坊, Zibo 淄博, Yantai 烟台'],
  ['Jiangxi', '江西', 28.7, 115.9, 'Ganzhou 赣州, Shangrao 上饶, Jiujiang 九江'],
];

export const provinces: readonly ProvincePool[] = provinceTable.map(
  ([en, zh, lat, lon, cities]) => ({
    en,
    zh,
    lat,
    lon,
    cities: cities.split(', ').map((c) => {
      const [cityEn = c, cityZh = c] = c.split(' ');
      return { en: cityEn, zh: cityZh };
    }),
  }),
);

export const parkThemes = [
  'Advanced Manufacturing',
  'New Materials',
  'Auto Parts',
  'Electronics',
  'High-Tech',
  'Equipment',
  'Green Industry',
  'Smart Manufacturing',
] as const;
export const parkKinds = [
  'Development Zone',
  'Industrial Park',
  'High-Tech Zone',
  'Economic Zone',
] as const;
export const firmWords = [
  'Precision',
  'Hengtai',
  'Xinda',
  'Jinghua',
  'Ruifeng',
  'Tianyi',
  'Longsheng',
  'Huaxin',
  'Dingcheng',
  'Boyuan',
  'Kaida',
  'Mingyang',
  'Shengtong',
  'Yuanhang',
] as const;
export const firmSuffixes = [
  'Metal Products Co., Ltd.',
  'Auto Parts Co., Ltd.',
  'Technology Co., Ltd.',
  'Industrial Co., Ltd.',
  'Machinery Co., Ltd.',
  'Materials Co., Ltd.',
] as const;
/** Chinese firm-name parts, index for index with `firmWords` and `firmSuffixes`. */
export const firmWordsZh = [
  '精密',
  '恒泰',
  '鑫达',
  '精华',
  '瑞丰',
  '天翼',
  '隆盛',
  '华鑫',
  '鼎诚',
  '博远',
  '凯达',
  '明阳',
  '盛通',
  '远航',
] as const satisfies { length: (typeof firmWords)['length'] };
export const firmSuffixesZh = [
  '金属制品有限公司',
  '汽车零部件有限公司',
  '科技有限公司',
  '实业有限公司',
  '机械有限公司',
  '材料有限公司',
] as const satisfies { length: (typeof firmSuffixes)['length'] };
export const familyNames = [
  'Wang',
  'Li',
  'Zhang',
  'Liu',
  'Chen',
  'Yang',
  'Zhao',
  'Huang',
  'Zhou',
  'Wu',
  'Xu',
  'Sun',
] as const;
export const givenNames = [
  'Wei',
  'Fang',
  'Min',
  'Jing',
  'Lei',
  'Yan',
  'Tao',
  'Hui',
  'Jun',
  'Xiaoming',
  'Lina',
  'Hao',
] as const;
export const certifications = [
  'IATF 16949',
  'ISO 9001',
  'ISO 14001',
  'ISO 13485',
  'ISO 45001',
  'AS9100',
] as const;

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
