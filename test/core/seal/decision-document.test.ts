import { describe, expect, it } from 'vitest';
import { decisionBytes, decisionText, newVerifyCode, VERIFY_CODE_PATTERN } from '../../../functions/core/seal/decision-document.js';
import { sampleDocument } from './fixtures.js';

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('the signed bytes of a decision', () => {
  it('are the canonical JSON as UTF-8, whatever order the fields were written in', () => {
    const doc = sampleDocument();
    const reversed = Object.fromEntries(Object.entries(doc).reverse()) as typeof doc;
    reversed.issuer = { name: { en: doc.issuer.name.en, 'zh-CN': doc.issuer.name['zh-CN'] }, id: doc.issuer.id, kind: doc.issuer.kind };

    expect(Buffer.from(decisionBytes(reversed))).toEqual(Buffer.from(decisionBytes(doc)));
    expect(text(decisionBytes(doc))).toBe(decisionText(doc));
  });

  it('sort keys at every level and carry Chinese text as UTF-8', () => {
    const json = text(decisionBytes(sampleDocument()));

    expect(json.startsWith('{"algorithm":"ECDSA_SHA_256","applicant":{"idNumber":"3201**********123X","kind":"person","name":"张**"}')).toBe(true);
    expect(json).toContain('"name":{"en":"Qingshi Town","zh-CN":"青石镇"}');
    expect(Buffer.from(decisionBytes(sampleDocument())).includes(Buffer.from('青石镇', 'utf8'))).toBe(true);
    expect(JSON.parse(json)).toEqual(sampleDocument());
  });

  it('change when any fact changes, and leave out absent optional fields', () => {
    const base = text(decisionBytes(sampleDocument()));

    expect(text(decisionBytes(sampleDocument({ outcome: 'refuse' })))).not.toBe(base);
    expect(text(decisionBytes(sampleDocument({ decidedOn: '2026-03-21' })))).not.toBe(base);
    expect(base).not.toContain('remedies');
    expect(text(decisionBytes(sampleDocument({ remedies: undefined })))).toBe(base);
  });

  it('are stable: a fixed document always gives the same bytes', () => {
    const expected =
      '{"algorithm":"SM2DSA","applicant":{"kind":"business","name":"青石**"},"approver":{"name":"a"},"caseNumber":"c","decidedAt":"t","decidedOn":"d","documentNumber":"n","grounds":[],"issuer":{"id":"i","kind":"county_department","name":{"en":"E","zh-CN":"中"}},"item":{"code":"x","name":{"en":"e","zh-CN":"z"},"version":2},"keyId":"k","legalBasis":["b"],"outcome":"refuse","remedies":"r","schema":"one-window/decision/v1","township":{"id":"t","name":{"en":"T","zh-CN":"镇"}},"verifyCode":"v"}';
    const doc = {
      verifyCode: 'v',
      township: { name: { 'zh-CN': '镇', en: 'T' }, id: 't' },
      schema: 'one-window/decision/v1',
      remedies: 'r',
      outcome: 'refuse',
      legalBasis: ['b'],
      keyId: 'k',
      item: { version: 2, name: { en: 'e', 'zh-CN': 'z' }, code: 'x' },
      issuer: { name: { 'zh-CN': '中', en: 'E' }, kind: 'county_department', id: 'i' },
      grounds: [],
      documentNumber: 'n',
      decidedOn: 'd',
      decidedAt: 't',
      caseNumber: 'c',
      approver: { name: 'a' },
      applicant: { name: '青石**', kind: 'business' },
      algorithm: 'SM2DSA',
    } as const;
    expect(text(decisionBytes({ ...doc, grounds: [], legalBasis: ['b'] }))).toBe(expected);
  });
});

describe('verification codes', () => {
  it('are 16 Crockford base32 characters encoding all 80 bits', () => {
    expect(newVerifyCode(() => new Uint8Array(10))).toBe('0000000000000000');
    expect(newVerifyCode(() => new Uint8Array(10).fill(0xff))).toBe('ZZZZZZZZZZZZZZZZ');
    // the top five bits (10000 = G) come first, the last five (00001 = 1) last
    expect(newVerifyCode(() => Uint8Array.from([0x80, 0, 0, 0, 0, 0, 0, 0, 0, 1]))).toBe('G000000000000001');
  });

  it('come from the random source and match the pattern', () => {
    const codes = new Set(Array.from({ length: 200 }, () => newVerifyCode((n) => crypto.getRandomValues(new Uint8Array(n)))));
    expect(codes.size).toBe(200);
    for (const code of codes) expect(code).toMatch(VERIFY_CODE_PATTERN);
  });
});
