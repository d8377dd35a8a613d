import { describe, expect, it } from 'vitest';
import {
  clearDraft,
  completeStep,
  firstOpenStep,
  loadDraft,
  newDraft,
  saveDraft,
  stepsFor,
  withChecklist,
} from '../../../../../web/src/pages/resident/apply/application-draft.js';

/** sessionStorage as the browser has it, kept in a Map; `full` makes every write fail like a full quota. */
function memoryStorage(full = false) {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => {
      if (full) throw new DOMException('quota', 'QuotaExceededError');
      items.set(key, value);
    },
    removeItem: (key: string) => void items.delete(key),
  };
}

const start = () => newDraft({ ownerId: 'u-resident', townshipId: 'qingshi', itemCode: 'MZ-GG-0003' }, 'apply-key-1', 1000);

describe('application draft', () => {
  it('survives a reload: what was saved is what is loaded, answers, files and key included', () => {
    const storage = memoryStorage();
    const draft = {
      ...start(),
      answers: { applicantName: '张明', idNumber: '11010519491231002X' },
      variantAnswers: { buildType: 'rebuild' },
      materials: { idCard: [{ fileId: '0b5e2f4c-1111-4a4a-8a8a-000000000001', name: 'id.jpg', contentType: 'image/jpeg', size: 2048 }] },
    };
    saveDraft(storage, draft);
    expect(loadDraft(storage, 'u-resident')).toEqual(draft);
  });

  it('belongs to one account: another user on the same tab does not see it', () => {
    const storage = memoryStorage();
    saveDraft(storage, start());
    expect(loadDraft(storage, 'u-proxy')).toBeNull();
  });

  it.each([
    ['not JSON', '{oops'],
    ['another version', JSON.stringify({ ...start(), v: 2 })],
    ['answers that are not strings', JSON.stringify({ ...start(), answers: { householdSize: 4 } })],
    ['no idempotency key', JSON.stringify({ ...start(), idempotencyKey: undefined })],
    ['materials that are not lists', JSON.stringify({ ...start(), materials: { idCard: 'id.jpg' } })],
  ])('ignores a stored draft with %s', (_, raw) => {
    const storage = memoryStorage();
    storage.items.set('ow.intake.draft', raw);
    expect(loadDraft(storage, 'u-resident')).toBeNull();
  });

  it('is forgotten when cleared, and a full storage only loses the safety net', () => {
    const storage = memoryStorage();
    saveDraft(storage, start());
    clearDraft(storage);
    expect(loadDraft(storage, 'u-resident')).toBeNull();
    expect(() => saveDraft(memoryStorage(true), start())).not.toThrow();
    expect(loadDraft(undefined, 'u-resident')).toBeNull();
  });

  it('starts each application with its own key', () => {
    expect(start().idempotencyKey).toBe('apply-key-1');
    expect(newDraft({ ownerId: 'u', townshipId: 'qingshi', itemCode: 'X-1' }, 'apply-key-2').idempotencyKey).toBe('apply-key-2');
  });
});

describe('steps of an application', () => {
  it('gives the consent step to village proxies only', () => {
    expect(stepsFor(false)).toEqual(['situation', 'form', 'materials', 'check']);
    expect(stepsFor(true)).toEqual(['situation', 'form', 'materials', 'consent', 'check']);
  });

  it.each([
    [[], false, 'situation'],
    [['situation'], false, 'form'],
    [['situation', 'form', 'materials'], false, 'check'],
    [['situation', 'form', 'materials'], true, 'consent'],
    [['situation', 'materials'], false, 'form'],
    [['situation', 'form', 'materials', 'consent'], true, 'check'],
  ] as const)('after %j (proxy: %s) the first open step is %s', (completed, isProxy, expected) => {
    const draft = { ...start(), completed: [...completed] };
    expect(firstOpenStep(draft, stepsFor(isProxy))).toBe(expected);
  });

  it('records a step once', () => {
    const once = completeStep(start(), 'situation');
    expect(completeStep(once, 'situation')).toBe(once);
    expect(completeStep(once, 'form').completed).toEqual(['situation', 'form']);
  });
});

describe('withChecklist', () => {
  const material = (id: string) => ({
    id,
    name: { 'zh-CN': id, en: id },
    form: 'copy' as const,
    copies: 1,
    mandatory: true,
    mayBeDeferred: false,
    acceptedFileTypes: ['.pdf'],
    maxSizeMb: 10,
  });
  const checklist = (...ids: string[]) => ({ version: 1, questions: [], variants: [], materials: ids.map(material), conditions: [], answers: {} });

  it('keeps the materials step done when the answers ask for the same materials', () => {
    const draft = { ...start(), checklist: checklist('idCard', 'hukou'), completed: ['situation', 'form', 'materials'] as const };
    expect(withChecklist({ ...draft, completed: [...draft.completed] }, checklist('idCard', 'hukou')).completed).toEqual(['situation', 'form', 'materials']);
  });

  it('reopens the materials step when other answers ask for other materials', () => {
    const draft = { ...start(), checklist: checklist('idCard', 'siteSurvey'), completed: ['situation' as const, 'form' as const, 'materials' as const] };
    const after = withChecklist(draft, checklist('idCard', 'oldHouseCert'));
    expect(after.completed).toEqual(['situation', 'form']);
    expect(after.checklist?.materials.map((m) => m.id)).toEqual(['idCard', 'oldHouseCert']);
    expect(firstOpenStep(after, stepsFor(false))).toBe('materials');
  });
});
