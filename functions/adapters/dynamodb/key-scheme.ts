/**
 * The single-table key scheme: every access pattern, its keys, and a builder per key.
 * Keys are strings of `TYPE#id` segments. Items also carry `type` and a numeric `version`
 * used for conditional (optimistic) updates.
 *
 * | access pattern                          | table / index | pk                          | sk                         |
 * |-----------------------------------------|---------------|-----------------------------|----------------------------|
 * | account by username (local sign-in)     | table         | ACCOUNT#<username>          | ACCOUNT                    |
 * | accounts of a township (admin list)     | gsi1          | TOWNSHIP#<id>#ACCOUNTS      | ACCOUNT#<username>         |
 */
export const keys = {
  account: (username: string) => ({ pk: `ACCOUNT#${username.toLowerCase()}`, sk: 'ACCOUNT' }),
  accountsOfTownship: (townshipId: string) => ({ gsi1pk: `TOWNSHIP#${townshipId}#ACCOUNTS` }),
} as const;
