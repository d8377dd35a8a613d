import type { StackApi } from '../support/stack-api.js';
import { DEMO_APPLICANT } from '../support/stack-api.js';

/** A case of the demo resident, accepted, reviewed and granted under the township's seal (through the API), waiting to be handed out. */
export async function decidedCase(api: StackApi) {
  const submitted = await api.submit('resident', {
    itemCode: 'MZ-GG-0003',
    answers: DEMO_APPLICANT,
    materials: { idCard: ['身份证.jpg'], hukou: ['户口簿.jpg'], bankCard: ['银行卡.jpg'] },
  });
  const steps: [string, string, Record<string, unknown>][] = [
    ['clerk', 'accept', { deferred: [] }],
    ['reviewer', 'take', {}],
    ['reviewer', 'propose', { outcome: 'grant', reasons: ['符合条件'], legalBasis: ['《高龄津贴发放办法》'] }],
    ['approver', 'decide', { outcome: 'grant', reasons: ['符合条件'], legalBasis: ['《高龄津贴发放办法》'] }],
  ];
  for (const [as, path, body] of steps) {
    const { version } = await api.caseOf(submitted.caseId, as);
    await api.call('POST', `/api/cases/${submitted.caseId}/${path}`, as, { version, ...body });
  }
  return submitted;
}

/** Pages of a PDF Chromium wrote: its page objects (`/Type /Page`, not `/Pages`). */
export const pdfPageCount = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g) ?? []).length;
