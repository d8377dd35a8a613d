import { GetCommand, PutCommand, QueryCommand, type DynamoDBDocumentClient, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import { CalendarVersionConflictError, CalendarYearExistsError } from '../../core/calendar/errors.js';
import type { CalendarStore, CalendarYearRecord } from '../../ports/calendar-store.js';
import { keys } from './key-scheme.js';

const KEY_YEAR_MIN = 0;
const KEY_YEAR_MAX = 9999;

const isConditionFailure = (error: unknown) => error instanceof Error && error.name === 'ConditionalCheckFailedException';

function toRecord(item: Record<string, unknown>): CalendarYearRecord {
  const { pk: _pk, sk: _sk, type: _type, ...record } = item;
  return record as unknown as CalendarYearRecord;
}

/** The calendar in the single table: one item per year under the CALENDAR partition. */
export function createDynamoCalendarStore(db: DynamoDBDocumentClient, tableName: string): CalendarStore {
  const query = async (input: Omit<QueryCommandInput, 'TableName'>) => {
    const records: CalendarYearRecord[] = [];
    let startKey: Record<string, unknown> | undefined;
    do {
      const page = await db.send(new QueryCommand({ TableName: tableName, ...input, ExclusiveStartKey: startKey }));
      for (const item of page.Items ?? []) records.push(toRecord(item));
      startKey = page.LastEvaluatedKey;
    } while (startKey);
    return records;
  };

  return {
    async getYear(year) {
      const { Item } = await db.send(new GetCommand({ TableName: tableName, Key: keys.calendarYear(year) }));
      return Item ? toRecord(Item) : undefined;
    },

    async getYears(from, to) {
      // Year keys are four digits, so they sort as numbers only within 0..9999: bound the range, never
      // build `YEAR#10000` (which sorts before `YEAR#9999` and makes BETWEEN fail).
      const [low, high] = [Math.max(from, KEY_YEAR_MIN), Math.min(to, KEY_YEAR_MAX)];
      if (low > high) return [];
      return query({
        KeyConditionExpression: 'pk = :pk AND sk BETWEEN :from AND :to',
        ExpressionAttributeValues: { ':pk': keys.calendarYears.pk, ':from': keys.calendarYear(low).sk, ':to': keys.calendarYear(high).sk },
      });
    },

    listYears() {
      return query({
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
        ExpressionAttributeValues: { ':pk': keys.calendarYears.pk, ':prefix': keys.calendarYears.skPrefix },
      });
    },

    async putYear(data, expectedVersion) {
      const record: CalendarYearRecord = { ...data, version: (expectedVersion ?? 0) + 1 };
      try {
        await db.send(
          new PutCommand({
            TableName: tableName,
            Item: { ...keys.calendarYear(data.year), type: 'calendar-year', ...record },
            ...(expectedVersion === undefined
              ? { ConditionExpression: 'attribute_not_exists(pk)' }
              : { ConditionExpression: 'version = :expected', ExpressionAttributeValues: { ':expected': expectedVersion } }),
          }),
        );
      } catch (error) {
        if (!isConditionFailure(error)) throw error;
        if (expectedVersion === undefined) throw new CalendarYearExistsError(data.year);
        throw new CalendarVersionConflictError(data.year, expectedVersion);
      }
      return record;
    },
  };
}
