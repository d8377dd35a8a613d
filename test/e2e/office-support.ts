import type { BrowserContext, Page } from 'playwright-core';
import { openPage, signInDirectly, startE2e, type E2e } from '../support/browser.js';
import { DEMO_APPLICANT, StackApi } from '../support/stack-api.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The stack for the back office's browser tests, with the API's clock under the test's control:
 * a case must be accepted some days ago before it can be suspended (a suspension starts after the
 * day of acceptance and not after today). Everyone signs in at real time, before any shift.
 */
export interface OfficeE2e {
  e2e: E2e;
  api: StackApi;
  /** Runs `task` with the API's clock `days` days back, then sets it to now again. */
  daysAgo<T>(days: number, task: () => Promise<T>): Promise<T>;
}

export async function startOfficeE2e(): Promise<OfficeE2e> {
  let shiftMs = 0;
  const e2e = await startE2e({ now: () => new Date(Date.now() - shiftMs) });
  const api = new StackApi(e2e.url);
  // Tokens are signed with the API's clock and checked against real time: sign in before any shift.
  for (const username of ['resident', 'clerk', 'reviewer', 'approver', 'officer']) await api.tokenOf(username);
  return {
    e2e,
    api,
    async daysAgo(days, task) {
      shiftMs = days * DAY_MS;
      try {
        return await task();
      } finally {
        shiftMs = 0;
      }
    },
  };
}

/** An old-age allowance (高龄津贴, township decides, 5 / 20 working days) applied for online and accepted by the clerk. */
export async function acceptedOldAgeCase(api: StackApi, answers: Record<string, string> = DEMO_APPLICANT) {
  const c = await api.submit('resident', {
    itemCode: 'MZ-GG-0003',
    answers,
    materials: { idCard: ['身份证正反面.jpg'], hukou: ['户口簿首页.jpg'], bankCard: ['银行卡.jpg'] },
  });
  const submitted = await api.caseOf(c.caseId);
  await api.call('POST', `/api/cases/${c.caseId}/accept`, 'clerk', { version: submitted.version, deferred: [] });
  const accepted = await api.caseOf(c.caseId);
  return { caseId: c.caseId, caseNumber: c.caseNumber, acceptedOn: accepted.acceptedOn as string };
}

/** The working-day calendar as the API serves it, to count days the way a person with the official notice would. */
export async function workingCalendar(api: StackApi) {
  const { years } = await api.call<{ years: { year: number; holidays: string[]; makeupWorkdays: string[] }[] }>('GET', '/api/calendar/years', 'clerk');
  const holidays = new Set(years.flatMap((y) => y.holidays));
  const makeup = new Set(years.flatMap((y) => y.makeupWorkdays));
  const isWorkingDay = (date: string) => {
    if (holidays.has(date)) return false;
    if (makeup.has(date)) return true;
    const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
    return weekday !== 0 && weekday !== 6;
  };
  const nextDay = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10);
  return {
    isWorkingDay,
    /** The first `n` working days after `date`. */
    workingDaysAfter(date: string, n: number): string[] {
      const days: string[] = [];
      for (let d = nextDay(date); days.length < n; d = nextDay(d)) if (isWorkingDay(d)) days.push(d);
      return days;
    },
    /** The date `n` working days after `date` (as a due date moves when n working days are paused or added). */
    addWorkingDays(date: string, n: number): string {
      return n === 0 ? date : this.workingDaysAfter(date, n)[n - 1]!;
    },
  };
}

/** A page signed in as `username` at `path`, in a fresh context. */
export async function openAs(
  e2e: E2e,
  username: string,
  path: string,
  viewport?: { width: number; height: number },
): Promise<{ context: BrowserContext; page: Page }> {
  const opened = await openPage(e2e, viewport);
  await signInDirectly(opened.context, e2e.url, username);
  await opened.page.goto(path);
  return opened;
}

/** Opens an action's form on the case page and waits for it (or, with nothing to fill in, its check step). */
export async function openAction(page: Page, action: string) {
  await page.getByTestId(`action-${action}`).click();
  await page.locator(`[data-testid="form-${action}"], [data-testid="confirm-${action}"]`).first().waitFor();
}

/** Confirms the open action and waits for the page to reload the case after it. */
export async function confirmAction(page: Page, action: string) {
  const confirm = page.getByTestId(`confirm-${action}`);
  await confirm.waitFor();
  const before = await page.getByTestId('office-case').getAttribute('data-version');
  await confirm.locator('button[type="submit"]').click();
  await page.locator(`[data-testid="action-done"][data-action="${action}"]`).waitFor();
  // The outcome shows as soon as the API answers; the case's new copy follows with the reload.
  await page.locator(`[data-testid="office-case"]:not([data-version="${before}"])`).waitFor();
}

/** The ISO date a date-bearing element of the page shows (its data-date). */
export const shownDate = (page: Page, testId: string) => page.getByTestId(testId).locator('[data-date]').first().getAttribute('data-date');
