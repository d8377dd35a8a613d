import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Logger } from '../http/logger.js';

/** What one run of the deadline sweep did. */
export interface SweepResult {
  scanned: number;
  changed: number;
}

/**
 * Walks open cases by due date and raises yellow/red cards. Placeholder until the lead wires the
 * real use case; the scheduled handler and its infrastructure are already in place.
 */
export async function sweepDeadlines(deps: {
  db: DynamoDBDocumentClient;
  tableName: string;
  now: Date;
  logger: Logger;
}): Promise<SweepResult> {
  void deps;
  throw new Error('sweepDeadlines not wired yet');
}
