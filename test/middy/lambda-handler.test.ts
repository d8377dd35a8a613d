import { describe, expect, it } from 'vitest';
import { createLogger } from '../../functions/http/logger.js';
import { lambdaHandler } from '../../functions/middy/lambda-handler.js';
import { fakeLambdaContext } from '../support/lambda-context.js';

function memoryLogger() {
  const lines: Record<string, unknown>[] = [];
  const logger = createLogger('info', { service: 'test' }, (line) => lines.push(JSON.parse(line) as Record<string, unknown>));
  return { logger, lines };
}

describe('lambdaHandler (shared middy bundle)', () => {
  it('hands the handler the parsed config and a logger bound to the request', async () => {
    const { logger, lines } = memoryLogger();
    const handler = lambdaHandler({ config: { TABLE_NAME: 'intake' }, logger }, async (event: { n: number }, context) => {
      context.logger.info('working', { n: event.n });
      return `${context.config.TABLE_NAME}:${event.n}`;
    });

    const result = await handler({ n: 2 }, fakeLambdaContext({ awsRequestId: 'req-42', functionName: 'sweep' }));

    expect(result).toBe('intake:2');
    expect(lines).toEqual([expect.objectContaining({ message: 'working', n: 2, service: 'test', requestId: 'req-42', function: 'sweep', coldStart: true })]);
  });

  it('marks only the first invocation of a container as a cold start', async () => {
    const { logger, lines } = memoryLogger();
    const handler = lambdaHandler({ config: {}, logger }, async (_event: unknown, context) => {
      context.logger.info('tick');
    });

    await handler({}, fakeLambdaContext());
    await handler({}, fakeLambdaContext());

    expect(lines.map((l) => l.coldStart)).toEqual([true, false]);
  });

  it('logs an unhandled error once, masked, and rethrows it so Lambda can retry', async () => {
    const { logger, lines } = memoryLogger();
    const handler = lambdaHandler({ config: {}, logger }, async () => {
      throw new Error('caller 13912345678 not found');
    });

    await expect(handler({}, fakeLambdaContext({ awsRequestId: 'req-7' }))).rejects.toThrow('not found');

    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: 'error', message: 'invocation failed', requestId: 'req-7' });
    expect(JSON.stringify(lines[0])).toContain('139****5678');
    expect(JSON.stringify(lines[0])).not.toContain('13912345678');
  });
});
