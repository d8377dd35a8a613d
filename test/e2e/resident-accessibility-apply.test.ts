import { newDraft, type ApplicationDraft } from '../../web/src/pages/resident/apply/application-draft.js';
import { APPLICANT, callerFor, fileOf, uploadAs } from './intake-support.js';
import { draftScript, residentSweep, type SweepContext } from './resident-sweep.js';

// The apply flow's pages, each at 360 and 1280 px, with screenshots in test-results/screenshots.
async function setup(url: string) {
  const resident = await callerFor(url, 'resident');
  const checklist = async (code: string, answers: Record<string, string>) =>
    (await resident.call('POST', `/api/catalogue/items/${code}/checklist`, { answers })).body;
  const idCard = await uploadAs(url, resident, 'id-front.jpg');
  return {
    houseChecklist: await checklist('ZR-XK-0001', { buildType: 'new', usesFarmland: 'yes' }),
    oldAgeChecklist: await checklist('MZ-GG-0003', {}),
    idCard,
  };
}

const draft = (ctx: SweepContext, userId: string, code: string, more: Partial<ApplicationDraft>): ApplicationDraft => ({
  ...newDraft({ ownerId: userId, townshipId: 'qingshi', itemCode: code }, 'sweep-key-0001'),
  ...more,
});

const oldAgeDone = (ctx: SweepContext, userId: string, extra: Partial<ApplicationDraft> = {}) =>
  draft(ctx, userId, 'MZ-GG-0003', {
    checklist: ctx.oldAgeChecklist,
    answers: { ...APPLICANT },
    materials: { idCard: [{ fileId: ctx.idCard, name: 'id-front.jpg', contentType: 'image/jpeg', size: 2048 }] },
    completed: ['situation', 'form'],
    ...extra,
  });

residentSweep('the apply flow is accessible at 360 and 1280 px', setup, [
  { name: 'apply-choose', path: '/resident/apply?item=ZR-XK-0001', as: 'resident', ready: 'chosen-item' },
  {
    name: 'apply-situation',
    path: '/resident/apply/situation',
    as: 'resident',
    ready: 'checklist',
    init: (ctx, userId) => draftScript(draft(ctx, userId, 'ZR-XK-0001', { variantAnswers: { buildType: 'new', usesFarmland: 'yes' } })),
  },
  {
    name: 'apply-situation-en',
    path: '/resident/apply/situation',
    as: 'resident',
    ready: 'checklist',
    init: (ctx, userId) => draftScript(draft(ctx, userId, 'ZR-XK-0001', { variantAnswers: { buildType: 'rebuild' } })),
    act: async (page) => {
      await page.getByRole('button', { name: 'English' }).click();
      await page.getByText('Conditions and your situation').waitFor();
      await page.getByTestId('checklist').getByText('Commitment to demolish the old house').waitFor();
    },
  },
  {
    name: 'apply-form-errors',
    path: '/resident/apply/form',
    as: 'resident',
    ready: 'apply-form',
    init: (ctx, userId) =>
      draftScript(
        draft(ctx, userId, 'ZR-XK-0001', {
          checklist: ctx.houseChecklist,
          variantAnswers: { buildType: 'new', usesFarmland: 'yes' },
          answers: { idNumber: '110105194912310021', householdSize: '30' },
          completed: ['situation'],
        }),
      ),
    act: async (page) => {
      await page.getByRole('button', { name: '继续', exact: true }).click();
      await page.getByTestId('error-summary').waitFor();
    },
  },
  {
    name: 'apply-materials',
    path: '/resident/apply/materials',
    as: 'resident',
    ready: 'apply-materials',
    init: (ctx, userId) => draftScript(oldAgeDone(ctx, userId)),
    act: async (page) => {
      await page.setInputFiles('#material-hukou', fileOf('notes.txt', 'text/plain'));
      await page.getByText('notes.txt 的文件类型不能用').waitFor();
    },
  },
  {
    name: 'apply-consent-errors',
    path: '/resident/apply/consent',
    as: 'proxy',
    ready: 'apply-consent',
    init: (ctx, userId) => draftScript(oldAgeDone(ctx, userId, { completed: ['situation', 'form', 'materials'] })),
    act: async (page) => {
      await page.getByRole('button', { name: '继续', exact: true }).click();
      await page.getByTestId('error-summary').waitFor();
    },
  },
  {
    name: 'apply-check',
    path: '/resident/apply/check',
    as: 'resident',
    ready: 'apply-check',
    init: (ctx, userId) => draftScript(oldAgeDone(ctx, userId, { completed: ['situation', 'form', 'materials'] })),
  },
  {
    name: 'apply-check-proxy',
    path: '/resident/apply/check',
    as: 'proxy',
    ready: 'apply-check',
    init: (ctx, userId) =>
      draftScript(
        oldAgeDone(ctx, userId, {
          completed: ['situation', 'form', 'materials', 'consent'],
          consent: { method: 'phone_call', givenAt: '2026-01-05T09:30', note: '' },
        }),
      ),
  },
]);
