import { describe, expect, it } from 'vitest';
import type { FormField, SituationQuestion } from '../../../../../web/src/api/intake.js';
import { newDraft, type ApplicationDraft } from '../../../../../web/src/pages/resident/apply/application-draft.js';
import { consentIssues } from '../../../../../web/src/pages/resident/apply/consent.js';
import { checkRowOf, issuesByMaterial, submitBodyOf } from '../../../../../web/src/pages/resident/apply/submit-body.js';
import { translateAll } from '../../../../support/web-messages.js';

const t = translateAll();
const text = (zh: string) => ({ 'zh-CN': zh, en: zh });
const fields: FormField[] = [
  { id: 'applicantName', label: text('姓名'), type: 'text', required: true },
  { id: 'householdSize', label: text('人口'), type: 'number', required: false },
];
const questions: SituationQuestion[] = [
  {
    id: 'buildType',
    text: text('新建还是翻建？'),
    options: [
      { value: 'new', label: text('新建') },
      { value: 'rebuild', label: text('翻建') },
    ],
  },
  {
    id: 'usesFarmland',
    text: text('占用农用地？'),
    askWhen: { buildType: 'new' },
    options: [
      { value: 'yes', label: text('是') },
      { value: 'no', label: text('否') },
    ],
  },
];
const material = (id: string) => ({
  id,
  name: text(id),
  form: 'copy' as const,
  copies: 1,
  mandatory: true,
  mayBeDeferred: false,
  acceptedFileTypes: ['image/jpeg'],
  maxSizeMb: 10,
});
const file = (n: number) => ({ fileId: `00000000-0000-4000-8000-00000000000${n}`, name: `${n}.jpg`, contentType: 'image/jpeg', size: 10 });

const draft = (more: Partial<ApplicationDraft>): ApplicationDraft => ({
  ...newDraft({ ownerId: 'u', townshipId: 'qingshi', itemCode: 'ZR-XK-0001' }, 'apply-key-1'),
  ...more,
});

describe('submitBodyOf', () => {
  it('sends trimmed answers without blanks, asked questions only, and files of checklist materials only', () => {
    const body = submitBodyOf(
      draft({
        answers: { applicantName: ' 张明 ', householdSize: '', stale: 'x' },
        // usesFarmland was answered before switching to "rebuild": it is no longer asked.
        variantAnswers: { buildType: 'rebuild', usesFarmland: 'yes' },
        checklist: { version: 1, questions, variants: [], materials: [material('idCard'), material('oldHouseCert')], conditions: [], answers: {} },
        materials: { idCard: [file(1), file(2)], oldHouseCert: [], siteSurvey: [file(3)] },
      }),
      { formFields: fields, questions },
      false,
    );
    expect(body).toEqual({
      itemCode: 'ZR-XK-0001',
      townshipId: 'qingshi',
      variantAnswers: { buildType: 'rebuild' },
      answers: { applicantName: '张明' },
      materials: [{ materialId: 'idCard', fileIds: [file(1).fileId, file(2).fileId] }],
    });
  });

  it("adds a proxy's consent as an instant, and leaves it out for residents and while incomplete", () => {
    const consent = { method: 'phone_call' as const, givenAt: '2026-01-05T09:30', note: ' 村委会见证 ' };
    const proxyBody = submitBodyOf(draft({ consent }), { formFields: fields, questions }, true);
    expect(proxyBody.proxyConsent).toEqual({ method: 'phone_call', givenAt: new Date('2026-01-05T09:30').toISOString(), note: '村委会见证' });
    expect(submitBodyOf(draft({ consent }), { formFields: fields, questions }, false).proxyConsent).toBeUndefined();
    expect(submitBodyOf(draft({ consent: { ...consent, method: '' } }), { formFields: fields, questions }, true).proxyConsent).toBeUndefined();
  });
});

describe('issues on the check page', () => {
  it('turns a file issue named by its place in the request into its material', () => {
    const body = {
      materials: [
        { materialId: 'idCard', fileIds: ['a'] },
        { materialId: 'hukou', fileIds: ['b'] },
      ],
    };
    expect(
      issuesByMaterial(
        [
          { path: 'materials.1.fileIds.0', message: 'type' },
          { path: 'materials.hukou', message: 'missing' },
          { path: 'answers.idNumber', message: 'checksum' },
        ],
        body,
      ).map((i) => i.path),
    ).toEqual(['materials.hukou', 'materials.hukou', 'answers.idNumber']);
  });

  it.each([
    ['answers.idNumber', 'check-answers-idNumber'],
    ['variantAnswers.buildType', 'check-question-buildType'],
    ['materials.hukou', 'check-material-hukou'],
    ['proxyConsent', 'check-consent'],
    ['proxyConsent.givenAt', 'check-consent'],
    ['header.Idempotency-Key', undefined],
  ])('places %s at row %s', (path, row) => {
    expect(checkRowOf(path)).toBe(row);
  });
});

describe('consentIssues', () => {
  const now = Date.parse('2026-03-02T02:00:00Z');
  it.each([
    [{ method: '', givenAt: '', note: '' }, ['proxyConsent.method', 'proxyConsent.givenAt']],
    [{ method: 'in_person', givenAt: 'yesterday', note: '' }, ['proxyConsent.givenAt']],
    [{ method: 'in_person', givenAt: '2027-01-01T09:00', note: '' }, ['proxyConsent.givenAt']],
    [{ method: 'in_person', givenAt: '2026-03-01T09:00', note: 'x'.repeat(501) }, ['proxyConsent.note']],
    [{ method: 'signed_form', givenAt: '2026-03-01T09:00', note: '' }, []],
  ] as const)('%j → %j', (consent, paths) => {
    expect(consentIssues({ ...consent }, t, now).map((i) => i.path)).toEqual(paths);
  });
});
