import { askedQuestions, checklistFor, type Checklist } from '../../core/catalogue/checklist.js';
import type { SituationQuestion } from '../../core/catalogue/situation.js';
import { ValidationError } from '../../core/errors.js';
import type { CatalogueDeps } from './deps.js';
import { loadVersion, type VersionChoice } from './load-version.js';

/** The checklist for a situation, with the version it was computed from; 400 naming each unanswered question. */
export async function getChecklist(
  deps: CatalogueDeps,
  input: VersionChoice & { code: string; answers: Record<string, unknown> },
): Promise<Checklist & { version: number; questions: SituationQuestion[] }> {
  const { version } = await loadVersion(deps, input.code, input);
  const result = checklistFor(version, input.answers);
  if (!result.ok) throw new ValidationError(result.issues);
  return { ...result.checklist, version: version.version, questions: askedQuestions(version.questions, input.answers) };
}
