import { ItemVersionSchema, type ItemVersion, type ItemVersionInput } from '../../../functions/core/catalogue/item-version.js';
import type { MaterialInput } from '../../../functions/core/catalogue/material.js';

export const t = (zh: string, en = zh) => ({ 'zh-CN': zh, en });

const m = (id: string, more: Partial<MaterialInput> = {}): MaterialInput => ({ id, name: t(id), form: 'copy', mandatory: true, ...more });

/** A small homestead-like item: two questions (one a follow-up) and three variants. */
export function itemInput(overrides: Partial<ItemVersionInput> = {}): ItemVersionInput {
  return {
    code: 'ZR-XK-0001',
    countyId: 'qingshan',
    name: t('农村宅基地和建房', 'Homestead'),
    category: 'licensing',
    handlingSection: 'planning',
    route: { kind: 'township_decides' },
    caseType: 'promised',
    legalLimitDays: 20,
    promisedLimitDays: 15,
    acceptanceConditions: [t('本集体经济组织成员')],
    materials: [m('idCard'), m('application'), m('siteSurvey'), m('oldHouseCert'), m('demolition', { mayBeDeferred: true })],
    formFields: [],
    questions: [
      {
        id: 'buildType',
        text: t('新建还是翻建？'),
        options: [
          { value: 'new', label: t('新建') },
          { value: 'rebuild', label: t('翻建') },
        ],
      },
      {
        id: 'usesFarmland',
        text: t('是否占用农用地？'),
        askWhen: { buildType: 'new' },
        options: [
          { value: 'yes', label: t('是') },
          { value: 'no', label: t('否') },
        ],
      },
    ],
    variants: [
      { id: 'newHouse', name: t('新建'), when: { buildType: 'new' }, materialIds: ['siteSurvey'], conditions: [t('无宅基地')] },
      { id: 'rebuild', name: t('翻建'), when: { buildType: 'rebuild' }, materialIds: ['oldHouseCert', 'demolition'] },
      {
        id: 'farmland',
        name: t('占用农用地'),
        when: { buildType: 'new', usesFarmland: 'yes' },
        extraMaterials: [m('landConversion')],
        conditions: [t('已办理农用地转用')],
      },
    ],
    legalBasis: [t('《土地管理法》第六十二条')],
    result: { type: 'licence', name: t('批准书') },
    deliveryOptions: ['window'],
    version: 1,
    effectiveFrom: '2025-01-01',
    recordedAt: '2025-01-01T00:00:00.000Z',
    recordedBy: 'u-admin',
    changeNote: '首版',
    ...overrides,
  };
}

/** A parsed item version with the overrides applied. */
export const itemVersion = (overrides: Partial<ItemVersionInput> = {}): ItemVersion => ItemVersionSchema.parse(itemInput(overrides));
