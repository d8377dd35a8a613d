import { randomUUID } from 'node:crypto';
import { createDocumentClient } from '../../functions/adapters/dynamodb/client.js';
import { ensureTable } from '../../functions/adapters/dynamodb/create-table.js';
import { runDynamoEndpoint } from './run-services.js';

/** A fresh table in the run's DynamoDB Local, so test files never see each other's data. */
export async function createTestTable(prefix = 'test') {
  const endpoint = await runDynamoEndpoint();
  const db = createDocumentClient({ region: 'local', endpoint });
  const tableName = `${prefix}-${randomUUID().slice(0, 8)}`;
  await ensureTable(db, tableName);
  return { db, tableName, endpoint };
}
