/**
 * The demo county and its townships. Ids are stable so that seeding is idempotent and demo
 * accounts, items and cases can refer to them.
 */
export const DEMO_COUNTY = { id: 'qingshan', name: { 'zh-CN': '青山县', en: 'Qingshan County' } } as const;

export const DEMO_TOWNSHIPS = [
  { id: 'qingshi', code: 'QS', name: { 'zh-CN': '青石镇', en: 'Qingshi Town' } },
  { id: 'baihe', code: 'BH', name: { 'zh-CN': '白河乡', en: 'Baihe Township' } },
  { id: 'liulin', code: 'LL', name: { 'zh-CN': '柳林镇', en: 'Liulin Town' } },
] as const;

export type DemoTownshipId = (typeof DEMO_TOWNSHIPS)[number]['id'];
