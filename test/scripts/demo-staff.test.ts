import { describe, expect, it } from 'vitest';
import { staffOf } from '../../scripts/lib/demo-staff.js';

describe('the staff who do the demo history’s steps', () => {
  it('are the demo accounts where the post has one, so the reviewer who signs in finds the cases they took', () => {
    expect(staffOf({ role: 'reviewer', countyId: 'qingshan', townshipId: 'qingshi', officeId: 'qingshi-social' })).toMatchObject({
      userId: 'u-reviewer-qs',
      name: '赵磊',
    });
    expect(staffOf({ role: 'clerk', countyId: 'qingshan', townshipId: 'baihe' })).toMatchObject({ userId: 'u-clerk-bh', name: '刘洋' });
    expect(staffOf({ role: 'county_officer', countyId: 'qingshan', officeId: 'county-amr' })).toMatchObject({ userId: 'u-officer-amr', name: '周敏' });
  });

  it('are a named person of that post elsewhere, the same one every time, never a job title', () => {
    const post = { role: 'reviewer', countyId: 'qingshan', townshipId: 'liulin', officeId: 'liulin-social' } as const;
    const one = staffOf(post);
    expect(one).toEqual(staffOf(post));
    expect(one).toMatchObject(post);
    expect(one.name).toMatch(/^[\u4e00-\u9fa5]{2,3}$/);
    expect(['审查人员', '审批人员', '窗口工作人员', '县级部门']).not.toContain(one.name);
    expect(staffOf({ ...post, role: 'approver', officeId: 'liulin-approval' }).userId).not.toBe(one.userId);
  });
});
