import { RemovalPolicy } from 'aws-cdk-lib';
import { AttributeType, BillingMode, ProjectionType, StreamViewType, Table, TableEncryption } from 'aws-cdk-lib/aws-dynamodb';
import type { Construct } from 'constructs';
import { TABLE_INDEXES, TABLE_KEY, TTL_ATTRIBUTE } from '../../../functions/adapters/dynamodb/table-definition.js';

/**
 * The single table, built from the one definition the functions and DynamoDB Local also use
 * (functions/adapters/dynamodb/table-definition.ts), so keys and indexes cannot drift.
 *
 * Encryption uses the AWS managed key (aws/dynamodb): every use of the key is visible in
 * CloudTrail, there is no key policy or rotation to administer, and only this account's roles
 * read the table. A customer managed key would add cost and an outage risk (a disabled key makes
 * the table unreadable) without narrowing who can read the data.
 */
export class IntakeTable extends Table {
  /** ARNs of the table's own indexes, named one by one (no `index/*` wildcard in policies). */
  readonly indexArns: string[];

  constructor(scope: Construct, id: string) {
    super(scope, id, {
      partitionKey: { name: TABLE_KEY.partition, type: AttributeType.STRING },
      sortKey: { name: TABLE_KEY.sort, type: AttributeType.STRING },
      billingMode: BillingMode.PAY_PER_REQUEST,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      deletionProtection: true,
      stream: StreamViewType.NEW_AND_OLD_IMAGES,
      timeToLiveAttribute: TTL_ATTRIBUTE,
      encryption: TableEncryption.AWS_MANAGED,
      // Cases are public records: the table outlives the stack.
      removalPolicy: RemovalPolicy.RETAIN,
    });
    // Each index projects only what its lists show (table-definition.ts). CloudFormation cannot
    // change the projection of a deployed index: see infra/README.md for moving a deployed table.
    for (const index of TABLE_INDEXES) {
      this.addGlobalSecondaryIndex({
        indexName: index.name,
        partitionKey: { name: index.partition, type: AttributeType.STRING },
        sortKey: { name: index.sort, type: AttributeType.STRING },
        ...(index.projection.type === 'KEYS_ONLY'
          ? { projectionType: ProjectionType.KEYS_ONLY }
          : { projectionType: ProjectionType.INCLUDE, nonKeyAttributes: [...index.projection.attributes] }),
      });
    }
    this.indexArns = TABLE_INDEXES.map((index) => `${this.tableArn}/index/${index.name}`);
  }
}
