import { describe, expect, it } from 'vitest';
import { dynamoDbTurns } from './dynamodb-turns.js';

/** Stand-ins for DynamoDB Local processes: what was started, and which were stopped. */
function fakeInstances() {
  const started: string[] = [];
  const stopped: string[] = [];
  const start = async () => {
    const endpoint = `http://127.0.0.1:${9000 + started.length}`;
    started.push(endpoint);
    return { endpoint, port: 0, stop: async () => void stopped.push(endpoint) };
  };
  return { started, stopped, start };
}

describe('DynamoDB Local in turns of test files', () => {
  it('starts nothing before a file asks, then gives the same instance to the files of one turn', async () => {
    const db = fakeInstances();
    const turns = dynamoDbTurns({ filesPerInstance: 3, start: db.start, isRunning: () => true });
    expect(db.started).toEqual([]);

    const endpoints = [await turns.endpointFor(101), await turns.endpointFor(102), await turns.endpointFor(101), await turns.endpointFor(103)];

    expect(new Set(endpoints).size).toBe(1);
    expect(db.started).toHaveLength(1);
  });

  it('gives the next file a fresh instance after a full turn, and stops the old one only when its files have ended', async () => {
    const db = fakeInstances();
    const running = new Set([1, 2, 3]);
    const turns = dynamoDbTurns({ filesPerInstance: 2, start: db.start, isRunning: (pid) => running.has(pid) });

    const first = await turns.endpointFor(1);
    expect(await turns.endpointFor(2)).toBe(first);
    const second = await turns.endpointFor(3);

    expect(second).not.toBe(first);
    running.delete(1);
    await turns.stopFinished();
    expect(db.stopped).toEqual([]);
    running.delete(2);
    await turns.stopFinished();
    expect(db.stopped).toEqual([first]);

    await turns.stopAll();
    expect(db.stopped).toEqual([first, second]);
  });

  it('hands a failed start to the files of that turn, and tries again in the next turn', async () => {
    let attempts = 0;
    const turns = dynamoDbTurns({
      filesPerInstance: 1,
      start: async () => {
        attempts += 1;
        if (attempts === 1) throw new Error('no Java');
        return { endpoint: 'http://127.0.0.1:9999', port: 0, stop: async () => {} };
      },
      isRunning: () => false,
    });

    await expect(turns.endpointFor(1)).rejects.toThrow('no Java');
    await expect(turns.endpointFor(2)).resolves.toBe('http://127.0.0.1:9999');
    await turns.stopAll();
  });
});
