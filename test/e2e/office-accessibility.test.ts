import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, it } from 'vitest';
import { acceptedOldAgeCase, startOfficeE2e, workingCalendar, type OfficeE2e } from './office-support.js';
import { sweepPage, type SweepEntry } from './sweep.js';

const english = (ready: string) => async (p: Page) => {
  await p.getByRole('button', { name: 'English' }).click();
  await p.locator('html[lang="en"]').waitFor();
  await p.getByTestId(ready).first().waitFor();
};

describe('the back office’s pages: accessibility and layout at 360 and 1280 px, in both languages', { timeout: 120_000 }, () => {
  let stack: OfficeE2e;
  let context: BrowserContext | undefined;
  const cases: Record<string, string> = {};

  beforeAll(async () => {
    stack = await startOfficeE2e();
    const { api } = stack;
    const calendar = await workingCalendar(api);
    const step = async (caseId: string, as: string, path: string, body: Record<string, unknown> = {}) => {
      const { version } = await api.caseOf(caseId, as);
      await api.call('POST', `/api/cases/${caseId}/${path}`, as, { version, ...body });
    };
    // Waiting for review.
    cases.review = (await acceptedOldAgeCase(api)).caseId;
    // Taken and suspended for a site survey since the day after acceptance.
    const suspended = await stack.daysAgo(6, () => acceptedOldAgeCase(api));
    await step(suspended.caseId, 'reviewer', 'take');
    const [start, end] = calendar.workingDaysAfter(suspended.acceptedOn, 2) as [string, string];
    await step(suspended.caseId, 'reviewer', 'suspend', { procedure: 'site_survey', reason: '需要现场核实居住情况', start, expectedEnd: end });
    await step(suspended.caseId, 'reviewer', 'request-extension', { workingDays: 4, reason: '需要向县民政局核实户籍信息' });
    await step(suspended.caseId, 'approver', 'approve-extension');
    cases.suspended = suspended.caseId;
    // Taken, so the reviewer may ask for the extension.
    const taken = await acceptedOldAgeCase(api);
    await step(taken.caseId, 'reviewer', 'take');
    cases.taken = taken.caseId;
    // Taken and proposed: waits for the approver's decision.
    const proposed = await acceptedOldAgeCase(api, {
      applicantName: '李桂英',
      idNumber: '11010519491231002X',
      phone: '13900139000',
      address: '青石镇青石村 5 组 3 号',
    });
    await step(proposed.caseId, 'reviewer', 'take');
    await step(proposed.caseId, 'reviewer', 'propose', {
      outcome: 'refuse',
      reasons: ['申请人未满 80 周岁'],
      legalBasis: ['《中华人民共和国老年人权益保障法》第三十三条'],
    });
    cases.proposed = proposed.caseId;
  }, 240_000);
  afterAll(async () => {
    await stack?.e2e.stop();
  });
  afterEach(async () => {
    await context?.close();
    context = undefined;
  });

  const SWEEP: SweepEntry[] = [
    { name: 'office-queue-reviewer', path: '/office', as: 'reviewer', ready: 'work-queue-table' },
    { name: 'office-queue-reviewer-en', path: '/office', as: 'reviewer', ready: 'work-queue-table', act: english('work-queue-table') },
    { name: 'office-queue-approver', path: '/office', as: 'approver', ready: 'work-queue-table' },
    { name: 'office-queue-officer-en', path: '/office', as: 'officer', ready: 'empty-state', act: english('empty-state') },
    { name: 'office-case-review', path: '/office/cases/{review}', as: 'reviewer', ready: 'clock-panel' },
    { name: 'office-case-suspended', path: '/office/cases/{suspended}', as: 'reviewer', ready: 'clock-panel' },
    { name: 'office-case-suspended-en', path: '/office/cases/{suspended}', as: 'reviewer', ready: 'clock-panel', act: english('clock-panel') },
    {
      name: 'office-case-resume-form',
      path: '/office/cases/{suspended}',
      as: 'reviewer',
      ready: 'clock-panel',
      act: (p) =>
        p
          .getByTestId('action-resume')
          .click()
          .then(() => p.getByTestId('form-resume').waitFor()),
    },
    { name: 'office-notice-suspension', path: '/notices/{suspended}/suspension', as: 'reviewer', ready: 'notice-sheet' },
    {
      name: 'office-notice-extension-en',
      path: '/notices/{suspended}/extension',
      as: 'approver',
      ready: 'notice-sheet',
      act: async (p) => {
        await english('notice-sheet')(p);
        await p.getByRole('button', { name: 'Show in English' }).click();
        await p.locator('[data-testid="notice-sheet"][lang="en"]').waitFor();
      },
    },
    {
      name: 'office-case-extension-preview-en',
      path: '/office/cases/{taken}',
      as: 'reviewer',
      ready: 'clock-panel',
      act: async (p) => {
        await english('clock-panel')(p);
        await p.getByTestId('action-request_extension').click();
        await p.getByLabel('Working days to add').fill('4');
        await p.getByLabel('Reason', { exact: true }).fill('The household register must be checked with the county');
        await p.getByRole('button', { name: 'Next: check' }).click();
        await p.getByTestId('preview-legal').waitFor();
      },
    },
    {
      name: 'office-case-suspend-errors',
      path: '/office/cases/{review}',
      as: 'reviewer',
      ready: 'clock-panel',
      act: async (p) => {
        await p.getByTestId('action-take').click();
        await p.getByTestId('confirm-take').locator('button[type="submit"]').click();
        await p.locator('[data-testid="action-done"][data-action="take"]').waitFor();
        await p.getByTestId('action-suspend').click();
        await p.locator('#suspend-start').fill('');
        await p.getByRole('button', { name: '下一步：核对' }).click();
        await p.getByTestId('error-summary').waitFor();
      },
    },
    {
      name: 'office-case-decision-preview',
      path: '/office/cases/{proposed}',
      as: 'approver',
      ready: 'clock-panel',
      act: async (p) => {
        await p.getByTestId('action-decide').click();
        await p.getByRole('button', { name: '下一步：核对' }).click();
        await p.getByTestId('decision-preview').waitFor();
      },
    },
    {
      name: 'office-case-decision-preview-en',
      path: '/office/cases/{proposed}',
      as: 'approver',
      ready: 'clock-panel',
      act: async (p) => {
        await english('clock-panel')(p);
        await p.getByTestId('action-decide').click();
        await p.getByRole('button', { name: 'Next: check' }).click();
        await p.getByTestId('decision-preview').waitFor();
      },
    },
  ];

  for (const entry of SWEEP) {
    it(`${entry.name}: no serious axe finding, no sideways scrolling, one h1`, async () => {
      const path = entry.path.replace(/\{(\w+)\}/, (_, key: string) => cases[key]!);
      context = await sweepPage(stack.e2e, { ...entry, path });
    });
  }
});
