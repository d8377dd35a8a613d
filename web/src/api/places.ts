import { useEffect, useState } from 'preact/hooks';
import { DEMO_COUNTY, DEMO_TOWNSHIPS } from '../../../functions/demo/geography.js';
import type { Lang } from '../i18n/lang.js';
import { listTownships } from './catalogue.js';
import type { ApiClient } from './client.js';
import { pickText, type LocalizedText } from './localized.js';
import type { User } from './types.js';

// Names known before the catalogue answers (and if it never does): the demo county's, from
// the module the server seeds from. The catalogue's townships are laid over them once loaded.
const names = new Map<string, LocalizedText>([[DEMO_COUNTY.id, DEMO_COUNTY.name], ...DEMO_TOWNSHIPS.map((t) => [t.id, t.name] as [string, LocalizedText])]);
let loading: Promise<void> | undefined;

/** The name of a township or county id in `lang`; the id itself when it is not known. */
export function placeName(id: string, lang: Lang): string {
  return pickText(names.get(id), lang) || id;
}

/** Where a user works: their township, else their county; undefined for residents. */
export function placeOfUser(user: Pick<User, 'townshipId' | 'countyId'>, lang: Lang): string | undefined {
  const id = user.townshipId ?? user.countyId;
  return id ? placeName(id, lang) : undefined;
}

/**
 * Loads the townships once per page (they are public and rarely change) and re-renders the
 * caller when they arrive; a failure keeps the names already known.
 */
export function usePlaceNames(api: ApiClient, wanted: boolean): void {
  const [, setLoaded] = useState(0);
  useEffect(() => {
    if (!wanted) return;
    loading ??= listTownships(api).then(
      (townships) => townships.forEach((t) => names.set(t.id, t.name)),
      () => {
        loading = undefined;
      },
    );
    let live = true;
    void loading.then(() => live && setLoaded((n) => n + 1));
    return () => {
      live = false;
    };
  }, [wanted]);
}
