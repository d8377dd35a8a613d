import { generateKeyPairSync, sign, verify } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { decisionText } from '../../../functions/core/seal/decision-document.js';
import { decisionStatus, parseDecisionDocument, type DecisionRecord } from '../../../functions/core/seal/decision-record.js';
import { sampleDocument } from './fixtures.js';

const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
const KEY = 'local:qingshi:1';
const verifier = async (keyId: string, bytes: Uint8Array, b64: string) => keyId === KEY && verify('sha256', bytes, publicKey, Buffer.from(b64, 'base64'));

function signedRecord(text = decisionText(sampleDocument()), keyId = KEY): DecisionRecord {
  return {
    verifyCode: '7K3M9QX2ZC4T8VNB',
    caseId: 'case-1',
    countyId: 'qingshan',
    townshipId: 'qingshi',
    document: text,
    signature: { keyId, algorithm: 'ECDSA_SHA_256', value: sign('sha256', Buffer.from(text), privateKey).toString('base64') },
    signedAt: '2026-03-20T02:30:01.000Z',
  };
}

describe('the status of a decision record', () => {
  it('is unknown without a record', async () => {
    expect(await decisionStatus(undefined, verifier)).toBe('unknown');
  });

  it('is authentic when the stored text still matches its signature', async () => {
    expect(await decisionStatus(signedRecord(), verifier)).toBe('authentic');
  });

  it.each([
    ['one character of the text', (r: DecisionRecord) => ({ ...r, document: r.document.replace('张**', '王**') })],
    ['a space added', (r: DecisionRecord) => ({ ...r, document: `${r.document} ` })],
    ['the signature', (r: DecisionRecord) => ({ ...r, signature: { ...r.signature, value: signedRecord().signature.value.replace(/^../, 'AA') } })],
    ['the key id of the signature', (r: DecisionRecord) => ({ ...r, signature: { ...r.signature, keyId: 'local:qingshi:2' } })],
  ])('is altered when %s changed', async (_what, change) => {
    expect(await decisionStatus(change(signedRecord()), verifier)).toBe('altered');
  });

  it('is altered when the signed document names another key, algorithm or code than the record', async () => {
    const otherKey = signedRecord(decisionText(sampleDocument({ keyId: 'local:baihe:1' })));
    const otherAlgorithm = signedRecord(decisionText(sampleDocument({ algorithm: 'SM2DSA' })));
    const otherCode = signedRecord(decisionText(sampleDocument({ verifyCode: 'AAAAAAAAAAAAAAAA' })));

    expect(await decisionStatus(otherKey, verifier)).toBe('altered');
    expect(await decisionStatus(otherAlgorithm, verifier)).toBe('altered');
    expect(await decisionStatus(otherCode, verifier)).toBe('altered');
  });

  it('is altered when signed bytes are not a decision document', async () => {
    expect(await decisionStatus(signedRecord('{"hello":"world"}'), verifier)).toBe('altered');
  });

  it('is revoked when the signature holds and the decision was set aside', async () => {
    const record = { ...signedRecord(), revoked: { at: '2026-04-01T00:00:00.000Z', by: { userId: 'u', name: '李审批' }, reason: '复议撤销' } };
    expect(await decisionStatus(record, verifier)).toBe('revoked');
  });

  it('says altered, not revoked, for a revoked record whose text was changed', async () => {
    const record = { ...signedRecord(), revoked: { at: 'x', by: { userId: 'u', name: 'n' }, reason: 'r' } };
    expect(await decisionStatus({ ...record, document: record.document.replace('grant', 'refuse') }, verifier)).toBe('altered');
  });
});

describe('parsing a stored document', () => {
  it('reads a decision and refuses anything else', () => {
    expect(parseDecisionDocument(decisionText(sampleDocument()))).toEqual(sampleDocument());
    expect(parseDecisionDocument('not json')).toBeUndefined();
    expect(parseDecisionDocument('[1]')).toBeUndefined();
    expect(parseDecisionDocument(JSON.stringify({ ...sampleDocument(), schema: 'other' }))).toBeUndefined();
  });
});
