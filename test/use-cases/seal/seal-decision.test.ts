import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createLocalSealSigner } from '../../../functions/adapters/local/local-seal-signer.js';
import { decisionText } from '../../../functions/core/seal/decision-document.js';
import type { SealSigner } from '../../../functions/ports/seal-signer.js';
import { sealDecision } from '../../../functions/use-cases/seal/seal-decision.js';
import { decisionDraft } from '../../support/decisions.js';

const signer = () =>
  createLocalSealSigner({ dir: mkdtempSync(join(tmpdir(), 'seal-uc-')), algorithmFor: (o) => (o === 'qingshi' ? 'SM2DSA' : 'ECDSA_SHA_256') });
const now = new Date('2026-03-20T02:30:01.000Z');
const ids = { caseId: 'case-1', countyId: 'qingshan', townshipId: 'qingshi' };

describe('sealing a decision', () => {
  it("signs the canonical text with the issuer's current key and names that key in the document", async () => {
    const seal = signer();

    const { document, record } = await sealDecision(seal, { draft: decisionDraft(), ...ids }, now);

    expect(document).toMatchObject({ schema: 'one-window/decision/v1', keyId: 'local:qingshi:1', algorithm: 'SM2DSA' });
    expect(record).toMatchObject({
      ...ids,
      verifyCode: document.verifyCode,
      signedAt: now.toISOString(),
      signature: { keyId: 'local:qingshi:1', algorithm: 'SM2DSA' },
    });
    expect(record.document).toBe(decisionText(document));
    expect(await seal.verify(record.signature.keyId, new TextEncoder().encode(record.document), record.signature.value)).toBe(true);
  });

  it('seals a forwarded item with the county department’s key, not the township’s', async () => {
    const draft = decisionDraft({
      issuer: { kind: 'county_department', id: 'county-amr', name: { 'zh-CN': '青山县市场监督管理局', en: 'Qingshan County AMR' } },
    });
    const { record } = await sealDecision(signer(), { draft, ...ids }, now);
    expect(record.signature).toMatchObject({ keyId: 'local:county-amr:1', algorithm: 'ECDSA_SHA_256' });
  });

  it('refuses to hand out a decision its key does not verify', async () => {
    const inner = signer();
    const broken: SealSigner = { ...inner, currentKey: (o) => inner.currentKey(o), sign: (o, k, b) => inner.sign(o, k, b), verify: async () => false };
    await expect(sealDecision(broken, { draft: decisionDraft(), ...ids }, now)).rejects.toThrow(/does not verify its own signature/);
  });
});
