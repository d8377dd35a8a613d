import { beforeAll, describe, expect, it } from 'vitest';
import { synthTemplate } from '../../../support/cdk-app.js';

type Props = Record<string, any>;
let t: ReturnType<typeof synthTemplate>;
const id = (construct: { node: { defaultChild?: unknown } }) => t.stack.getLogicalId(construct.node.defaultChild as never);
beforeAll(() => {
  t = synthTemplate();
});

describe("the county's figures consumer", () => {
  it('reads the table stream for case snapshots only, with partial batch failures, bounded retries and a DLQ', () => {
    const mappings = (Object.values(t.template.findResources('AWS::Lambda::EventSourceMapping')) as { Properties: Props }[]).filter(
      (m) => m.Properties.FunctionName.Ref === id(t.stack.figures.function),
    );
    expect(mappings).toHaveLength(1);
    expect(mappings[0]!.Properties).toMatchObject({
      EventSourceArn: { 'Fn::GetAtt': [id(t.stack.table), 'StreamArn'] },
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      BisectBatchOnFunctionError: true,
      MaximumRetryAttempts: 5,
      StartingPosition: 'TRIM_HORIZON',
      DestinationConfig: { OnFailure: { Destination: { 'Fn::GetAtt': [id(t.stack.figures.deadLetterQueue), 'Arn'] } } },
    });
    const patterns = (mappings[0]!.Properties.FilterCriteria.Filters as { Pattern: string }[]).map((f) => JSON.parse(f.Pattern) as unknown);
    expect(patterns).toEqual([{ eventName: ['INSERT', 'MODIFY'], dynamodb: { NewImage: { type: { S: ['case'] } } } }]);
  });

  it('may write only the figures and read only the calendar', () => {
    const fn = t.template.toJSON().Resources[id(t.stack.figures.function)] as { Properties: Props };
    expect(fn.Properties.Environment.Variables).toMatchObject({ TABLE_NAME: { Ref: id(t.stack.table) } });
    const roleRef = fn.Properties.Role['Fn::GetAtt'][0];
    const statements = (Object.values(t.template.findResources('AWS::IAM::Policy')) as { Properties: Props }[])
      .filter((p) => (p.Properties.Roles as { Ref: string }[]).some((r) => r.Ref === roleRef))
      .flatMap((p) => p.Properties.PolicyDocument.Statement as Props[])
      .filter((s) => JSON.stringify(s.Action).includes('dynamodb:') && !JSON.stringify(s.Action).includes('Stream'));
    expect(statements).toEqual([
      expect.objectContaining({ Condition: { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': ['STATS#*', 'STATSCASE#*'] } } }),
      expect.objectContaining({
        Action: ['dynamodb:GetItem', 'dynamodb:Query'],
        Condition: { 'ForAllValues:StringEquals': { 'dynamodb:LeadingKeys': ['CALENDAR'] } },
      }),
    ]);
    expect(JSON.stringify(statements)).not.toContain('dynamodb:Scan');
    expect(JSON.stringify(statements)).not.toContain('dynamodb:DeleteItem');
  });
});
