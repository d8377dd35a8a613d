/** The steps of the apply flow after the item is chosen, in order; `consent` is the village proxy's only. No imports: the web app bundles it. */
export const DRAFT_STEPS = ['situation', 'form', 'materials', 'consent', 'check'] as const;
export type DraftStep = (typeof DRAFT_STEPS)[number];
