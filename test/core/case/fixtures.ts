import type { Case } from '../../../functions/core/case/case.js';
import { GENESIS_HASH } from '../../../functions/core/case/case-event.js';
import type { IntakeItem } from '../../../functions/core/case/intake-item.js';
import type { Principal } from '../../../functions/core/auth/principal.js';

/** A promised item with one deferrable and one plain mandatory material. */
export const ITEM: IntakeItem = {
  code: 'TEST-ITEM',
  version: 1,
  name: { 'zh-CN': '测试事项', en: 'Test item' },
  caseType: 'promised',
  promisedLimitDays: 10,
  legalLimitDays: 20,
  preReviewLimitDays: 2,
  warningThresholdDays: 2,
  handlingOfficeId: 'qingshi-social',
  decidingOfficeId: 'qingshi-approval',
  route: 'township_decides',
  formFields: [],
  materials: [
    { id: 'id-card', name: { 'zh-CN': '身份证', en: 'ID card' }, mandatory: true, mayBeDeferred: false, acceptedFileTypes: ['image/jpeg'], maxSizeMb: 5 },
    {
      id: 'household',
      name: { 'zh-CN': '户口簿', en: 'Household register' },
      mandatory: true,
      mayBeDeferred: true,
      acceptedFileTypes: ['image/jpeg'],
      maxSizeMb: 5,
    },
    { id: 'photo', name: { 'zh-CN': '照片', en: 'Photo' }, mandatory: false, mayBeDeferred: false, acceptedFileTypes: ['image/jpeg'], maxSizeMb: 5 },
  ],
};

export const P = {
  resident: { userId: 'u-resident-1', role: 'resident', name: '张明' },
  otherResident: { userId: 'u-resident-2', role: 'resident', name: '李芳' },
  proxy: { userId: 'u-proxy-qs', role: 'proxy', name: '王秀兰', countyId: 'qingshan', townshipId: 'qingshi' },
  otherProxy: { userId: 'u-proxy-x', role: 'proxy', name: '某', countyId: 'qingshan', townshipId: 'qingshi' },
  clerk: { userId: 'u-clerk-qs', role: 'clerk', name: '陈静', countyId: 'qingshan', townshipId: 'qingshi' },
  otherClerk: { userId: 'u-clerk-bh', role: 'clerk', name: '刘洋', countyId: 'qingshan', townshipId: 'baihe' },
  reviewer: { userId: 'u-reviewer-qs', role: 'reviewer', name: '赵磊', countyId: 'qingshan', townshipId: 'qingshi', officeId: 'qingshi-social' },
  approver: { userId: 'u-approver-qs', role: 'approver', name: '孙伟', countyId: 'qingshan', townshipId: 'qingshi' },
  officer: { userId: 'u-officer-amr', role: 'county_officer', name: '周敏', countyId: 'qingshan', officeId: 'county-amr' },
  supervisor: { userId: 'u-supervisor', role: 'supervisor', name: '吴刚', countyId: 'qingshan' },
  otherSupervisor: { userId: 'u-sup-x', role: 'supervisor', name: '某', countyId: 'elsewhere' },
  admin: { userId: 'u-admin', role: 'admin', name: '郑红', countyId: 'qingshan' },
} satisfies Record<string, Principal>;

/** A case as submitted online by the demo resident, before its first event. */
export function draftCase(overrides: Partial<Case> = {}): Case {
  return {
    caseId: 'case-1',
    caseNumber: 'QS-2026-000001',
    queryCode: 'ABCDEFGH23',
    countyId: 'qingshan',
    townshipId: 'qingshi',
    itemCode: ITEM.code,
    itemVersion: 1,
    handlingOfficeId: 'qingshi-social',
    decidingOfficeId: 'qingshi-approval',
    channel: 'online',
    applicant: { kind: 'person', name: '张明', idNumber: '11010519491231002X', phone: '13800138000' },
    applicantUserId: 'u-resident-1',
    filedBy: { userId: 'u-resident-1', role: 'resident', name: '张明' },
    variantAnswers: {},
    answers: {},
    overrides: [],
    materials: [{ materialId: 'id-card', files: [{ fileId: 'f1', name: 'id.jpg', contentType: 'image/jpeg', size: 1000 }] }],
    state: 'submitted',
    version: 0,
    receivedAt: '2026-03-02T02:00:00.000Z',
    receivedOn: '2026-03-02',
    answerDueOn: '2026-03-02',
    lastEventSeq: 0,
    lastEventHash: GENESIS_HASH,
    createdAt: '2026-03-02T02:00:00.000Z',
    updatedAt: '2026-03-02T02:00:00.000Z',
    ...overrides,
  };
}
