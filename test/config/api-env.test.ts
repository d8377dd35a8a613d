import { describe, expect, it } from 'vitest';
import { parseApiEnv } from '../../functions/config/api-env.js';

const BASE = { TABLE_NAME: 'intake', AUTH_ISSUER: 'https://idp.example.com', AUTH_AUDIENCE: 'web', MATERIALS_BUCKET: 'materials' };
const ARN = 'arn:aws-cn:kms:cn-north-1:111122223333:key/0b9f';

describe('SEAL_KEYS of the API function', () => {
  it('is parsed from JSON into the keys of each seal owner, retired keys included', () => {
    const keys = {
      qingshi: { keyId: ARN, algorithm: 'SM2DSA', retired: [{ keyId: `${ARN}-old`, algorithm: 'ECDSA_SHA_256' }] },
      'county-amr': { keyId: ARN, algorithm: 'ECDSA_SHA_256' },
    };
    expect(parseApiEnv({ ...BASE, SEAL_KEYS: JSON.stringify(keys) }).SEAL_KEYS).toEqual(keys);
  });

  it.each([
    ['missing', undefined],
    ['not JSON', '{qingshi:'],
    ['an unknown algorithm', JSON.stringify({ qingshi: { keyId: ARN, algorithm: 'RSA' } })],
    ['an owner id with a path in it', JSON.stringify({ '../x': { keyId: ARN, algorithm: 'SM2DSA' } })],
    ['no key id', JSON.stringify({ qingshi: { algorithm: 'SM2DSA' } })],
  ])('refuses a value that is %s, naming the variable', (_what, value) => {
    expect(() => parseApiEnv({ ...BASE, ...(value === undefined ? {} : { SEAL_KEYS: value }) })).toThrow(/SEAL_KEYS/);
  });
});
