import { validateApplicationAnswers, type AnswerChannel, type AppliedOverride } from '../../core/catalogue/validate-answers.js';
import { ValidationError } from '../../core/errors.js';
import type { CatalogueDeps } from './deps.js';
import { loadVersion, type VersionChoice } from './load-version.js';

export interface CheckAnswersInput extends VersionChoice {
  code: string;
  answers: unknown;
  overrides?: unknown;
  channel: AnswerChannel;
}

/**
 * Validates form answers against the item version in force (or a given one); 400 naming each
 * field at `answers.<fieldId>` / `overrides.<i>`. Returns the normalised answers and the overrides taken.
 */
export async function checkAnswers(
  deps: CatalogueDeps,
  input: CheckAnswersInput,
): Promise<{ version: number; answers: Record<string, unknown>; overrides: AppliedOverride[] }> {
  const { version } = await loadVersion(deps, input.code, input);
  const result = validateApplicationAnswers(
    version,
    { answers: input.answers, ...(input.overrides !== undefined ? { overrides: input.overrides } : {}) },
    { channel: input.channel, today: input.at },
  );
  if (!result.ok) throw new ValidationError(result.issues);
  return { version: version.version, answers: result.answers, overrides: result.overrides };
}
