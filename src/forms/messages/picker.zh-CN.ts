/**
 * 咨询表中“选择园区”部分及无 JavaScript 园区列表（/inquire/parks/）的简体中文文本。
 */
import { LIMITS } from '../../domain/inquiry/fields';
import { localizePath } from '../../i18n/routing';
import type { ParkListWords, PickerWords } from './types';

export const pickerZhCN: PickerWords = {
  locale: 'zh-CN',
  none: '尚未选择园区。',
  unknown: '链接中的园区“{parks}”不在本名录中，未加入。',
  overMax: '最多可选 {max} 个园区，链接中其余园区未加入。',
  listLink: '从列表中选择园区',
  searchLabel: '按名称查找园区',
  searchHint: '输入园区中文或英文名称，用上下方向键选择，按回车加入。',
  results: {
    none: '没有名称相符的园区，可换个关键词或从列表中选择。',
    one: '找到 1 个园区',
    other: '找到 {count} 个园区',
  },
  unavailable: '暂时无法查找，请从列表中选择园区。',
  full: `已选满 ${LIMITS.parksMax} 个园区。如需更换，请先取消勾选一个。`,
  added: '已加入：{name}',
  already: '{name} 已在所选园区中',
  listPath: localizePath('/inquire/parks/', 'zh-CN'),
  formPath: localizePath('/inquire/chosen/', 'zh-CN'),
};

export const parkListZhCN: ParkListWords = {
  title: '选择咨询园区',
  description: '按产业链分组的园区列表，用于在投资咨询表中添加园区。',
  heading: '选择咨询园区',
  intro: '全部园区按主导产业链分组，每页 {perPage} 个。点“加入”后回到咨询表。',
  noScript:
    '浏览器未启用 JavaScript 时，从本列表加入园区后，咨询表中已填写的其他内容不会保留。建议先选好园区，再填写其他内容。',
  chosenHeading: '已选园区',
  chosenNone: '尚未选择园区。',
  chosenCount: '已选 {count} 个，最多 {max} 个。',
  backToForm: '返回咨询表',
  full: '已选满 {max} 个园区，不能再加入。如需更换，请回到咨询表取消勾选后再来选择。',
  chainsHeading: '按产业链查找',
  parksCount: '{count} 个园区',
  continued: '（续）',
  add: '加入',
  added: '已选',
  pager: { label: '分页', prev: '上一页', next: '下一页', status: '第 {page} 页，共 {pages} 页' },
  unavailable: '园区列表暂时无法显示，请稍后再试。',
};
