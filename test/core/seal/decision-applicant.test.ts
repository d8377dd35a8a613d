import { describe, expect, it } from 'vitest';
import { decisionApplicant } from '../../../functions/core/seal/decision-applicant.js';

describe('the applicant on a decision', () => {
  it('masks a person’s name and ID number and leaves out phone and address', () => {
    expect(decisionApplicant({ kind: 'person', name: '张明', idNumber: '11010519491231002X', phone: '13800138000', address: '青石村 3 组' })).toEqual({
      kind: 'person',
      name: '张*',
      idNumber: '1101**********002X',
    });
  });

  it('keeps a business name and masks its credit code', () => {
    expect(
      decisionApplicant({
        kind: 'business',
        name: '青石镇好运来小卖部',
        creditCode: '91330100MA2XXXXX0Q',
        idNumber: '11010519491231002X',
        phone: '13800138000',
      }),
    ).toEqual({
      kind: 'business',
      name: '青石镇好运来小卖部',
      creditCode: '9133**********XX0Q',
    });
  });
});
