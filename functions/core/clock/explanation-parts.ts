import type { IsoDate } from '../calendar/day-number.js';

/**
 * One fact of a due-date explanation. Kept structured so a screen can lay it out as it likes;
 * `renderExplanation` turns a list of them into a sentence in either language.
 */
export type ExplanationPart =
  /** The due date the explanation is for (rendered as the lead-in). */
  | { kind: 'due'; dueDate: IsoDate }
  /** An on-the-spot (即办件) case: due the day it was accepted. */
  | { kind: 'on_the_spot'; acceptedOn: IsoDate }
  /** The limit, counted from the day after acceptance. */
  | { kind: 'count'; workingDays: number; acceptedOn: IsoDate }
  | { kind: 'extension'; workingDays: number }
  /** `end` is null while the suspension is open; `workingDays` are the working days it has stopped the clock for. */
  | { kind: 'suspension'; reason: string; note?: string; start: IsoDate; end: IsoDate | null; workingDays: number }
  /** A holiday period that took working days out of the counted span. */
  | { kind: 'holiday'; start: IsoDate; end: IsoDate }
  /** A weekend day inside the counted span that was a working day (调休). */
  | { kind: 'makeup'; date: IsoDate }
  | { kind: 'legal'; workingDays: number; extensionDays: number; dueDate: IsoDate }
  /** The span reached years with no published calendar; weekends alone were assumed there. */
  | { kind: 'provisional'; years: number[] };

/** The languages an explanation is rendered in. */
export type ExplanationLang = 'zh-CN' | 'en';

/** An explanation: its parts, and the sentence in each language. */
export interface Explanation {
  parts: ExplanationPart[];
  'zh-CN': string;
  en: string;
}
