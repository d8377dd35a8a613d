/**
 * The single-table key scheme: every access pattern, its keys, and a builder per key.
 * Keys are strings of `TYPE#id` segments. Items also carry `type` and a numeric `version`
 * used for conditional (optimistic) updates.
 *
 * | access pattern                          | table / index | pk                          | sk                         |
 * |-----------------------------------------|---------------|-----------------------------|----------------------------|
 * | account by username (local sign-in)     | table         | ACCOUNT#<username>          | ACCOUNT                    |
 * | accounts of a township (admin list)     | gsi1          | TOWNSHIP#<id>#ACCOUNTS      | ACCOUNT#<username>         |
 * | working-day calendar of one year        | table         | CALENDAR                    | YEAR#<yyyy>                |
 * | calendar years, all or a range (sk BETWEEN) | table     | CALENDAR                    | YEAR#<yyyy> (prefix YEAR#) |
 *
 * The calendar is national and small (one item per year), so one partition holds it all.
 */
export const keys = {
  account: (username: string) => ({ pk: `ACCOUNT#${username.toLowerCase()}`, sk: 'ACCOUNT' }),
  accountsOfTownship: (townshipId: string) => ({ gsi1pk: `TOWNSHIP#${townshipId}#ACCOUNTS` }),
  calendarYear: (year: number) => ({ pk: 'CALENDAR', sk: `YEAR#${String(year).padStart(4, '0')}` }),
  calendarYears: { pk: 'CALENDAR', skPrefix: 'YEAR#' },
} as const;
