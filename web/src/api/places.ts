import { DEMO_COUNTY, DEMO_TOWNSHIPS } from '../../../functions/demo/geography.js';
import type { Lang } from '../i18n/lang.js';
import type { User } from './types.js';

// The demo county's names, from the same module the server seeds from. When the catalogue
// serves townships (GET /api/catalogue/townships) this table becomes its fallback.
const NAMES: Record<string, Record<Lang, string>> = Object.fromEntries([
  [DEMO_COUNTY.id, DEMO_COUNTY.name],
  ...DEMO_TOWNSHIPS.map((t) => [t.id, t.name] as const),
]);

/** The name of a township or county id in `lang`; the id itself when it is not known. */
export function placeName(id: string, lang: Lang): string {
  return NAMES[id]?.[lang] ?? id;
}

/** Where a user works: their township, else their county; undefined for residents. */
export function placeOfUser(user: Pick<User, 'townshipId' | 'countyId'>, lang: Lang): string | undefined {
  const id = user.townshipId ?? user.countyId;
  return id ? placeName(id, lang) : undefined;
}
