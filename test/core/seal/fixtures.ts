import type { DecisionDocument } from '../../../functions/core/seal/decision-document.js';

/** A granted decision of Qingshi Town, applicant already masked. */
export function sampleDocument(overrides: Partial<DecisionDocument> = {}): DecisionDocument {
  return {
    schema: 'one-window/decision/v1',
    documentNumber: 'QS-JD-2026-000012',
    verifyCode: '7K3M9QX2ZC4T8VNB',
    caseNumber: 'QS-2026-000031',
    issuer: { kind: 'township', id: 'qingshi', name: { 'zh-CN': '青石镇人民政府', en: 'Qingshi Town People’s Government' } },
    township: { id: 'qingshi', name: { 'zh-CN': '青石镇', en: 'Qingshi Town' } },
    item: { code: '330100-JD-0001', version: 1, name: { 'zh-CN': '农村村民宅基地审批', en: 'Rural homestead approval' } },
    outcome: 'grant',
    grounds: ['申请材料齐全，符合法定形式'],
    legalBasis: ['《中华人民共和国土地管理法》第六十二条'],
    applicant: { kind: 'person', name: '张**', idNumber: '3201**********123X' },
    decidedOn: '2026-03-20',
    decidedAt: '2026-03-20T02:30:00.000Z',
    approver: { name: '李审批' },
    keyId: 'local:qingshi:1',
    algorithm: 'ECDSA_SHA_256',
    ...overrides,
  };
}
