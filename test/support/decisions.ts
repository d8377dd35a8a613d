import { randomBytes } from 'node:crypto';
import { newVerifyCode } from '../../functions/core/seal/decision-document.js';
import type { DecisionStore } from '../../functions/ports/decision-store.js';
import type { SealSigner } from '../../functions/ports/seal-signer.js';
import { sealDecision, type DecisionDraft } from '../../functions/use-cases/seal/seal-decision.js';

/** A granted old-age allowance decision of Qingshi Town, applicant masked, with a fresh verify code. */
export function decisionDraft(overrides: Partial<DecisionDraft> = {}): DecisionDraft {
  return {
    documentNumber: 'QS-JD-2026-000012',
    verifyCode: newVerifyCode((n) => randomBytes(n)),
    caseNumber: 'QS-2026-000031',
    issuer: { kind: 'township', id: 'qingshi', name: { 'zh-CN': '青石镇人民政府', en: 'Qingshi Town People’s Government' } },
    township: { id: 'qingshi', name: { 'zh-CN': '青石镇', en: 'Qingshi Town' } },
    item: { code: 'MZ-GG-0003', version: 1, name: { 'zh-CN': '高龄津贴发放', en: 'Old-age allowance' } },
    outcome: 'grant',
    grounds: ['申请人年满 80 周岁，户籍在本镇，符合高龄津贴发放条件'],
    legalBasis: ['《中华人民共和国老年人权益保障法》第三十三条'],
    applicant: { kind: 'person', name: '张*', idNumber: '1101**********002X' },
    decidedOn: '2026-03-20',
    decidedAt: '2026-03-20T02:30:00.000Z',
    approver: { name: '赵立新' },
    ...overrides,
  };
}

/** Seals a draft with the signer and stores the record, as the decide use case will. */
export async function sealAndSave(
  deps: { seal: SealSigner; decisions: DecisionStore },
  draft: DecisionDraft,
  ids: { caseId: string; countyId?: string; townshipId?: string },
  now = new Date('2026-03-20T02:30:01.000Z'),
) {
  const sealed = await sealDecision(
    deps.seal,
    { draft, caseId: ids.caseId, countyId: ids.countyId ?? 'qingshan', townshipId: ids.townshipId ?? draft.township.id },
    now,
  );
  await deps.decisions.save(sealed.record);
  return sealed;
}

/** The stored document with one byte changed: the first letter of the outcome (grant → hrant). */
export function flipOneByte(document: string): string {
  const bytes = Buffer.from(document, 'utf8');
  const at = bytes.indexOf('"outcome":"') + '"outcome":"'.length;
  bytes[at] = bytes[at]! ^ 0x0f;
  return bytes.toString('utf8');
}
