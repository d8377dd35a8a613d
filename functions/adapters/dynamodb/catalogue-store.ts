import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { CatalogueStore } from '../../ports/catalogue-store.js';
import { createDynamoCatalogueItemStore } from './catalogue-item-store.js';
import { createDynamoCatalogueReferenceStore } from './catalogue-reference-store.js';

/** The catalogue in the single table: reference data plus items and offerings. */
export function createDynamoCatalogueStore(db: DynamoDBDocumentClient, tableName: string): CatalogueStore {
  return { ...createDynamoCatalogueReferenceStore(db, tableName), ...createDynamoCatalogueItemStore(db, tableName) };
}
