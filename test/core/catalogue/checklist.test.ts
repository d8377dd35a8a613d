import { describe, expect, it } from 'vitest';
import { askedQuestions, checklistFor } from '../../../functions/core/catalogue/checklist.js';
import { itemVersion } from './fixtures.js';

const item = itemVersion();
const materialsFor = (answers: Record<string, unknown>) => {
  const result = checklistFor(item, answers);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.checklist;
};

describe('checklistFor: materials and conditions per situation', () => {
  it.each([
    [{ buildType: 'new', usesFarmland: 'yes' }, ['idCard', 'application', 'siteSurvey', 'landConversion'], ['newHouse', 'farmland']],
    [{ buildType: 'new', usesFarmland: 'no' }, ['idCard', 'application', 'siteSurvey'], ['newHouse']],
    [{ buildType: 'rebuild' }, ['idCard', 'application', 'oldHouseCert', 'demolition'], ['rebuild']],
    // A follow-up answered before the first answer changed is not asked any more, so it selects nothing.
    [{ buildType: 'rebuild', usesFarmland: 'yes' }, ['idCard', 'application', 'oldHouseCert', 'demolition'], ['rebuild']],
  ])('for %j: materials %j, variants %j', (answers, materials, variants) => {
    const checklist = materialsFor(answers);
    expect(checklist.materials.map((m) => m.id)).toEqual(materials);
    expect(checklist.variants.map((v) => v.id)).toEqual(variants);
  });

  it('adds the variants conditions to the acceptance conditions', () => {
    const checklist = materialsFor({ buildType: 'new', usesFarmland: 'yes' });
    expect(checklist.conditions.map((c) => c['zh-CN'])).toEqual(['本集体经济组织成员', '无宅基地', '已办理农用地转用']);
  });

  it('keeps only the answers to questions that were asked', () => {
    expect(materialsFor({ buildType: 'rebuild', usesFarmland: 'yes' }).answers).toEqual({ buildType: 'rebuild' });
  });

  it.each([
    [{}, 'answers.buildType', 'catalogue.situation.unanswered'],
    [{ buildType: '' }, 'answers.buildType', 'catalogue.situation.unanswered'],
    [{ buildType: 'tent' }, 'answers.buildType', 'catalogue.situation.unknownOption'],
    [{ buildType: 1 }, 'answers.buildType', 'catalogue.situation.unknownOption'],
    [{ buildType: 'new' }, 'answers.usesFarmland', 'catalogue.situation.unanswered'],
  ])('refuses %j, naming %s', (answers, path, message) => {
    const result = checklistFor(item, answers);
    expect(result).toEqual({ ok: false, issues: [{ path, message, params: expect.any(Object) }] });
  });

  it('gives every material to an item without questions', () => {
    const plain = itemVersion({ questions: [], variants: [] });
    const result = checklistFor(plain, {});
    expect(result.ok && result.checklist.materials.length).toBe(5);
  });
});

describe('askedQuestions', () => {
  it.each([
    [{}, ['buildType']],
    [{ buildType: 'rebuild' }, ['buildType']],
    [{ buildType: 'new' }, ['buildType', 'usesFarmland']],
  ])('given %j asks %j', (answers, ids) => {
    expect(askedQuestions(item.questions, answers).map((q) => q.id)).toEqual(ids);
  });
});
