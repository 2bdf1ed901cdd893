/**
 * What the CMS shows for each schema field: Chinese label (what officers read first), the
 * English label and hint (in the hint line, since Sveltia CMS labels are one string and
 * cannot follow the UI language: sveltia/sveltia-cms#403), units, which collection an id
 * refers to, and which dictionary keys name an enum's values. Keyed by field path
 * (`collection:path`); `*:path` entries apply wherever the path ends that way (provenance,
 * coordinates). The generator refuses a schema field without an entry and an entry
 * without a field, so this table cannot drift from the schemas either.
 */
import { t, type FieldText } from './field-text';
import { parkTexts } from './labels-parks';
import { otherTexts } from './labels-other';

export type { CollectionName, FieldText } from './field-text';

/** Entries that apply wherever a path ends this way. */
export const sharedTexts: Record<string, FieldText> = {
  '*:source': t('数据来源', 'Source', {
    hint: [
      '发布这组数据的单位和文件，如“湘江园区管委会《2026年投资指南》”。',
      'Who published these figures, as a reader would cite it.',
    ],
  }),
  '*:asOf': t('数据日期', 'As of', {
    hint: [
      '这组数据所反映的日期；超过 18 个月会在内容报告中标为过期。',
      'The date the figures describe; older than 18 months is reported as stale.',
    ],
  }),
  '*:coordinates': t('坐标', 'Coordinates', {
    hint: [
      'WGS-84 十进制度数（可在地图软件中右键复制）；距离按此计算。',
      'WGS-84 decimal degrees; distances are computed from here.',
    ],
  }),
  '*:coordinates.lat': t('纬度', 'Latitude', {
    unit: ['度', '°'],
    hint: ['北纬为正。', 'North positive.'],
  }),
  '*:coordinates.lon': t('经度', 'Longitude', {
    unit: ['度', '°'],
    hint: ['东经为正。', 'East positive.'],
  }),
};

/** Every entry, keyed `collection:path`. */
export const fieldTexts: Record<string, FieldText> = {
  ...sharedTexts,
  ...parkTexts,
  ...otherTexts,
};

/** The entry for a field: its own, else the shared one its path ends with. */
export function textFor(
  collection: string,
  path: string,
): { key: string; text: FieldText } | undefined {
  const own = `${collection}:${path}`;
  if (fieldTexts[own]) return { key: own, text: fieldTexts[own] };
  const segments = path.split('.');
  for (let i = 0; i < segments.length; i += 1) {
    const key = `*:${segments.slice(i).join('.')}`;
    if (sharedTexts[key]) return { key, text: sharedTexts[key] };
  }
  return undefined;
}
