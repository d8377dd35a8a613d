import { beforeAll, describe, expect, it } from 'vitest';
import { OUTBOX_MESSAGE_TYPE } from '../../../../functions/adapters/dynamodb/outbox-store.js';
import { synthTemplate } from '../../../support/cdk-app.js';

type Props = Record<string, any>;
let t: ReturnType<typeof synthTemplate>;
const id = (construct: { node: { defaultChild?: unknown } }) => t.stack.getLogicalId(construct.node.defaultChild as never);
beforeAll(() => {
  t = synthTemplate();
});
const notifierMappings = () =>
  (Object.values(t.template.findResources('AWS::Lambda::EventSourceMapping')) as { Properties: Props }[]).filter(
    (m) => m.Properties.FunctionName.Ref === id(t.stack.notifier.function),
  );

describe('case event notifier', () => {
  it('consumes the table stream with partial batch failures, bisection, bounded retries and a DLQ', () => {
    const mappings = notifierMappings();
    expect(mappings).toHaveLength(1);
    expect(mappings[0]!.Properties).toMatchObject({
      FunctionName: { Ref: id(t.stack.notifier.function) },
      EventSourceArn: { 'Fn::GetAtt': [id(t.stack.table), 'StreamArn'] },
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      BisectBatchOnFunctionError: true,
      MaximumRetryAttempts: 5,
      MaximumRecordAgeInSeconds: 86_400,
      StartingPosition: 'TRIM_HORIZON',
      DestinationConfig: { OnFailure: { Destination: { 'Fn::GetAtt': [id(t.stack.notifier.deadLetterQueue), 'Arn'] } } },
    });
  });

  it('is invoked only for inserted outbox messages', () => {
    const mapping = notifierMappings()[0]!;
    const patterns = (mapping.Properties.FilterCriteria.Filters as { Pattern: string }[]).map((f) => JSON.parse(f.Pattern) as unknown);
    expect(patterns).toEqual([{ eventName: ['INSERT'], dynamodb: { NewImage: { type: { S: [OUTBOX_MESSAGE_TYPE] } } } }]);
  });

  it('may only read and update outbox items, and publish SMS to phone numbers but to no topic', () => {
    const fn = t.template.toJSON().Resources[id(t.stack.notifier.function)] as { Properties: Props };
    expect(fn.Properties.Environment.Variables).toMatchObject({ NOTIFIER: 'aws', TABLE_NAME: { Ref: id(t.stack.table) } });
    const roleRef = fn.Properties.Role['Fn::GetAtt'][0];
    const policies = Object.values(t.template.findResources('AWS::IAM::Policy')) as { Properties: Props }[];
    const statements = policies
      .filter((p) => (p.Properties.Roles as { Ref: string }[]).some((r) => r.Ref === roleRef))
      .flatMap((p) => p.Properties.PolicyDocument.Statement as Props[]);
    const table = statements.filter((s) => JSON.stringify(s.Action).includes('dynamodb:') && !JSON.stringify(s.Action).includes('Stream'));
    expect(table).toEqual([
      expect.objectContaining({
        Action: ['dynamodb:GetItem', 'dynamodb:UpdateItem'],
        Condition: { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': ['OUTBOX#*'] } },
      }),
    ]);
    expect(statements).toContainEqual(expect.objectContaining({ Action: 'sns:Publish', NotResource: 'arn:*:sns:*:*:*' }));
    expect(JSON.stringify(statements)).not.toContain('ses:');
    expect(JSON.stringify(statements)).not.toContain('dynamodb:PutItem');
  });

  it('keeps failed records in an encrypted, TLS-only queue for 14 days', () => {
    const queue = t.template.toJSON().Resources[id(t.stack.notifier.deadLetterQueue)] as { Properties: Props };
    expect(queue.Properties).toMatchObject({ SqsManagedSseEnabled: true, MessageRetentionPeriod: 14 * 24 * 3600 });
    const policies = Object.values(t.template.findResources('AWS::SQS::QueuePolicy')) as { Properties: Props }[];
    const ours = policies.find((p) => JSON.stringify(p.Properties.Queues) === JSON.stringify([{ Ref: id(t.stack.notifier.deadLetterQueue) }]));
    expect(ours!.Properties.PolicyDocument.Statement).toContainEqual(
      expect.objectContaining({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
    );
  });
});
