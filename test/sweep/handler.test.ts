import type { Context, ScheduledEvent } from 'aws-lambda';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { SweepResult } from '../../functions/use-cases/sweep-deadlines.js';
import { captureLogLines, fakeLambdaContext } from '../support/lambda-context.js';

// The use case has its own tests; here we check only that the entry wires config, client and clock.
vi.mock('../../functions/use-cases/sweep-deadlines.js', () => ({
  sweepDeadlines: vi.fn(async (): Promise<SweepResult> => ({ scanned: 12, changed: 3 })),
}));

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

describe('sweep handler (functions/sweep/handler.ts)', () => {
  let handler: Handler;
  let sweepDeadlines: ReturnType<typeof vi.fn>;

  beforeAll(async () => {
    vi.stubEnv('TABLE_NAME', 'intake-table');
    vi.stubEnv('AWS_REGION', 'cn-north-1');
    ({ handler } = (await import('../../functions/sweep/handler.js')) as { handler: Handler });
    sweepDeadlines = (await import('../../functions/use-cases/sweep-deadlines.js')).sweepDeadlines as unknown as ReturnType<typeof vi.fn>;
  });

  it('runs the sweep on the configured table with the current time and logs the outcome', async () => {
    const before = Date.now();
    const { result, lines } = await captureLogLines(() => handler(scheduledEvent, fakeLambdaContext({ awsRequestId: 'req-s1' })));

    expect(result).toEqual({ scanned: 12, changed: 3 });
    const deps = sweepDeadlines.mock.calls[0]![0] as { tableName: string; now: Date; db: unknown };
    expect(deps.tableName).toBe('intake-table');
    expect(deps.now.getTime()).toBeGreaterThanOrEqual(before);
    expect(deps.db).toBeDefined();
    expect(lines).toContainEqual(
      expect.objectContaining({ message: 'deadline sweep finished', scanned: 12, changed: 3, service: 'sweep', requestId: 'req-s1' }),
    );
  });

  it('logs a failed sweep and fails the invocation so the schedule’s DLQ sees it', async () => {
    sweepDeadlines.mockRejectedValueOnce(new Error('throttled'));

    const { error, lines } = await captureLogLines(() => handler(scheduledEvent, fakeLambdaContext()));

    expect(error).toBeInstanceOf(Error);
    expect(lines).toContainEqual(expect.objectContaining({ level: 'error', message: 'invocation failed', service: 'sweep' }));
  });

  it('refuses to start without a table name', async () => {
    const { parseSweepEnv } = await import('../../functions/config/sweep-env.js');
    expect(() => parseSweepEnv({ AWS_REGION: 'cn-north-1' })).toThrow(/TABLE_NAME/);
  });
});
