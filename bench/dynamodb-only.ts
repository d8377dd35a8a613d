import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { createDocumentClient } from '../functions/adapters/dynamodb/client.js';

/**
 * The baseline of the API Lambda's cold start (bench/lambda-bundle.ts): a function with the
 * DynamoDB client and the document client alone, made at module scope as the API's entry makes
 * its own, and bundled the same way.
 */
const db = createDocumentClient({ region: process.env.AWS_REGION ?? 'local' });

export const handler = async (event: { id: string }) => db.send(new GetCommand({ TableName: process.env.TABLE_NAME, Key: { pk: event.id, sk: event.id } }));
