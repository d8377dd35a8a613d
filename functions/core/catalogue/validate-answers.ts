import { z } from 'zod';
import type { FieldIssue } from '../errors.js';
import { buildAnswersSchema, overriddenCheck, type ChecksumOverride } from './answers-schema.js';
import type { FormField } from './form-field.js';
import type { LocalDate } from './local-date.js';

/** How an application arrives. Only the counter clerk may override a failed checksum. */
export const ANSWER_CHANNELS = ['online', 'counter', 'proxy'] as const;
export type AnswerChannel = (typeof ANSWER_CHANNELS)[number];
export const CHECKSUM_OVERRIDE_CHANNELS: readonly AnswerChannel[] = ['counter'];

/** An override that was needed and taken: record it with the case (who and when is the caller's). */
export interface AppliedOverride extends ChecksumOverride {
  check: 'idNumber.checksum' | 'idNumber.birthDateImplausible' | 'creditCode.checksum';
}

export type AnswersResult = { ok: true; answers: Record<string, unknown>; overrides: AppliedOverride[] } | { ok: false; issues: FieldIssue[] };

const OverridesSchema = z
  .array(
    z.object({
      fieldId: z.string({ error: () => 'field.required' }).min(1, { error: () => 'field.required' }),
      reason: z
        .string({ error: () => 'field.override.reasonRequired' })
        .trim()
        .min(2, { error: () => 'field.override.reasonRequired' })
        .max(200, { error: () => 'field.override.reasonTooLong' }),
    }),
    { error: () => 'field.override.list' },
  )
  .max(10, { error: () => 'field.override.tooMany' });

/** Zod issues as field issues under `prefix`, one per path and message. */
const toIssues = (error: z.ZodError, prefix: string): FieldIssue[] => {
  const seen = new Set<string>();
  const issues: FieldIssue[] = [];
  for (const issue of error.issues) {
    const path = [prefix, ...issue.path.map(String)].join('.');
    if (seen.has(`${path}\n${issue.message}`)) continue;
    seen.add(`${path}\n${issue.message}`);
    const params = (issue as { params?: Record<string, string | number> }).params;
    issues.push({ path, message: issue.message, ...(params ? { params } : {}) });
  }
  return issues;
};

/**
 * Validates an application's form answers against the item version it is made under. Issues are
 * at `answers.<fieldId>` and `overrides.<i>.<key>`. Overrides are refused outright unless the
 * channel is the counter; an override for a field whose value passes anyway is dropped.
 */
export function validateApplicationAnswers(
  item: { formFields: readonly FormField[] },
  input: { answers: unknown; overrides?: unknown },
  options: { channel: AnswerChannel; today?: LocalDate },
): AnswersResult {
  const issues: FieldIssue[] = [];
  let overrides: ChecksumOverride[] = [];
  if (input.overrides !== undefined && !(Array.isArray(input.overrides) && input.overrides.length === 0)) {
    if (!CHECKSUM_OVERRIDE_CHANNELS.includes(options.channel)) {
      issues.push({ path: 'overrides', message: 'field.override.notAllowed' });
    } else if (!Array.isArray(input.overrides)) {
      issues.push({ path: 'overrides', message: 'field.override.list' });
    } else {
      const parsed = OverridesSchema.safeParse(input.overrides);
      if (!parsed.success) issues.push(...toIssues(parsed.error, 'overrides'));
      else {
        overrides = parsed.data;
        overrides.forEach((o, i) => {
          const field = item.formFields.find((f) => f.id === o.fieldId);
          if (!field || (field.type !== 'id_number' && field.type !== 'credit_code')) {
            issues.push({ path: `overrides.${i}.fieldId`, message: 'field.override.notChecksumField' });
          }
        });
      }
    }
  }
  if (issues.length > 0) return { ok: false, issues };

  const schema = buildAnswersSchema(item.formFields, {
    allowChecksumOverride: true,
    overrides,
    ...(options.today ? { today: options.today } : {}),
  });
  const parsed = schema.safeParse(input.answers);
  if (!parsed.success) return { ok: false, issues: toIssues(parsed.error, 'answers') };

  const applied: AppliedOverride[] = [];
  for (const o of overrides) {
    const field = item.formFields.find((f) => f.id === o.fieldId)!;
    const check = overriddenCheck(field, parsed.data[field.id]);
    if (check) applied.push({ ...o, check });
  }
  return { ok: true, answers: parsed.data, overrides: applied };
}
