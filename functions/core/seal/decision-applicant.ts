import type { Applicant } from '../case/case.js';
import { maskCreditCode, maskIdNumber, maskName } from '../privacy/mask.js';
import type { DecisionDocument } from './decision-document.js';

/**
 * The applicant as a decision document carries it: public through the QR code, so a person's
 * name and ID number are masked (张*, 1101**********002X); a business keeps its name, its credit
 * code is masked. No phone or address.
 */
export function decisionApplicant(applicant: Applicant): DecisionDocument['applicant'] {
  if (applicant.kind === 'business') {
    return { kind: 'business', name: applicant.name, ...(applicant.creditCode ? { creditCode: maskCreditCode(applicant.creditCode) } : {}) };
  }
  return { kind: 'person', name: maskName(applicant.name), ...(applicant.idNumber ? { idNumber: maskIdNumber(applicant.idNumber) } : {}) };
}
