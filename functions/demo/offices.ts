import type { Office } from '../core/catalogue/office.js';
import { DEMO_COUNTY, DEMO_TOWNSHIPS } from './geography.js';

type Bilingual = { 'zh-CN': string; en: string };

/** The consolidated offices every demo township has after the reform, by section. */
const TOWNSHIP_SECTIONS: { section: string; kind: Office['kind']; name: Bilingual }[] = [
  { section: 'party_government', kind: 'township_office', name: { 'zh-CN': '党政办公室', en: 'Party and Government Office' } },
  { section: 'social', kind: 'township_office', name: { 'zh-CN': '社会事务办公室', en: 'Social Affairs Office' } },
  { section: 'economy', kind: 'township_office', name: { 'zh-CN': '经济发展办公室', en: 'Economic Development Office' } },
  {
    section: 'planning',
    kind: 'township_office',
    name: { 'zh-CN': '自然资源和规划建设办公室', en: 'Natural Resources, Planning and Construction Office' },
  },
  { section: 'agriculture', kind: 'township_office', name: { 'zh-CN': '农业农村办公室', en: 'Agriculture and Rural Affairs Office' } },
  { section: 'veterans', kind: 'township_office', name: { 'zh-CN': '退役军人服务站', en: 'Veterans Service Station' } },
  { section: 'approval', kind: 'approval_office', name: { 'zh-CN': '行政审批办公室', en: 'Administrative Approval Office' } },
  { section: 'service_centre', kind: 'service_centre', name: { 'zh-CN': '便民服务中心', en: 'Public Service Centre' } },
];

/** County departments that decide forwarded items. */
const COUNTY_DEPARTMENTS: { id: string; name: Bilingual }[] = [
  { id: 'county-amr', name: { 'zh-CN': '青山县市场监督管理局', en: 'Qingshan County Administration for Market Regulation' } },
  { id: 'county-forestry', name: { 'zh-CN': '青山县林业局', en: 'Qingshan County Forestry Bureau' } },
  { id: 'county-civil', name: { 'zh-CN': '青山县民政局', en: 'Qingshan County Civil Affairs Bureau' } },
  { id: 'county-hrss', name: { 'zh-CN': '青山县人力资源和社会保障局', en: 'Qingshan County Human Resources and Social Security Bureau' } },
  { id: 'county-veterans', name: { 'zh-CN': '青山县退役军人事务局', en: 'Qingshan County Veterans Affairs Bureau' } },
  { id: 'county-nrp', name: { 'zh-CN': '青山县自然资源和规划局', en: 'Qingshan County Natural Resources and Planning Bureau' } },
  { id: 'county-agri', name: { 'zh-CN': '青山县农业农村局', en: 'Qingshan County Agriculture and Rural Affairs Bureau' } },
  { id: 'county-health', name: { 'zh-CN': '青山县卫生健康委员会', en: 'Qingshan County Health Commission' } },
  { id: 'county-medsec', name: { 'zh-CN': '青山县医疗保障局', en: 'Qingshan County Healthcare Security Bureau' } },
];

/** Every demo office: `<township>-<section>` for township offices, `county-*` for departments. */
export const DEMO_OFFICES: Office[] = [
  ...DEMO_TOWNSHIPS.flatMap((t) =>
    TOWNSHIP_SECTIONS.map((s) => ({
      id: `${t.id}-${s.section.replace(/_/g, '-')}`,
      countyId: DEMO_COUNTY.id,
      townshipId: t.id,
      kind: s.kind,
      section: s.section,
      name: { 'zh-CN': `${t.name['zh-CN']}${s.name['zh-CN']}`, en: `${t.name.en} ${s.name.en}` },
    })),
  ),
  ...COUNTY_DEPARTMENTS.map((d) => ({ ...d, countyId: DEMO_COUNTY.id, kind: 'county_department' as const })),
];
