import { z } from '@hono/zod-openapi';
import { IsoDateSchema } from '../../core/calendar/iso-date-schema.js';
import { checkCreditCode } from '../../core/identity/credit-code.js';
import { isMainlandMobile, normalizeMobile } from '../../core/identity/mobile.js';
import { checkResidentId } from '../../core/identity/resident-id.js';
import { multiLineText, singleLineText } from '../../core/text/control-characters.js';

// The one strict calendar-date schema (native zod metadata: it is built before `.openapi()` exists).
const Date = IsoDateSchema.meta({ example: '2026-03-20' });
const Id = singleLineText().min(1).max(64);
/** One-line text (a name): no control characters at all. */
const Line = (max: number) => singleLineText().min(1, { message: 'field.required' }).max(max);
/** Free text (a reason, a problem): line feeds and tabs allowed, no other control characters. */
const Text = (max: number) => multiLineText().min(1, { message: 'field.required' }).max(max);
const Note = multiLineText().max(500);

/** The applicant block every application carries; IDs and phone are checked at the edge. */
export const ApplicantSchema = z
  .object({
    kind: z.enum(['person', 'business']),
    name: Line(100),
    idNumber: singleLineText().optional(),
    creditCode: singleLineText().optional(),
    phone: singleLineText(),
    address: singleLineText().max(200).optional(),
  })
  .superRefine((a, ctx) => {
    if (a.idNumber !== undefined && a.idNumber !== '') {
      const check = checkResidentId(a.idNumber);
      if (!check.ok) ctx.addIssue({ code: 'custom', path: ['idNumber'], message: `field.idNumber.${check.problem}` });
    } else if (a.kind === 'person') {
      ctx.addIssue({ code: 'custom', path: ['idNumber'], message: 'field.required' });
    }
    if (a.kind === 'business') {
      const check = a.creditCode ? checkCreditCode(a.creditCode) : undefined;
      if (!check) ctx.addIssue({ code: 'custom', path: ['creditCode'], message: 'field.required' });
      else if (!check.ok) ctx.addIssue({ code: 'custom', path: ['creditCode'], message: `field.creditCode.${check.problem}` });
    }
    if (!isMainlandMobile(a.phone)) ctx.addIssue({ code: 'custom', path: ['phone'], message: 'field.phone.format' });
  })
  .transform((a) => ({
    ...a,
    ...(a.idNumber ? { idNumber: a.idNumber.toUpperCase() } : {}),
    ...(a.creditCode ? { creditCode: a.creditCode.toUpperCase() } : {}),
    phone: normalizeMobile(a.phone),
  }))
  .openapi('Applicant');

const MaterialFilesSchema = z.object({ materialId: Id, fileIds: z.array(z.uuid()).max(20).default([]) });
const DeferredSchema = z.object({ materialId: Id, dueOn: Date });
const OverrideSchema = z.object({ fieldId: Id, reason: Text(200) });

export const SubmitSchema = z
  .object({
    itemCode: singleLineText().min(1).max(40),
    townshipId: Id,
    applicant: ApplicantSchema.optional(),
    variantAnswers: z.record(singleLineText(), singleLineText()).default({}),
    answers: z.record(z.string(), z.unknown()).default({}),
    overrides: z.array(OverrideSchema).max(10).default([]),
    materials: z.array(MaterialFilesSchema).max(50).default([]),
    proxyConsent: z
      .object({
        method: z.enum(['signed_form', 'in_person', 'phone_call', 'video_call']),
        givenAt: z.iso.datetime({ offset: true }),
        note: Note.optional(),
      })
      .optional(),
    originalsChecked: z.array(Id).max(50).optional(),
    acceptNow: z.object({ deferred: z.array(DeferredSchema).max(20).default([]), note: Note.optional() }).optional(),
    /** Report an open application of the same applicant for the item as 409 DUPLICATE_APPLICATION (the web app always asks). */
    checkDuplicate: z.boolean().default(false),
    /** Counter: go on although the applicant has an open application for the item; recorded on the case. */
    duplicateReason: Text(200).optional(),
  })
  .openapi('SubmitApplication');

const Version = z.number().int().min(1);

export const AcceptSchema = z.object({ version: Version, deferred: z.array(DeferredSchema).max(20).default([]), note: Note.optional() }).openapi('AcceptCase');

export const CorrectionSchema = z
  .object({
    version: Version,
    items: z
      .array(
        z.object({
          materialId: Id.optional(),
          fieldId: Id.optional(),
          problem: Text(500),
        }),
      )
      .min(1, { message: 'intake.correction.empty' })
      .max(50),
  })
  .openapi('RequireCorrection');

export const ResubmitSchema = z
  .object({
    version: Version,
    answers: z.record(z.string(), z.unknown()).optional(),
    overrides: z.array(OverrideSchema).max(10).optional(),
    materials: z.array(MaterialFilesSchema).max(50).default([]),
  })
  .openapi('ResubmitApplication');

export const NotAcceptSchema = z
  .object({
    version: Version,
    reasons: z.array(Text(500)).min(1, { message: 'intake.notAccepted.reasonsRequired' }).max(20),
    legalBasis: z.array(Text(500)).min(1, { message: 'intake.notAccepted.basisRequired' }).max(20),
    remedies: Text(1000),
  })
  .openapi('NotAcceptCase');

export const WithdrawSchema = z.object({ version: Version, reason: Text(500) }).openapi('WithdrawCase');
export const OriginalSchema = z.object({ version: Version, materialId: Id }).openapi('RecordOriginal');

export const UploadRequestSchema = z
  .object({
    name: Line(200),
    contentType: z.string().regex(/^[a-z]+\/[a-z0-9.+-]+$/, { message: 'intake.file.contentType' }),
    size: z
      .number()
      .int()
      .min(1)
      .max(50 * 1024 * 1024),
  })
  .openapi('UploadRequest');

export const LookupQuerySchema = z.object({
  code: singleLineText().min(6).max(20),
  phoneLast4: z.string().regex(/^\d{4}$/, { message: 'intake.lookup.phoneLast4' }),
});
