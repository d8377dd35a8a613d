import { describe, expect, it } from 'vitest';
import { countyPageOf, itemAdminPath } from '../../../../web/src/pages/county/county-pages.js';

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
  ])('%s shows %j', (path, page) => {
    expect(countyPageOf(path)).toEqual(page);
  });

  it('links to an item and one of its versions', () => {
    expect(itemAdminPath('ZR-XK-0001')).toBe('/county/catalogue/ZR-XK-0001');
    expect(itemAdminPath('ZR-XK-0001', 2)).toBe('/county/catalogue/ZR-XK-0001?version=2');
  });
});
