import { Aws, CfnCondition, Fn, RemovalPolicy, Stack, Token } from 'aws-cdk-lib';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { CfnKey, Key, KeySpec, KeyUsage } from 'aws-cdk-lib/aws-kms';
import { Construct } from 'constructs';
import { DEMO_TOWNSHIPS } from '../../../functions/demo/geography.js';
import { DEMO_OFFICES } from '../../../functions/demo/offices.js';
import type { IntakeFunction } from './intake-function.js';

/** Which key spec the seal keys get: SM2 (China regions), P-256, or decided by the region at deploy time. */
export type SealKeySpec = 'SM2' | 'ECC_NIST_P256' | 'by-region';

export interface SealKeysProps {
  /** Seal owners: township ids and county department office ids. */
  owners: readonly string[];
  /** @default 'by-region' */
  keySpec?: SealKeySpec;
}

/** The demo county's seal owners: its townships and its county departments. */
export const DEMO_SEAL_OWNERS: readonly string[] = [
  ...DEMO_TOWNSHIPS.map((t) => t.id),
  ...DEMO_OFFICES.filter((o) => o.kind === 'county_department').map((o) => o.id),
];

const OWNER = /^[A-Za-z0-9_-]{1,64}$/;
/**
 * Lambda allows 4 KB of environment in all; each SEAL_KEYS entry (owner, key ARN, algorithm) takes
 * about 150 bytes. More owners need the keys resolved another way (e.g. by alias at run time).
 */
export const MAX_SEAL_OWNERS = 18;

/**
 * Reads the seal settings from CDK context: `sealOwners` (array or comma-separated ids; default the
 * demo townships and county departments) and `sealAlgorithm` (`SM2`, `ECC_NIST_P256`; default by
 * region: SM2 where the stack's region starts with `cn-`).
 */
export function sealKeysPropsFromContext(scope: Construct): SealKeysProps {
  const rawOwners: unknown = scope.node.tryGetContext('sealOwners');
  const owners =
    rawOwners === undefined
      ? DEMO_SEAL_OWNERS
      : (Array.isArray(rawOwners) ? rawOwners.map(String) : String(rawOwners).split(',')).map((o) => o.trim()).filter(Boolean);
  const algorithm = scope.node.tryGetContext('sealAlgorithm') as string | undefined;
  if (algorithm !== undefined && algorithm !== 'SM2' && algorithm !== 'ECC_NIST_P256') {
    throw new Error(`sealAlgorithm must be SM2 or ECC_NIST_P256, not ${algorithm}`);
  }
  return { owners, keySpec: algorithm ?? 'by-region' };
}

/**
 * The one seal in AWS: one asymmetric KMS key (SIGN_VERIFY) per seal owner, each with an alias.
 * P-256 (ECDSA_SHA_256) by default; SM2 (SM2DSA) in the China regions, where KMS offers it — for
 * an environment-agnostic stack the choice is a CloudFormation condition on the region, so the
 * same template deploys either. Keys are retained: a deleted key would leave every decision it
 * signed unverifiable. The private keys never leave KMS; the API function may only Sign with and
 * read the public key of exactly these keys (`grantSealing`).
 *
 * KMS does not rotate asymmetric keys. Rotating a seal means a second key for the owner whose old
 * key stays (retained) and goes into that owner's `retired` list in SEAL_KEYS with GetPublicKey
 * granted on it, so earlier decisions keep verifying; this construct does not automate that yet.
 */
export class SealKeys extends Construct {
  readonly keys: Record<string, Key> = {};
  /** The SEAL_KEYS value: `{ owner: { keyId: <key ARN>, algorithm } }` as JSON. */
  readonly sealKeysJson: string;

  constructor(scope: Construct, id: string, props: SealKeysProps) {
    super(scope, id);
    const owners = [...new Set(props.owners)];
    if (owners.length === 0) throw new Error('SealKeys needs at least one seal owner');
    for (const owner of owners) if (!OWNER.test(owner)) throw new Error(`invalid seal owner id: ${owner}`);
    if (owners.length > MAX_SEAL_OWNERS)
      throw new Error(`at most ${MAX_SEAL_OWNERS} seal owners fit in SEAL_KEYS (Lambda's 4 KB environment); got ${owners.length}`);

    const stack = Stack.of(this);
    const spec = this.resolveSpec(props.keySpec ?? 'by-region', stack);
    const { keySpec, algorithm } = spec;

    const entries: Record<string, { keyId: string; algorithm: string }> = {};
    for (const owner of owners) {
      const key = new Key(this, `Key-${owner}`, {
        description: `One-window decision seal of ${owner} (signs decisions; public key verifies them)`,
        keySpec: KeySpec.ECC_NIST_P256,
        keyUsage: KeyUsage.SIGN_VERIFY,
        alias: `alias/${stack.stackName}/seal/${owner}`,
        removalPolicy: RemovalPolicy.RETAIN,
      });
      if (keySpec !== KeySpec.ECC_NIST_P256) (key.node.defaultChild as CfnKey).keySpec = keySpec;
      this.keys[owner] = key;
      entries[owner] = { keyId: key.keyArn, algorithm };
    }
    this.sealKeysJson = stack.toJsonString(entries);
  }

  private resolveSpec(requested: SealKeySpec, stack: Stack): { kind: 'fixed' | 'condition'; keySpec: string; algorithm: string } {
    const region = stack.region;
    const choice = requested !== 'by-region' ? requested : Token.isUnresolved(region) ? undefined : region.startsWith('cn-') ? 'SM2' : 'ECC_NIST_P256';
    if (choice === 'SM2') return { kind: 'fixed', keySpec: 'SM2', algorithm: 'SM2DSA' };
    if (choice === 'ECC_NIST_P256') return { kind: 'fixed', keySpec: KeySpec.ECC_NIST_P256, algorithm: 'ECDSA_SHA_256' };
    const inChina = new CfnCondition(this, 'InChinaRegion', {
      expression: Fn.conditionEquals(Fn.select(0, Fn.split('-', Aws.REGION)), 'cn'),
    });
    return {
      kind: 'condition',
      keySpec: Fn.conditionIf(inChina.logicalId, 'SM2', KeySpec.ECC_NIST_P256).toString(),
      algorithm: Fn.conditionIf(inChina.logicalId, 'SM2DSA', 'ECDSA_SHA_256').toString(),
    };
  }

  /** Lets the function sign with these keys and read their public keys (nothing else), and sets `variable` to SEAL_KEYS. */
  grantSealing(fn: IntakeFunction, variable: string): void {
    fn.addEnvironment(variable, this.sealKeysJson);
    fn.addToRolePolicy(
      new PolicyStatement({
        actions: ['kms:Sign', 'kms:GetPublicKey'],
        resources: Object.values(this.keys).map((k) => k.keyArn),
      }),
    );
  }
}
