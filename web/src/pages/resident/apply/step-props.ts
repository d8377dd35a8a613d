import type { ItemVersion } from '../../../api/intake.js';
import type { ApplicationDraft, ApplyStep } from './application-draft.js';
import type { DraftHandle } from './use-draft.js';
import type { DraftSync } from './use-draft-sync.js';

/** What ApplyFlow gives every step page. */
export interface StepProps {
  handle: DraftHandle;
  item: ItemVersion;
  isProxy: boolean;
  /** This step's place among the user's steps (0-based). */
  position: { index: number; total: number };
  backHref: string;
  /**
   * Goes to the following step, or back to "check your answers" when every step is done (a
   * change made from there). `after` is the draft as this step leaves it, when it changed more
   * than its own completion.
   */
  next(after?: ApplicationDraft): void;
  steps: ApplyStep[];
  /** The draft's save to the server: the check step holds it while submitting. */
  sync: DraftSync;
}
