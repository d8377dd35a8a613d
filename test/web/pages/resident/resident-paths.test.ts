import { describe, expect, it } from 'vitest';
import { residentPaths, residentRouteOf } from '../../../../web/src/pages/resident/resident-paths.js';

describe('resident workspace paths', () => {
  it.each([
    ['/resident', { page: 'dashboard' }],
    ['/resident/', { page: 'dashboard' }],
    ['/resident/apply', { page: 'choose' }],
    ['/resident/apply/situation', { page: 'apply', step: 'situation' }],
    ['/resident/apply/check', { page: 'apply', step: 'check' }],
    ['/resident/apply/resume', { page: 'resume' }],
    ['/resident/apply/resume/x', { page: 'not-found' }],
    ['/resident/apply/nowhere', { page: 'not-found' }],
    ['/resident/submitted/c-1', { page: 'submitted', caseId: 'c-1' }],
    ['/resident/cases/c-1', { page: 'case', caseId: 'c-1' }],
    ['/resident/cases/c-1/respond', { page: 'respond', caseId: 'c-1' }],
    ['/resident/cases/c-1/withdraw', { page: 'withdraw', caseId: 'c-1' }],
    ['/resident/cases/c-1/delete', { page: 'not-found' }],
    ['/resident/cases/%E0%A4%A', { page: 'not-found' }],
    ['/resident/cases/c-1/respond/more', { page: 'not-found' }],
    ['/counter', { page: 'not-found' }],
  ])('%s is %j', (path, route) => {
    expect(residentRouteOf(path)).toEqual(route);
  });

  it('builds the paths it parses', () => {
    expect(residentRouteOf(residentPaths.case('a/b'))).toEqual({ page: 'case', caseId: 'a/b' });
    expect(residentPaths.choose({ item: 'MZ-GG-0003', township: undefined })).toBe('/resident/apply?item=MZ-GG-0003');
    expect(residentPaths.choose()).toBe('/resident/apply');
    expect(residentPaths.resume('MZ-GG-0003', 'qingshi')).toBe('/resident/apply/resume?item=MZ-GG-0003&township=qingshi');
  });
});
