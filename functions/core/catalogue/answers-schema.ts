import { z } from 'zod';
import { checkCreditCode } from '../identity/credit-code.js';
import { isMainlandMobile, normalizeMobile } from '../identity/mobile.js';
import { checkResidentId } from '../identity/resident-id.js';
import { noControlCharacters } from '../text/control-characters.js';
import type { FormField } from './form-field.js';
import { calendarDateProblem } from '../calendar/iso-date-schema.js';
import type { LocalDate } from './local-date.js';

/** A clerk's recorded decision to accept a value whose checksum fails (e.g. an old ID card misprint). */
export interface ChecksumOverride {
  fieldId: string;
  reason: string;
}

export interface AnswersSchemaOptions {
  /** Only the clerk channel may override a failed checksum; residents online may not. */
  allowChecksumOverride?: boolean;
  overrides?: readonly ChecksumOverride[];
  /** China date; when given, an ID number born after it is refused. */
  today?: LocalDate;
}

const DEFAULT_MAX_LENGTH = { text: 500, address: 200 } as const;

const blankToUndefined = (value: unknown) => {
  if (value === null) return undefined;
  if (typeof value === 'string' && value.trim() === '') return undefined;
  return value;
};

/** A string, or the two messages: missing → `field.required`, wrong type → `invalid`. */
const str = (invalid: string, options: { multiLine?: boolean } = {}) =>
  z
    .string({ error: (issue) => (issue.input === undefined ? 'field.required' : invalid) })
    .trim()
    .check(noControlCharacters(options));

const issueAt = (ctx: z.RefinementCtx, message: string, params?: Record<string, string | number>) =>
  ctx.addIssue({ code: 'custom', message, ...(params ? { params } : {}) });

function valueSchema(field: FormField, options: AnswersSchemaOptions): z.ZodType {
  const overridden = options.allowChecksumOverride === true && (options.overrides ?? []).some((o) => o.fieldId === field.id && o.reason.trim() !== '');
  switch (field.type) {
    case 'text':
    case 'address': {
      const max = field.maxLength ?? DEFAULT_MAX_LENGTH[field.type];
      return str('field.text.invalid', { multiLine: field.type === 'text' }).superRefine((v, ctx) => {
        if ([...v].length > max) issueAt(ctx, 'field.text.tooLong', { max });
      });
    }
    case 'number':
      return z
        .preprocess(
          (v) => (typeof v === 'string' && /^-?\d+(\.\d+)?$/.test(v.trim()) ? Number(v) : v),
          z.number({ error: (issue) => (issue.input === undefined ? 'field.required' : 'field.number.invalid') }),
        )
        .superRefine((n, ctx) => {
          if (!Number.isFinite(n)) issueAt(ctx, 'field.number.invalid');
          else if (field.min !== undefined && n < field.min) issueAt(ctx, 'field.number.min', { min: field.min });
          else if (field.max !== undefined && n > field.max) issueAt(ctx, 'field.number.max', { max: field.max });
        });
    case 'date':
      return str('field.date.format').superRefine((v, ctx) => {
        const problem = calendarDateProblem(v);
        if (problem) issueAt(ctx, problem);
      });
    case 'choice': {
      const values = (field.options ?? []).map((o) => o.value);
      return str('field.choice.invalid').refine((v) => values.includes(v), { message: 'field.choice.invalid' });
    }
    case 'phone':
      return str('field.phone.format').transform(normalizeMobile).refine(isMainlandMobile, { message: 'field.phone.format' });
    case 'id_number':
      return str('field.idNumber.format').transform((raw, ctx) => {
        const check = checkResidentId(raw, options.today ? { today: options.today } : {});
        if (!check.ok && !(check.overridable && overridden)) issueAt(ctx, `field.idNumber.${check.problem}`);
        return check.value;
      });
    case 'credit_code':
      return str('field.creditCode.format').transform((raw, ctx) => {
        const check = checkCreditCode(raw);
        if (!check.ok && !(check.problem === 'checksum' && overridden)) issueAt(ctx, `field.creditCode.${check.problem}`);
        return check.value;
      });
  }
}

/**
 * A zod schema for the answers object of an item's form: one key per field id, each issue at the
 * field's id with an i18n message key (`field.required`, `field.idNumber.checksum`, …). Blank
 * strings count as missing; values come out trimmed and normalised (upper-case X, bare mobile
 * number). Keys that are not fields of the form are refused (`field.unknown`): collect only what
 * the item needs.
 */
export function buildAnswersSchema(fields: readonly FormField[], options: AnswersSchemaOptions = {}) {
  const shape: Record<string, z.ZodType> = {};
  for (const field of fields) {
    const value = valueSchema(field, options);
    shape[field.id] = z.preprocess(blankToUndefined, field.required ? value : value.optional());
  }
  const known = new Set(Object.keys(shape));
  return z
    .object(shape, { error: () => 'field.answers.object' })
    .loose()
    .superRefine(
      (value, ctx) => {
        // One issue per unexpected key, at that key, so a form can point at it.
        for (const key of Object.keys(value)) {
          if (!known.has(key)) ctx.addIssue({ code: 'custom', path: [key], message: 'field.unknown' });
        }
      },
      { when: (payload) => typeof payload.value === 'object' && payload.value !== null && !Array.isArray(payload.value) },
    ) as z.ZodType<Record<string, unknown>>;
}

/** The warning an override makes pass for this value (`idNumber.checksum`, …), or undefined when none is needed. */
export function overriddenCheck(field: FormField, value: unknown): 'idNumber.checksum' | 'idNumber.birthDateImplausible' | 'creditCode.checksum' | undefined {
  if (typeof value !== 'string') return undefined;
  if (field.type === 'id_number') {
    const check = checkResidentId(value);
    if (!check.ok && check.overridable) return check.problem === 'checksum' ? 'idNumber.checksum' : 'idNumber.birthDateImplausible';
  }
  if (field.type === 'credit_code') {
    const check = checkCreditCode(value);
    if (!check.ok && check.problem === 'checksum') return 'creditCode.checksum';
  }
  return undefined;
}

/** True when the field's value fails only a check that an override makes pass. */
export function failsOnlyChecksum(field: FormField, value: unknown): boolean {
  return overriddenCheck(field, value) !== undefined;
}
