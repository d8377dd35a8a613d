/** The pages of the county workspace, by path. */
export type CountyPage =
  | { page: 'dashboard' }
  | { page: 'catalogue' }
  | { page: 'item-new' }
  | { page: 'item'; code: string }
  | { page: 'item-edit'; code: string }
  | { page: 'calendar' }
  | { page: 'outbox' }
  | { page: 'open-cases' }
  | { page: 'supervision' }
  | { page: 'case'; caseId: string }
  | { page: 'not-found' };

export const COUNTY_CATALOGUE_PATH = '/county/catalogue';
export const COUNTY_CALENDAR_PATH = '/county/calendar';
export const COUNTY_OUTBOX_PATH = '/county/outbox';
export const COUNTY_OPEN_CASES_PATH = '/county/open-cases';

/** The drill-down: open cases of a township and card (either optional). */
export function countyOpenCasesPath(filter: { townshipId?: string; card?: string } = {}): string {
  const params = new URLSearchParams();
  if (filter.townshipId) params.set('townshipId', filter.townshipId);
  if (filter.card) params.set('card', filter.card);
  const text = params.toString();
  return `${COUNTY_OPEN_CASES_PATH}${text ? `?${text}` : ''}`;
}
/** The county's supervision orders (督办单). */
export const COUNTY_SUPERVISION_PATH = '/county/supervision';

/** A case as the county supervises it (read-only summary, clock, history, its orders): the dashboard's drill-down target. */
export const countyCasePath = (caseId: string) => `/county/cases/${encodeURIComponent(caseId)}`;

/** Where an item's administration page is. */
export const itemAdminPath = (code: string, version?: number) =>
  `${COUNTY_CATALOGUE_PATH}/${encodeURIComponent(code)}${version !== undefined ? `?version=${version}` : ''}`;

/**
 * Which county page a path shows. The workspace route (`/county/:rest*`) is one route of the app,
 * so its pages are told apart here rather than by a nested router.
 */
export function countyPageOf(path: string): CountyPage {
  const parts = path.split('/').filter(Boolean);
  if (parts[0] !== 'county') return { page: 'not-found' };
  const [, section, code, action, ...extra] = parts;
  if (extra.length > 0) return { page: 'not-found' };
  if (section === undefined) return { page: 'dashboard' };
  if (section === 'calendar' && code === undefined) return { page: 'calendar' };
  if (section === 'outbox' && code === undefined) return { page: 'outbox' };
  if (section === 'open-cases' && code === undefined) return { page: 'open-cases' };
  if (section === 'supervision' && code === undefined) return { page: 'supervision' };
  if (section === 'cases') {
    const caseId = code === undefined || action !== undefined ? undefined : safeDecode(code);
    return caseId ? { page: 'case', caseId } : { page: 'not-found' };
  }
  if (section !== 'catalogue') return { page: 'not-found' };
  if (code === undefined) return { page: 'catalogue' };
  if (code === 'new' && action === undefined) return { page: 'item-new' };
  const decoded = safeDecode(code);
  if (decoded === undefined) return { page: 'not-found' };
  if (action === undefined) return { page: 'item', code: decoded };
  return action === 'edit' ? { page: 'item-edit', code: decoded } : { page: 'not-found' };
}

function safeDecode(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}
