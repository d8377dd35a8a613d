import { GetCommand, PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Account, AccountStore } from '../../ports/account-store.js';
import { keys } from './key-scheme.js';

export function createDynamoAccountStore(db: DynamoDBDocumentClient, tableName: string): AccountStore {
  return {
    async findByUsername(username) {
      const { Item } = await db.send(new GetCommand({ TableName: tableName, Key: keys.account(username) }));
      if (!Item) return undefined;
      const { pk: _pk, sk: _sk, gsi1pk: _g1, gsi1sk: _g2, type: _t, ...account } = Item;
      return account as Account;
    },
    async put(account) {
      await db.send(
        new PutCommand({
          TableName: tableName,
          Item: {
            ...keys.account(account.username),
            ...(account.townshipId ? { ...keys.accountsOfTownship(account.townshipId), gsi1sk: `ACCOUNT#${account.username}` } : {}),
            type: 'account',
            ...account,
          },
        }),
      );
    },
  };
}
