import { beforeAll, describe, expect, it } from 'vitest';
import type { z } from '@hono/zod-openapi';
import { CaseListSchema, CaseResultSchema, CaseViewSchema, ProgressSchema, QueuePageSchema } from '../../../functions/http/schemas/case-view-schemas.js';
import { NoticeSchema } from '../../../functions/http/schemas/notice-schemas.js';
import { ErrorBodySchema } from '../../../functions/http/error-body.js';
import { createTestApp } from '../../support/test-app.js';
import { APPLICANT, submitOldAgeAllowance, testClock, type TestApp } from '../cases/intake-helpers.js';

/**
 * The answers the server really gives match the schemas the document publishes: each parses, and
 * parsing keeps everything (zod drops keys a schema does not name, so a field the server sends but
 * the document leaves out fails `toEqual`).
 */
const exactly = (schema: z.ZodTypeAny, body: unknown) => {
  const parsed = schema.safeParse(body);
  expect(parsed.error?.issues ?? []).toEqual([]);
  expect(parsed.data).toEqual(body);
};

describe('server answers against the published schemas', () => {
  const clock = testClock();
  let t: TestApp;
  let caseId: string;
  let queryCode: string;

  beforeAll(async () => {
    t = await createTestApp({ now: clock.now });
    const submitted = await submitOldAgeAllowance(t, 'resident', { materials: ['idCard', 'hukou', 'bankCard'] });
    expect(submitted.status, submitted.text).toBe(201);
    exactly(CaseResultSchema, submitted.body);
    caseId = submitted.body.case.caseId;
    queryCode = submitted.body.case.queryCode;
    const accepted = await t.call('POST', `/api/cases/${caseId}/accept`, { as: 'clerk', body: { version: submitted.body.case.version, deferred: [] } });
    expect(accepted.status, accepted.text).toBe(200);
    exactly(CaseResultSchema, accepted.body);
  });

  it('the case view (staff and applicant), with its clock', async () => {
    for (const as of ['clerk', 'resident', 'supervisor']) {
      const view = await t.call('GET', `/api/cases/${caseId}`, { as });
      expect(view.status, view.text).toBe(200);
      exactly(CaseViewSchema, view.body);
      expect(view.body.clock).toBeDefined();
    }
  });

  it('case lists and the review queue', async () => {
    const mine = await t.call('GET', '/api/cases', { as: 'resident' });
    exactly(CaseListSchema, mine.body);
    expect(mine.body.items.length).toBeGreaterThan(0);
    const queue = await t.call('GET', '/api/work/queues/review', { as: 'reviewer' });
    expect(queue.status, queue.text).toBe(200);
    exactly(QueuePageSchema, queue.body);
    expect(queue.body.items.some((e: { caseId: string }) => e.caseId === caseId)).toBe(true);
  });

  it('the acceptance notice and the public progress view', async () => {
    const notice = await t.call('GET', `/api/cases/${caseId}/notices/acceptance`, { as: 'clerk' });
    expect(notice.status, notice.text).toBe(200);
    exactly(NoticeSchema, notice.body);
    const progress = await t.call('GET', `/api/cases/lookup?code=${queryCode}&phoneLast4=${APPLICANT.phone.slice(-4)}`);
    expect(progress.status, progress.text).toBe(200);
    exactly(ProgressSchema, progress.body);
  });

  it('errors', async () => {
    const refused = await t.call('GET', '/api/cases/no-such-case', { as: 'clerk' });
    expect(refused.status).toBe(404);
    exactly(ErrorBodySchema, refused.body);
  });
});
