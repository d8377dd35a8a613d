import type { Context } from 'aws-lambda';

/** A Lambda context as the runtime would pass it, for calling handlers in process. */
export function fakeLambdaContext(overrides: Partial<Context> = {}): Context {
  return {
    callbackWaitsForEmptyEventLoop: true,
    functionName: 'test-function',
    functionVersion: '$LATEST',
    invokedFunctionArn: 'arn:aws:lambda:cn-north-1:123456789012:function:test-function',
    memoryLimitInMB: '256',
    awsRequestId: 'req-0001',
    logGroupName: '/aws/lambda/test-function',
    logStreamName: '2026/01/05/[$LATEST]abc',
    getRemainingTimeInMillis: () => 30_000,
    done: () => {},
    fail: () => {},
    succeed: () => {},
    ...overrides,
  };
}

/** Collects what the JSON logger writes to stdout while `fn` runs, one parsed object per line. */
export async function captureLogLines<T>(fn: () => Promise<T>): Promise<{ result: T | undefined; error: unknown; lines: Record<string, unknown>[] }> {
  const lines: Record<string, unknown>[] = [];
  const original = process.stdout.write.bind(process.stdout);
  process.stdout.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
    const text = typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    for (const line of text.split('\n')) {
      if (line.startsWith('{')) {
        try {
          lines.push(JSON.parse(line) as Record<string, unknown>);
          continue;
        } catch {
          // not one of ours: pass it through
        }
      }
      if (line) original(`${line}\n`);
    }
    void rest;
    return true;
  }) as typeof process.stdout.write;
  try {
    return { result: await fn(), error: undefined, lines };
  } catch (error) {
    return { result: undefined, error, lines };
  } finally {
    process.stdout.write = original;
  }
}
