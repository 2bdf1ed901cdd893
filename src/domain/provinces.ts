/**
 * Stable ASCII ids for provinces, used in URLs (/parks/province/<id>/) and filter
 * queries. Content stores a province as `{ zh, en }` text; the id comes from the
 * Chinese name through the official romanisation of the 34 provincial-level
 * divisions (so 陕西 "shaanxi" and 山西 "shanxi" stay apart, and editing the English
 * label never moves a URL), falling back to the English name made URL-safe.
 */

/** Provincial-level divisions by Chinese short name → URL id (Hanyu Pinyin, as officially spelt). */
const PROVINCE_IDS: Readonly<Record<string, string>> = {
  北京: 'beijing',
  天津: 'tianjin',
  河北: 'hebei',
  山西: 'shanxi',
  内蒙古: 'inner-mongolia',
  辽宁: 'liaoning',
  吉林: 'jilin',
  黑龙江: 'heilongjiang',
  上海: 'shanghai',
  江苏: 'jiangsu',
  浙江: 'zhejiang',
  安徽: 'anhui',
  福建: 'fujian',
  江西: 'jiangxi',
  山东: 'shandong',
  河南: 'henan',
  湖北: 'hubei',
  湖南: 'hunan',
  广东: 'guangdong',
  广西: 'guangxi',
  海南: 'hainan',
  重庆: 'chongqing',
  四川: 'sichuan',
  贵州: 'guizhou',
  云南: 'yunnan',
  西藏: 'tibet',
  陕西: 'shaanxi',
  甘肃: 'gansu',
  青海: 'qinghai',
  宁夏: 'ningxia',
  新疆: 'xinjiang',
  香港: 'hong-kong',
  澳门: 'macao',
  台湾: 'taiwan',
};

/** Official suffixes a Chinese province name may carry ("湖南省", "广西壮族自治区"). */
const SUFFIX = /(省|市|壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区)$/;

/** "Inner Mongolia" → "inner-mongolia": lower case ASCII words joined by hyphens. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f']/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * The URL id of a province given as `{ zh, en }`.
 * @throws Error when neither name yields an id (say, a Chinese-only name that is not
 *   a provincial-level division), so the build names the problem instead of making
 *   an empty URL.
 */
export function provinceId(province: { zh?: string | undefined; en?: string | undefined }): string {
  const zh = province.zh?.trim().replace(SUFFIX, '');
  const fromZh = zh === undefined ? undefined : PROVINCE_IDS[zh];
  if (fromZh !== undefined) return fromZh;
  const fromEn = slugify(province.en ?? '');
  if (fromEn !== '') return fromEn;
  throw new Error(
    `No URL id for province "${province.zh ?? province.en ?? ''}": write its English name (en:) or use a provincial-level division`,
  );
}
