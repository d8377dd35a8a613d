import { App, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_SEAL_OWNERS, MAX_SEAL_OWNERS, SealKeys } from '../../../../infra/lib/constructs/seal-keys.js';
import { synthTemplate } from '../../../support/cdk-app.js';

type Resource = { Properties: Record<string, any>; DeletionPolicy?: string; UpdateReplacePolicy?: string };

const keysOf = (template: Template) => Object.entries(template.findResources('AWS::KMS::Key')) as [string, Resource][];

describe('the seal keys of the stack', () => {
  let t: ReturnType<typeof synthTemplate>;
  beforeAll(() => {
    t = synthTemplate();
  });

  it('are one asymmetric signing key per demo township and county department, retained, each with an alias', () => {
    const keys = keysOf(t.template);
    expect(DEMO_SEAL_OWNERS).toEqual(expect.arrayContaining(['qingshi', 'baihe', 'liulin', 'county-amr', 'county-forestry']));
    expect(keys).toHaveLength(DEMO_SEAL_OWNERS.length);
    for (const [, key] of keys) {
      expect(key.Properties.KeyUsage).toBe('SIGN_VERIFY');
      expect(key.DeletionPolicy).toBe('Retain');
      expect(key.UpdateReplacePolicy).toBe('Retain');
      expect(key.Properties.EnableKeyRotation).toBeUndefined();
    }
    const aliases = Object.values(t.template.findResources('AWS::KMS::Alias')).map((a) => (a as Resource).Properties.AliasName as string);
    expect(aliases.sort()).toEqual(DEMO_SEAL_OWNERS.map((o) => `alias/${t.stack.stackName}/seal/${o}`).sort());
  });

  it('are SM2 in the China regions and P-256 elsewhere, decided by the region at deploy time', () => {
    const conditions = t.template.toJSON().Conditions as Record<string, unknown>;
    const [conditionId, condition] = Object.entries(conditions).find(([id]) => id.includes('InChinaRegion'))!;
    expect(condition).toEqual({ 'Fn::Equals': [{ 'Fn::Select': [0, { 'Fn::Split': ['-', { Ref: 'AWS::Region' }] }] }, 'cn'] });
    for (const [, key] of keysOf(t.template)) {
      expect(key.Properties.KeySpec).toEqual({ 'Fn::If': [conditionId, 'SM2', 'ECC_NIST_P256'] });
    }
  });

  it('let the API function only Sign and GetPublicKey, on exactly these keys', () => {
    const keyIds = keysOf(t.template).map(([id]) => id);
    const role = t.stack.apiFunction.role!;
    const roleId = t.stack.getLogicalId(role.node.defaultChild as never);
    const statements = Object.values(t.template.findResources('AWS::IAM::Policy'))
      .filter((p) => JSON.stringify((p as Resource).Properties.Roles).includes(roleId))
      .flatMap((p) => (p as Resource).Properties.PolicyDocument.Statement as { Action: string | string[]; Resource: unknown }[]);
    const kms = statements.filter((s) => [s.Action].flat().some((a) => a.startsWith('kms:')));

    expect(kms).toHaveLength(1);
    expect([kms[0]!.Action].flat().sort()).toEqual(['kms:GetPublicKey', 'kms:Sign']);
    expect(kms[0]!.Resource).toEqual(expect.arrayContaining(keyIds.map((id) => ({ 'Fn::GetAtt': [id, 'Arn'] }))));
    expect(kms[0]!.Resource).toHaveLength(keyIds.length);
    // No other function may use them.
    const others = Object.values(t.template.findResources('AWS::IAM::Policy')).filter(
      (p) => !JSON.stringify((p as Resource).Properties.Roles).includes(roleId),
    );
    expect(JSON.stringify(others)).not.toMatch(/kms:(Sign|GetPublicKey)/);
  });

  it('tell the API function its keys in SEAL_KEYS', () => {
    const fnId = t.stack.getLogicalId(t.stack.apiFunction.node.defaultChild as never);
    const variables = (t.template.toJSON().Resources[fnId] as Resource).Properties.Environment.Variables;
    const json = JSON.stringify(variables.SEAL_KEYS);
    for (const [id] of keysOf(t.template)) expect(json).toContain(id);
    expect(json).toContain('\\"qingshi\\"');
    expect(json).toContain('SM2DSA');
    expect(json).toContain('ECDSA_SHA_256');
  });
});

describe('the seal keys from context', () => {
  it('are made for the owners given in sealOwners, as SM2 when sealAlgorithm=SM2', () => {
    const { template, stack } = synthTemplate({ context: { sealOwners: 'qingshi, county-amr', sealAlgorithm: 'SM2' } });
    const keys = keysOf(template);

    expect(keys).toHaveLength(2);
    for (const [, key] of keys) expect(key.Properties.KeySpec).toBe('SM2');
    const fnId = stack.getLogicalId(stack.apiFunction.node.defaultChild as never);
    const seal = JSON.stringify((template.toJSON().Resources[fnId] as Resource).Properties.Environment.Variables.SEAL_KEYS);
    expect(seal).toContain('SM2DSA');
    expect(seal).not.toContain('ECDSA_SHA_256');
  });

  it('follow a concrete region: SM2 in cn-north-1, P-256 in eu-west-1', () => {
    const specIn = (region: string) => {
      const stack = new Stack(new App(), 'S', { env: { region, account: '111122223333' } });
      new SealKeys(stack, 'Seal', { owners: ['qingshi'] });
      return keysOf(Template.fromStack(stack))[0]![1].Properties.KeySpec;
    };
    expect(specIn('cn-north-1')).toBe('SM2');
    expect(specIn('eu-west-1')).toBe('ECC_NIST_P256');
  });

  it('refuse an unknown algorithm and owner ids that are not plain names', () => {
    expect(() => synthTemplate({ context: { sealAlgorithm: 'RSA' } })).toThrow(/sealAlgorithm/);
    expect(() => new SealKeys(new Stack(new App(), 'S'), 'Seal', { owners: ['a b'] })).toThrow(/invalid seal owner/);
    const many = Array.from({ length: MAX_SEAL_OWNERS + 1 }, (_, i) => `owner-${i}`);
    expect(() => new SealKeys(new Stack(new App(), 'S'), 'Seal', { owners: many })).toThrow(/4 KB/);
  });
});
