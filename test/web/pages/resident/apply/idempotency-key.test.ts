import { beforeAll, describe, expect, it } from 'vitest';
import { ApiError } from '../../../../../web/src/api/api-error.js';
import { createApiClient, type ApiClient } from '../../../../../web/src/api/client.js';
import { submitApplication, type SubmitBody } from '../../../../../web/src/api/intake.js';
import { needsNewKey, newIdempotencyKey } from '../../../../../web/src/pages/resident/apply/idempotency-key.js';
import { createTestApp } from '../../../../support/test-app.js';
import { APPLICANT, upload } from '../../../../http/cases/intake-helpers.js';

describe('needsNewKey', () => {
  it.each([
    ['a 400 refusal (the server keeps it under the key)', new ApiError(400, 'VALIDATION', 'x'), true],
    ['a 422 rule refusal', new ApiError(422, 'MATERIALS_INCOMPLETE', 'x'), true],
    ['the key reused with another body', new ApiError(409, 'IDEMPOTENCY_KEY_REUSED', 'x'), true],
    ['the same request still running', new ApiError(409, 'IDEMPOTENCY_IN_PROGRESS', 'x'), false],
    ['no answer at all (offline)', new ApiError(0, 'NETWORK_ERROR', ''), false],
    ['a server failure (the key is freed)', new ApiError(503, 'HTTP_503', ''), false],
    ['something that is not an API error', new TypeError('x'), false],
  ])('%s → %s', (_, error, expected) => {
    expect(needsNewKey(error)).toBe(expected);
  });

  it('makes keys the API accepts, never the same twice', () => {
    const keys = new Set(Array.from({ length: 50 }, () => newIdempotencyKey()));
    expect(keys.size).toBe(50);
    for (const key of keys) expect(key).toMatch(/^[A-Za-z0-9._:-]{8,128}$/);
    expect(newIdempotencyKey('resubmit')).toMatch(/^resubmit-/);
  });
});

// The key policy against the real API: a retry with the kept key finds the same case.
describe('submitting with an Idempotency-Key', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let api: ApiClient;
  beforeAll(async () => {
    t = await createTestApp();
    const token = await t.tokenFor('resident');
    api = createApiClient({ token: () => token, lang: () => 'zh-CN', fetch: (input, init) => Promise.resolve(t.app.request(String(input), init)) });
  });

  const body = async (answers: Record<string, string>): Promise<SubmitBody> => ({
    itemCode: 'MZ-GG-0003',
    townshipId: 'qingshi',
    variantAnswers: {},
    answers,
    materials: [
      { materialId: 'idCard', fileIds: [await upload(t, 'resident')] },
      { materialId: 'hukou', fileIds: [await upload(t, 'resident')] },
    ],
  });

  it('returns the same case when a submission is retried with its key (a double click, a lost answer)', async () => {
    const key = newIdempotencyKey();
    const application = await body(APPLICANT);
    const first = await submitApplication(api, application, key);
    const retry = await submitApplication(api, application, key);
    expect(retry.caseId).toBe(first.caseId);
    const mine = await t.call('GET', '/api/cases', { as: 'resident' });
    expect(mine.body.items.filter((i: { caseId: string }) => i.caseId === first.caseId)).toHaveLength(1);
  });

  it('after a refusal, the corrected application needs a new key: the old one is refused with 409', async () => {
    const key = newIdempotencyKey();
    const refused = await submitApplication(api, await body({ ...APPLICANT, idNumber: '110105194912310021' }), key).catch((e: unknown) => e);
    expect(refused).toMatchObject({ status: 400 });
    expect(needsNewKey(refused)).toBe(true);

    // Another person than the first test's applicant: their open case would be a duplicate.
    const corrected = await body({ ...APPLICANT, idNumber: '110105198001010016' });
    const reused = await submitApplication(api, corrected, key).catch((e: unknown) => e);
    expect(reused).toMatchObject({ status: 409, code: 'IDEMPOTENCY_KEY_REUSED' });
    await expect(submitApplication(api, corrected, newIdempotencyKey())).resolves.toMatchObject({ state: 'submitted' });
  });
});
