import { beforeAll, describe, expect, it } from 'vitest';
import { CASE_EVENT_TYPE } from '../../../../functions/stream/case-event-record.js';
import { synthTemplate } from '../../../support/cdk-app.js';

type Props = Record<string, any>;
let t: ReturnType<typeof synthTemplate>;
const id = (construct: { node: { defaultChild?: unknown } }) => t.stack.getLogicalId(construct.node.defaultChild as never);
beforeAll(() => {
  t = synthTemplate();
});

describe('case event notifier', () => {
  it('consumes the table stream with partial batch failures, bisection, bounded retries and a DLQ', () => {
    const mappings = Object.values(t.template.findResources('AWS::Lambda::EventSourceMapping')) as { Properties: Props }[];
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

  it('is invoked only for inserted case events', () => {
    const mapping = Object.values(t.template.findResources('AWS::Lambda::EventSourceMapping'))[0] as { Properties: Props };
    const patterns = (mapping.Properties.FilterCriteria.Filters as { Pattern: string }[]).map((f) => JSON.parse(f.Pattern) as unknown);
    expect(patterns).toEqual([{ eventName: ['INSERT'], dynamodb: { NewImage: { type: { S: [CASE_EVENT_TYPE] } } } }]);
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
