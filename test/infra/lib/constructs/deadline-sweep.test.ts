import { beforeAll, describe, expect, it } from 'vitest';
import { synthTemplate } from '../../../support/cdk-app.js';

type Props = Record<string, any>;
let t: ReturnType<typeof synthTemplate>;
const id = (construct: { node: { defaultChild?: unknown } }) => t.stack.getLogicalId(construct.node.defaultChild as never);
beforeAll(() => {
  t = synthTemplate();
});

describe('deadline sweep', () => {
  it('runs every 15 minutes on the sweep function, with delivery failures kept in its DLQ', () => {
    const rules = Object.values(t.template.findResources('AWS::Events::Rule')) as { Properties: Props }[];
    expect(rules).toHaveLength(1);
    expect(rules[0]!.Properties).toMatchObject({
      ScheduleExpression: 'rate(15 minutes)',
      State: 'ENABLED',
      Targets: [
        {
          Arn: { 'Fn::GetAtt': [id(t.stack.sweep.function), 'Arn'] },
          DeadLetterConfig: { Arn: { 'Fn::GetAtt': [id(t.stack.sweep.deadLetterQueue), 'Arn'] } },
          RetryPolicy: { MaximumRetryAttempts: 2, MaximumEventAgeInSeconds: 900 },
        },
      ],
    });
  });

  it('sends failed asynchronous runs to the same DLQ', () => {
    const fn = t.template.toJSON().Resources[id(t.stack.sweep.function)] as { Properties: Props };
    expect(fn.Properties.DeadLetterConfig).toEqual({ TargetArn: { 'Fn::GetAtt': [id(t.stack.sweep.deadLetterQueue), 'Arn'] } });
    expect(fn.Properties.Environment.Variables.TABLE_NAME).toEqual({ Ref: id(t.stack.table) });
  });
});
