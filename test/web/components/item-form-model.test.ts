import { describe, expect, it } from 'vitest';
import type { FormField, SituationQuestion } from '../../../web/src/api/intake.js';
import { answersForServer, inputHints, itemFormSummary, keepAskedAnswers } from '../../../web/src/components/ItemForm/item-form-model.js';

const text = (zh: string, en = zh) => ({ 'zh-CN': zh, en });
const questions: SituationQuestion[] = [
  {
    id: 'buildType',
    text: text('新建还是翻建？', 'New or rebuild?'),
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
const fields: FormField[] = [
  { id: 'applicantName', label: text('申请人姓名', 'Name'), type: 'text', required: true },
  { id: 'idNumber', label: text('公民身份号码', 'ID number'), type: 'id_number', required: true },
  { id: 'phone', label: text('手机号码', 'Mobile'), type: 'phone', required: true },
];

describe('ItemForm model', () => {
  it('drops the answer to a follow-up once its trigger changes', () => {
    expect(keepAskedAnswers(questions, { buildType: 'new', usesFarmland: 'yes' })).toEqual({ buildType: 'new', usesFarmland: 'yes' });
    expect(keepAskedAnswers(questions, { buildType: 'rebuild', usesFarmland: 'yes' })).toEqual({ buildType: 'rebuild' });
  });

  it('sends answers trimmed, without blanks or keys that are not fields', () => {
    expect(answersForServer(fields, { applicantName: ' 张明 ', idNumber: '  ', phone: '13800138000', other: 'x' })).toEqual({
      applicantName: '张明',
      phone: '13800138000',
    });
  });

  it('lists issues in page order, led by the label unless the message names the field, linked to the inputs', () => {
    const { errors, rest } = itemFormSummary(
      { formFields: fields, questions },
      { buildType: 'new' },
      [
        { path: 'answers.phone', message: '此项必填' },
        { path: 'answers.idNumber', message: '公民身份号码校验位不正确，请核对' },
        { path: 'variantAnswers.usesFarmland', message: '请回答' },
        { path: 'materials.hukou', message: '请上传户口簿' },
      ],
      'zh-CN',
    );
    expect(errors).toEqual([
      { message: '占用农用地？：请回答', fieldId: 'question-usesFarmland' },
      { message: '公民身份号码校验位不正确，请核对', fieldId: 'field-idNumber' },
      { message: '手机号码：此项必填', fieldId: 'field-phone' },
    ]);
    expect(rest).toEqual([{ path: 'materials.hukou', message: '请上传户口簿' }]);
  });

  it('uses an English colon in English', () => {
    const { errors } = itemFormSummary({ formFields: fields, questions: [] }, {}, [{ path: 'answers.phone', message: 'Required' }], 'en');
    expect(errors[0]?.message).toBe('Mobile: Required');
  });

  it.each([
    ['phone', true, { type: 'tel', inputMode: 'tel', autoComplete: 'tel-national' }],
    ['phone', false, { type: 'tel', inputMode: 'tel', autoComplete: 'off' }],
    ['number', true, { inputMode: 'decimal' }],
    ['id_number', true, { inputMode: 'text', autoComplete: 'off' }],
    ['date', true, { type: 'date' }],
    ['address', true, { autoComplete: 'street-address' }],
  ] as const)('a %s field (autofill %s) gets %j', (type, autofill, expected) => {
    expect(inputHints({ id: 'x', label: text('x'), type, required: true }, autofill)).toMatchObject(expected);
  });

  it("offers name autofill for the applicant's name only when filling in for oneself", () => {
    const name: FormField = { id: 'applicantName', label: text('姓名'), type: 'text', required: true };
    expect(inputHints(name, true).autoComplete).toBe('name');
    expect(inputHints(name, false).autoComplete).toBe('off');
  });
});
