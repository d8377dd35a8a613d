import { ItemVersionSchema, type ItemVersion } from '../core/catalogue/item-version.js';
import type { OfferingAction, OfferingRecord } from '../core/catalogue/offering.js';
import { BUSINESS_ITEMS } from './catalogue/business.js';
import { CATALOGUE_START, withCounty, type DemoItem } from './catalogue/common.js';
import { EMPLOYMENT_VETERANS_ITEMS } from './catalogue/employment-veterans.js';
import { HOUSING_ITEMS } from './catalogue/housing.js';
import { POPULATION_HEALTH_ITEMS } from './catalogue/population-health.js';
import { SOCIAL_ASSISTANCE_ITEMS } from './catalogue/social-assistance.js';
import { DEMO_COUNTY, DEMO_TOWNSHIPS } from './geography.js';

const DEMO_ITEMS: DemoItem[] = [...SOCIAL_ASSISTANCE_ITEMS, ...HOUSING_ITEMS, ...POPULATION_HEALTH_ITEMS, ...EMPLOYMENT_VETERANS_ITEMS, ...BUSINESS_ITEMS];

const RECORDED_BY = 'u-admin';
const recordedAt = (effectiveFrom: string) => `${effectiveFrom}T00:00:00.000Z`;

/** Every version of every demo item, checked against the catalogue schema. */
export const DEMO_ITEM_VERSIONS: ItemVersion[] = DEMO_ITEMS.flatMap((item) =>
  item.versions.map((v, i) =>
    ItemVersionSchema.parse({
      ...withCounty(v.content),
      version: i + 1,
      effectiveFrom: v.effectiveFrom,
      changeNote: v.changeNote,
      recordedAt: recordedAt(v.effectiveFrom),
      recordedBy: RECORDED_BY,
    }),
  ),
);

/** Item codes, one per demo item. */
export const DEMO_ITEM_CODES: string[] = [...new Set(DEMO_ITEM_VERSIONS.map((v) => v.code))];

/**
 * Where the demo townships differ from "every item granted since the catalogue started", so
 * that per-township offerings show: Liulin had the rural planning permit recalled after a
 * review of poorly run items; Baihe gets the food shop registration only from next year;
 * Qingshi handles the machinery subsidy on the county's behalf (entrusted).
 */
const EXCEPTIONS: { townshipId: string; itemCode: string; history: { action: OfferingAction; effectiveFrom: string; reason: string }[] }[] = [
  {
    townshipId: 'liulin',
    itemCode: 'ZR-XK-0002',
    history: [
      { action: 'grant', effectiveFrom: CATALOGUE_START, reason: '首批赋权事项（演示数据）' },
      {
        action: 'recall',
        effectiveFrom: '2026-09-01',
        reason: '运行不良事项：2026年上半年评估办件质量不达标，收回县自然资源和规划局办理',
      },
    ],
  },
  {
    townshipId: 'baihe',
    itemCode: 'SJ-XK-0002',
    history: [{ action: 'grant', effectiveFrom: '2027-01-01', reason: '第二批赋权事项，白河乡市场监管所人员到位后承接' }],
  },
  {
    townshipId: 'qingshi',
    itemCode: 'NY-JF-0001',
    history: [{ action: 'entrust', effectiveFrom: CATALOGUE_START, reason: '县农业农村局委托青石镇办理' }],
  },
];

/** Every demo offering record. */
export const DEMO_OFFERINGS: OfferingRecord[] = DEMO_TOWNSHIPS.flatMap((township) =>
  DEMO_ITEM_CODES.flatMap((itemCode) => {
    const exception = EXCEPTIONS.find((e) => e.townshipId === township.id && e.itemCode === itemCode);
    const history = exception?.history ?? [{ action: 'grant' as const, effectiveFrom: CATALOGUE_START, reason: '首批赋权事项（演示数据）' }];
    return history.map((h, i) => ({
      countyId: DEMO_COUNTY.id,
      townshipId: township.id,
      itemCode,
      seq: i + 1,
      ...h,
      recordedAt: recordedAt(h.effectiveFrom < CATALOGUE_START ? CATALOGUE_START : h.effectiveFrom),
      recordedBy: RECORDED_BY,
    }));
  }),
);
