import { describe, expect, it } from 'vitest';
import { countyCasePath, countyPageOf, itemAdminPath } from '../../../../web/src/pages/county/county-pages.js';

describe('county workspace pages', () => {
  it.each([
    ['/county', { page: 'dashboard' }],
    ['/county/catalogue', { page: 'catalogue' }],
    ['/county/catalogue/new', { page: 'item-new' }],
    ['/county/catalogue/ZR-XK-0001', { page: 'item', code: 'ZR-XK-0001' }],
    ['/county/catalogue/ZR-XK-0001/edit', { page: 'item-edit', code: 'ZR-XK-0001' }],
    ['/county/catalogue/%E0%A4%A/edit', { page: 'not-found' }],
    ['/county/catalogue/ZR-XK-0001/delete', { page: 'not-found' }],
    ['/county/calendar', { page: 'calendar' }],
    ['/county/calendar/2026', { page: 'not-found' }],
    ['/county/cards/x/y/z', { page: 'not-found' }],
    ['/county/supervision', { page: 'supervision' }],
    ['/county/supervision/x', { page: 'not-found' }],
    ['/county/cases/c-123', { page: 'case', caseId: 'c-123' }],
    ['/county/cases/a%2Fb', { page: 'case', caseId: 'a/b' }],
    ['/county/cases', { page: 'not-found' }],
    ['/county/cases/c-123/edit', { page: 'not-found' }],
    ['/county/cases/%E0%A4%A', { page: 'not-found' }],
  ])('%s shows %j', (path, page) => {
    expect(countyPageOf(path)).toEqual(page);
  });

  it('links to a case as the county supervises it (the dashboard drill-down)', () => {
    expect(countyCasePath('c-123')).toBe('/county/cases/c-123');
    expect(countyPageOf(countyCasePath('a/b'))).toEqual({ page: 'case', caseId: 'a/b' });
  });

  it('links to an item and one of its versions', () => {
    expect(itemAdminPath('ZR-XK-0001')).toBe('/county/catalogue/ZR-XK-0001');
    expect(itemAdminPath('ZR-XK-0001', 2)).toBe('/county/catalogue/ZR-XK-0001?version=2');
  });
});
