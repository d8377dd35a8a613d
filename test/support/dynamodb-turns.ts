import type { RunningDynamoDbLocal } from '../../scripts/lib/dynamodb-local.js';

export interface DynamoDbTurnsOptions {
  /** How many test files share one DynamoDB Local before the next file gets a fresh one. */
  filesPerInstance: number;
  start: () => Promise<RunningDynamoDbLocal>;
  /** Whether the process of a test file still runs; each file runs in a process of its own. */
  isRunning?: (pid: number) => boolean;
}

/**
 * The run's DynamoDB Local, shared by the test files in turns. DynamoDB Local keeps every stream
 * record (for 24 hours, also those of deleted tables), and every write to a table with a stream
 * gets slower with their number: on our machine 1,000 writes took 1.8 s in a fresh one and 6.6 s
 * after 20,000 stream records of another table (0.5 s and 0.2 s to a table without a stream). Our
 * tables have a stream, as the deployed one does, so a run of a hundred files in one instance
 * slows down as it goes. After `filesPerInstance` files the next file gets a fresh instance; the
 * old one stops once every file that used it has ended.
 */
export function dynamoDbTurns(options: DynamoDbTurnsOptions) {
  const isRunning = options.isRunning ?? processIsRunning;
  interface Turn {
    db: Promise<RunningDynamoDbLocal>;
    /** The processes (test files) given this instance. */
    files: Set<number>;
  }
  let current: Turn | undefined;
  const retired = new Set<Turn>();
  const stopTurn = (turn: Turn) =>
    turn.db.then(
      (db) => db.stop(),
      () => undefined,
    );

  /** Stops each retired instance whose files have all ended. */
  const stopFinished = async () => {
    const done = [...retired].filter((turn) => ![...turn.files].some(isRunning));
    for (const turn of done) retired.delete(turn);
    await Promise.all(done.map(stopTurn));
  };

  return {
    /** The endpoint for the test file running in process `pid` (asking again gives the same one). */
    async endpointFor(pid: number): Promise<string> {
      if (current && !current.files.has(pid) && current.files.size >= options.filesPerInstance) {
        retired.add(current);
        current = undefined;
      }
      const turn = (current ??= { db: options.start(), files: new Set() });
      turn.files.add(pid);
      void stopFinished();
      return (await turn.db).endpoint;
    },
    stopFinished,
    /** Stops every instance, at the end of the run. */
    async stopAll() {
      const turns = [...retired, ...(current ? [current] : [])];
      retired.clear();
      current = undefined;
      await Promise.all(turns.map(stopTurn));
    },
  };
}

function processIsRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
