import { APPLY_STEPS, type ApplyStep } from './apply/application-draft.js';

/** The pages of the resident workspace, as parsed from the path. */
export type ResidentRoute =
  | { page: 'dashboard' }
  | { page: 'choose' }
  | { page: 'resume' }
  | { page: 'apply'; step: ApplyStep }
  | { page: 'submitted'; caseId: string }
  | { page: 'case'; caseId: string }
  | { page: 'respond'; caseId: string }
  | { page: 'withdraw'; caseId: string }
  | { page: 'not-found' };

const BASE = '/resident';
const enc = encodeURIComponent;

/** Where each page lives. */
export const residentPaths = {
  dashboard: () => BASE,
  choose: (query: { item?: string; township?: string } = {}) => {
    const params = new URLSearchParams(Object.entries(query).filter((e): e is [string, string] => !!e[1]));
    const text = params.toString();
    return `${BASE}/apply${text ? `?${text}` : ''}`;
  },
  step: (step: ApplyStep) => `${BASE}/apply/${step}`,
  /** Opens a saved draft (server or this device): the newer copy, or a choice when both changed. */
  resume: (itemCode: string, townshipId: string) => `${BASE}/apply/resume?${new URLSearchParams({ item: itemCode, township: townshipId }).toString()}`,
  submitted: (caseId: string) => `${BASE}/submitted/${enc(caseId)}`,
  case: (caseId: string) => `${BASE}/cases/${enc(caseId)}`,
  respond: (caseId: string) => `${BASE}/cases/${enc(caseId)}/respond`,
  withdraw: (caseId: string) => `${BASE}/cases/${enc(caseId)}/withdraw`,
};

/**
 * The page for a path under /resident. The app's router hands the whole workspace one route
 * (`/resident/:rest*`), so the workspace picks its page here, with no nested router.
 */
export function residentRouteOf(path: string): ResidentRoute {
  const parts = path.replace(/\/+$/, '').split('/').filter(Boolean);
  if (parts[0] !== 'resident') return { page: 'not-found' };
  const [, section, id, sub, ...more] = parts.map((p) => safeDecode(p));
  if (more.length > 0 || id === null || sub === null) return { page: 'not-found' };
  if (section === undefined) return { page: 'dashboard' };
  if (section === 'apply') {
    if (id === undefined) return { page: 'choose' };
    if (id === 'resume' && sub === undefined) return { page: 'resume' };
    if (sub === undefined && (APPLY_STEPS as readonly string[]).includes(id)) return { page: 'apply', step: id as ApplyStep };
    return { page: 'not-found' };
  }
  if (section === 'submitted' && id && sub === undefined) return { page: 'submitted', caseId: id };
  if (section === 'cases' && id) {
    if (sub === undefined) return { page: 'case', caseId: id };
    if (sub === 'respond') return { page: 'respond', caseId: id };
    if (sub === 'withdraw') return { page: 'withdraw', caseId: id };
  }
  return { page: 'not-found' };
}

function safeDecode(part: string): string | null {
  try {
    return decodeURIComponent(part);
  } catch {
    return null;
  }
}
