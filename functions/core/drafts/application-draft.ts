import { z } from 'zod';
import { LocalIdSchema } from '../catalogue/bilingual.js';
import { ItemCodeSchema } from '../catalogue/item-version.js';
import { noControlCharacters } from '../text/control-characters.js';
import { DRAFT_STEPS } from './draft-steps.js';

/**
 * A half-filled online application kept on the server (issue 11), so the resident or village
 * proxy can resume it on another device. One per account, item and township: the township is part
 * of the key because a resident chooses where to apply, and an application in another township is
 * another application (other offering, other office), not an edit of this one.
 */

export { DRAFT_STEPS, type DraftStep } from './draft-steps.js';

/** How long a draft is kept after its last save; the table's TTL then removes it. */
export const DRAFT_KEEP_DAYS = 30;
/** The most a draft's content may weigh, as JSON (a DynamoDB item holds 400 KB; a form is a few KB). */
export const DRAFT_MAX_BYTES = 64 * 1024;
/** How many drafts one account may keep at once (and the list's one page). */
export const DRAFT_MAX_PER_OWNER = 50;

/** Text as typed: not trimmed (a save while someone types must not eat their space), no control characters but \n and \t. */
const Typed = (max: number) =>
  z
    .string()
    .max(max)
    .check(noControlCharacters({ multiLine: true }));
const Line = (max: number) => z.string().max(max).check(noControlCharacters());
const boundedRecord = <V extends z.ZodTypeAny>(value: V, max: number) =>
  z.record(LocalIdSchema, value).refine((r) => Object.keys(r).length <= max, { message: 'draft.tooManyEntries', params: { max } });

/** Ids of the key: an item code, and a township id as the catalogue writes them. */
export const DraftTownshipIdSchema = z.string().regex(/^[a-z][a-z0-9-]{1,63}$/, { message: 'draft.townshipId' });
export const DraftKeySchema = z.object({ itemCode: ItemCodeSchema, townshipId: DraftTownshipIdSchema });
export type DraftKey = z.infer<typeof DraftKeySchema> & { ownerId: string };

/** An uploaded file the draft refers to (the bytes stay where the upload put them; submission checks who owns them). */
export const DraftFileSchema = z.object({
  fileId: z.uuid(),
  name: Line(200).min(1),
  contentType: Line(100).min(1),
  size: z.number().int().min(1),
});

/** The village proxy's record of the resident's consent, as typed so far (`givenAt` as the form holds it). */
export const DraftConsentSchema = z.object({
  method: z.enum(['', 'signed_form', 'in_person', 'phone_call', 'video_call']),
  givenAt: Line(40),
  note: Typed(500),
});

/** The fields of a draft's content (for schemas that add their own, such as the save's `basedOn`). */
export const draftContentFields = {
  /** The item's name when it was chosen, to list the draft without reading the catalogue. */
  itemName: z.object({ 'zh-CN': Line(200).min(1), en: Line(200).min(1) }).optional(),
  /** The chosen situation (variant questions and their answers). */
  variantAnswers: boundedRecord(Line(100), 30).default({}),
  /** The form's answers as typed. */
  answers: boundedRecord(Typed(2000), 100).default({}),
  /** Uploaded files by material id. */
  materials: boundedRecord(z.array(DraftFileSchema).max(20), 50).default({}),
  /** Village proxy only. */
  consent: DraftConsentSchema.optional(),
  /** The steps completed, i.e. how far the applicant got. */
  completed: z
    .array(z.enum(DRAFT_STEPS))
    .max(DRAFT_STEPS.length)
    .refine((steps) => new Set(steps).size === steps.length, { message: 'draft.completed.repeated' })
    .default([]),
};

/** The size limit of a draft's content, as a refinement (`draft.tooLarge`). */
export const withinDraftSize = <S extends z.ZodType<object>>(schema: S): S =>
  schema.refine((content) => byteLength(JSON.stringify(content)) <= DRAFT_MAX_BYTES, {
    message: 'draft.tooLarge',
    params: { kb: DRAFT_MAX_BYTES / 1024 },
  });

/** What a save carries besides its key and the version it was based on. */
export const DraftContentSchema = withinDraftSize(z.object(draftContentFields));
export type DraftContent = z.infer<typeof DraftContentSchema>;

/** A stored draft: its key, content, and the version every save is conditional on. */
export interface ApplicationDraft extends DraftContent {
  ownerId: string;
  itemCode: string;
  townshipId: string;
  /** 1 on the first save, one more on each. */
  version: number;
  /** When the server stored this version (ISO). */
  savedAt: string;
  /** When it will be deleted unless saved again (ISO): DRAFT_KEEP_DAYS after `savedAt`. */
  expiresAt: string;
}

/** What a list of drafts shows: no answers, files or consent, only where the applicant got to. */
export type DraftSummary = Pick<ApplicationDraft, 'itemCode' | 'townshipId' | 'itemName' | 'completed' | 'version' | 'savedAt' | 'expiresAt'>;

/** The stored copy a stale save collided with. */
export interface DraftVersionInfo {
  version: number;
  savedAt: string;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** The new version of a draft saved at `now` on top of version `basedOn` (0: the first save). */
export function savedDraft(key: DraftKey, content: DraftContent, basedOn: number, now: Date): ApplicationDraft {
  return {
    ...content,
    ownerId: key.ownerId,
    itemCode: key.itemCode,
    townshipId: key.townshipId,
    version: basedOn + 1,
    savedAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + DRAFT_KEEP_DAYS * DAY_MS).toISOString(),
  };
}

/** Past its expiry: the table's TTL deletes such an item within days, so readers treat it as gone already. */
export const isExpired = (draft: Pick<ApplicationDraft, 'expiresAt'>, now: Date) => Date.parse(draft.expiresAt) <= now.getTime();

/** The list entry of a draft. */
export function summaryOf(draft: ApplicationDraft): DraftSummary {
  return {
    itemCode: draft.itemCode,
    townshipId: draft.townshipId,
    ...(draft.itemName ? { itemName: draft.itemName } : {}),
    completed: draft.completed,
    version: draft.version,
    savedAt: draft.savedAt,
    expiresAt: draft.expiresAt,
  };
}

function byteLength(text: string): number {
  return new TextEncoder().encode(text).length;
}
