import type { Page } from 'playwright-core';
import { newDraft, type ApplicationDraft } from '../../web/src/pages/resident/apply/application-draft.js';
import { APPLICANT, callerFor, type StackCaller } from './intake-support.js';
import { draftScript, residentSweep, type ResidentSweep, type SweepContext } from './resident-sweep.js';

// The states drafts kept on the server add, each at 360 and 1280 px and in both languages.
const OLD_AGE = { 'zh-CN': '高龄津贴申领', en: 'Old-age allowance' };
const HOUSE = { 'zh-CN': '农村宅基地和建房（规划许可）审批', en: 'Rural homestead and house-building (planning) permit' };

async function setup(url: string) {
  const resident = await callerFor(url, 'resident');
  return { oldAgeChecklist: (await resident.call('POST', '/api/catalogue/items/MZ-GG-0003/checklist', { answers: {} })).body };
}

/** Saves a draft of the old-age allowance on the server `versions` times (the last with `answers`). */
async function saveOnServer(caller: StackCaller, versions: number, answers: Record<string, string>, code = 'MZ-GG-0003', itemName = OLD_AGE) {
  for (let v = 0; v < versions; v++) {
    const res = await caller.call('PUT', `/api/drafts/${code}/qingshi`, {
      basedOn: v,
      itemName,
      answers: v === versions - 1 ? answers : {},
      completed: ['situation'],
    });
    if (res.status !== 200) throw new Error(`draft save: ${res.status} ${JSON.stringify(res.body)}`);
  }
}

/** This device's copy in the tab: based on server version `basedOn` (none: never saved there), with an edit the server has not got. */
const deviceCopy = (ctx: SweepContext, userId: string, basedOn: number | undefined, answers: Record<string, string>): ApplicationDraft => {
  const at = Date.now() - 60_000;
  return {
    ...newDraft({ ownerId: userId, townshipId: 'qingshi', itemCode: 'MZ-GG-0003', itemName: OLD_AGE }, 'sweep-drafts-key', at + 30_000),
    checklist: ctx.oldAgeChecklist,
    answers,
    completed: ['situation'],
    ...(basedOn
      ? { server: { version: basedOn, savedAt: new Date(at).toISOString(), expiresAt: new Date(at + 30 * 86_400_000).toISOString() }, syncedAt: at }
      : {}),
  };
};

const english = async (page: Page, text: string) => {
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByText(text).first().waitFor();
};

/** Each state, then the same in English (switched on the page, as a user does). */
const bothLanguages = (entry: ResidentSweep, englishText: string, then?: (page: Page) => Promise<void>): ResidentSweep[] => [
  entry,
  {
    ...entry,
    name: `${entry.name}-en`,
    act: async (page) => {
      await english(page, englishText);
      await then?.(page);
    },
  },
];

const dashboard: ResidentSweep = {
  name: 'drafts-dashboard',
  path: '/resident',
  as: 'resident',
  ready: 'draft-list',
  prepare: async (_ctx, caller) => {
    await saveOnServer(caller, 1, { applicantName: '张明' });
    await saveOnServer(caller, 2, {}, 'ZR-XK-0001', HOUSE);
  },
};
const conflictCopy = (ctx: SweepContext, userId: string) => draftScript(deviceCopy(ctx, userId, 1, { ...APPLICANT, phone: '13900139000' }));

residentSweep('drafts kept on the server: their states are accessible at 360 and 1280 px, in both languages', setup, [
  ...bothLanguages(dashboard, 'Unfinished applications'),
  ...bothLanguages(
    {
      ...dashboard,
      name: 'drafts-delete-confirm',
      act: async (page) => {
        await page.getByTestId('draft-list').getByRole('button', { name: /^删除/ }).first().click();
        await page.getByText(/^确定删除“/).waitFor();
      },
    },
    'Unfinished applications',
    async (page) => {
      await page
        .getByTestId('draft-list')
        .getByRole('button', { name: /^Delete/ })
        .first()
        .click();
      await page.getByText(/^Delete the draft of/).waitFor();
    },
  ),
  ...bothLanguages(
    {
      name: 'drafts-offer',
      path: '/resident/apply?item=MZ-GG-0003',
      as: 'resident',
      ready: 'draft-list',
      prepare: (_ctx, caller) => saveOnServer(caller, 1, { applicantName: '张明' }),
      act: async (page) => {
        await page.getByTestId('chosen-item').getByRole('button').click();
        await page.getByTestId('draft-offer').waitFor();
      },
    },
    'What do you want to apply for?',
    async (page) => {
      await page.getByTestId('chosen-item').getByRole('button').click();
      await page.getByTestId('draft-offer').getByText('You have an unfinished application').waitFor();
    },
  ),
  ...bothLanguages(
    {
      name: 'drafts-resume-choice',
      path: '/resident/apply/resume?item=MZ-GG-0003&township=qingshi',
      as: 'resident',
      ready: 'resume-choice',
      prepare: (_ctx, caller) => saveOnServer(caller, 2, { ...APPLICANT, address: '青石镇柳村 2 组' }),
      init: conflictCopy,
    },
    'There are two versions of this application',
  ),
  ...bothLanguages(
    {
      name: 'drafts-conflict',
      path: '/resident/apply/form',
      as: 'resident',
      ready: 'apply-form',
      settled: 'conflict',
      prepare: (_ctx, caller) => saveOnServer(caller, 2, { ...APPLICANT, address: '青石镇柳村 2 组' }),
      init: conflictCopy,
    },
    'Fill in the application form',
  ),
  ...bothLanguages(
    {
      name: 'drafts-gone',
      path: '/resident/apply/form',
      as: 'resident',
      ready: 'apply-form',
      settled: 'gone',
      init: (ctx, userId) => draftScript(deviceCopy(ctx, userId, 3, { ...APPLICANT })),
    },
    'Fill in the application form',
  ),
  ...bothLanguages(
    {
      name: 'drafts-saved',
      path: '/resident/apply/form',
      as: 'resident',
      ready: 'apply-form',
      init: (ctx, userId) => draftScript(deviceCopy(ctx, userId, undefined, {})),
    },
    'Fill in the application form',
  ),
  ...bothLanguages(
    {
      name: 'drafts-device-only',
      path: '/resident/apply/form',
      as: 'resident',
      ready: 'apply-form',
      settled: 'device-only',
      init: (ctx, userId) => draftScript(deviceCopy(ctx, userId, undefined, {})),
      act: async (page) => {
        await page.context().setOffline(true);
        await page.locator('#field-applicantName').fill('张明');
      },
    },
    'Fill in the application form',
    async (page) => {
      await page.context().setOffline(true);
      await page.locator('#field-applicantName').fill('Zhang Ming');
    },
  ),
  ...bothLanguages(
    {
      name: 'drafts-sign-in-kept',
      path: '/sign-in?reason=expired',
      ready: 'page-title',
      init: (ctx) => draftScript(deviceCopy(ctx, 'u-resident-1', undefined, { applicantName: '张明' })),
    },
    'Your unfinished application is kept on this device',
  ),
]);
