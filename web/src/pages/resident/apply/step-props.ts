import type { ItemVersion } from '../../../api/intake.js';
import type { ApplyStep } from './application-draft.js';
import type { DraftHandle } from './use-draft.js';

/** What ApplyFlow gives every step page. */
export interface StepProps {
  handle: DraftHandle;
  item: ItemVersion;
  isProxy: boolean;
  /** This step's place among the user's steps (0-based). */
  position: { index: number; total: number };
  backHref: string;
  /** Goes to the following step. */
  next(): void;
  steps: ApplyStep[];
}
