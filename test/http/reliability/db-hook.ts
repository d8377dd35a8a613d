import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

/** What a hook sees of a command: its low-level name (e.g. `TransactWriteItemsCommand`) and its input, which it may change. */
export type CommandHook = (commandName: string, input: Record<string, any>) => void;

/**
 * A switchable middleware on the client the app was built with (the document client shares the
 * DynamoDB client's middleware stack). By default it runs at the `initialize` step, before the
 * SDK's retry middleware: what it throws is what the adapters see once the SDK has given up.
 * `insideRetries` puts it under the retry middleware instead, so that the SDK retries what it throws.
 */
export function hookCommands(db: DynamoDBDocumentClient, where: 'beforeRetries' | 'insideRetries' = 'beforeRetries') {
  let hook: CommandHook | undefined;
  const name = `reliabilityCommandHook-${where}`;
  const middleware = (next: (args: any) => Promise<any>, context: { commandName?: string }) => async (args: any) => {
    hook?.(String(context.commandName ?? ''), args.input as Record<string, any>);
    return next(args);
  };
  if (where === 'beforeRetries') db.middlewareStack.add(middleware as never, { step: 'initialize', name });
  else db.middlewareStack.add(middleware as never, { step: 'finalizeRequest', priority: 'low', name });
  return {
    set: (h: CommandHook) => {
      hook = h;
    },
    clear: () => {
      hook = undefined;
    },
  };
}

/**
 * The control run's hook: every transaction item loses its condition (the case's version check
 * and the event's not-exists guard), as a store written without them would send it.
 */
export const withoutConditions: CommandHook = (commandName, input) => {
  if (commandName !== 'TransactWriteItemsCommand') return;
  for (const item of input.TransactItems ?? []) {
    for (const op of Object.values(item) as Record<string, unknown>[]) {
      delete op.ConditionExpression;
      // Names and values left without an expression are refused by DynamoDB: drop the unused ones.
      if (!op.UpdateExpression) {
        delete op.ExpressionAttributeNames;
        delete op.ExpressionAttributeValues;
      }
    }
  }
};

/**
 * A narrower control: only the case snapshot's version check is taken out; the event keeps its
 * not-exists guard (the history's own fence: two writers of one step write the same event key).
 */
export const withoutVersionCondition: CommandHook = (commandName, input) => {
  if (commandName !== 'TransactWriteItemsCommand') return;
  for (const item of input.TransactItems ?? []) {
    const put = item.Put as Record<string, any> | undefined;
    if (put?.Item?.type !== 'case') continue;
    delete put.ConditionExpression;
    delete put.ExpressionAttributeNames;
    delete put.ExpressionAttributeValues;
  }
};
