import type { Context, ScheduledEvent } from 'aws-lambda';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { SweepResult } from '../../functions/use-cases/deadlines/sweep-deadlines.js';
import { createTestApp } from '../support/test-app.js';
import { captureLogLines, fakeLambdaContext } from '../support/lambda-context.js';
import { submitOldAgeAllowance, testClock, type TestApp } from '../http/cases/intake-helpers.js';

type Handler = (event: ScheduledEvent, context: Context) => Promise<SweepResult>;

const scheduledEvent: ScheduledEvent = {
  version: '0',
  id: 'e-1',
  'detail-type': 'Scheduled Event',
  source: 'aws.events',
  account: '123456789012',
  time: '2026-01-05T01:15:00Z',
  region: 'cn-north-1',
  resources: ['arn:aws:events:cn-north-1:123456789012:rule/deadline-sweep'],
  detail: {},
};

describe('sweep handler (functions/sweep/handler.ts) on DynamoDB Local', () => {
  let handler: Handler;
  let t: TestApp;
  let caseId: string;

  beforeAll(async () => {
    // A case received on 2 March 2026 that nobody answered: long past the 5-working-day limit now.
    const clock = testClock('2026-03-02T02:00:00.000Z');
    t = await createTestApp({ now: clock.now });
    caseId = (await submitOldAgeAllowance(t, 'resident')).body.case.caseId;
    vi.stubEnv('TABLE_NAME', t.tableName);
    vi.stubEnv('DYNAMODB_ENDPOINT', t.endpoint);
    vi.stubEnv('AWS_REGION', 'cn-north-1');
    ({ handler } = (await import('../../functions/sweep/handler.js')) as { handler: Handler });
  });

  it('deems the neglected application accepted on receipt and logs the outcome', async () => {
    const { result, lines } = await captureLogLines(() => handler(scheduledEvent, fakeLambdaContext({ awsRequestId: 'req-s1' })));
    expect(result).toMatchObject({ deemedAccepted: 1, changed: 1 });
    expect(lines).toContainEqual(expect.objectContaining({ message: 'deadline sweep finished', deemedAccepted: 1, service: 'sweep', requestId: 'req-s1' }));
    const c = await t.deps.intake.cases.get(caseId);
    expect(c).toMatchObject({ state: 'under_review', acceptedOn: '2026-03-02', deemedAccepted: true, card: 'legal_breach' });
  });

  it('changes nothing on a second run the same day', async () => {
    const { result } = await captureLogLines(() => handler(scheduledEvent, fakeLambdaContext({ awsRequestId: 'req-s2' })));
    expect(result).toMatchObject({ changed: 0, deemedAccepted: 0 });
  });

  it('refuses to start without a table name', async () => {
    const { parseSweepEnv } = await import('../../functions/config/sweep-env.js');
    expect(() => parseSweepEnv({ AWS_REGION: 'cn-north-1' })).toThrow(/TABLE_NAME/);
  });
});
