import { describe, expect, it } from 'vitest';
import { validateApplicationAnswers } from '../../../functions/core/catalogue/validate-answers.js';
import type { FormField } from '../../../functions/core/catalogue/form-field.js';
import { t } from './fixtures.js';

const item = {
  formFields: [
    { id: 'name', label: t('姓名'), type: 'text', required: true },
    { id: 'idNumber', label: t('身份证号'), type: 'id_number', required: true },
  ] satisfies FormField[],
};
const badId = { name: '张明', idNumber: '110105194912310021' };
const override = [{ fieldId: 'idNumber', reason: '老证件校验位有误，已核对户口簿' }];

describe('validateApplicationAnswers', () => {
  it('accepts good answers with no overrides', () => {
    expect(validateApplicationAnswers(item, { answers: { name: '张明', idNumber: '11010519491231002X' } }, { channel: 'online' })).toEqual({
      ok: true,
      answers: { name: '张明', idNumber: '11010519491231002X' },
      overrides: [],
    });
  });

  it('prefixes issue paths with answers.', () => {
    const result = validateApplicationAnswers(item, { answers: badId }, { channel: 'counter' });
    expect(result).toEqual({ ok: false, issues: [{ path: 'answers.idNumber', message: 'field.idNumber.checksum' }] });
  });

  it.each([
    ['online', false],
    ['proxy', false],
    ['counter', true],
  ] as const)('a checksum override through the %s channel is allowed: %s', (channel, allowed) => {
    const result = validateApplicationAnswers(item, { answers: badId, overrides: override }, { channel });
    expect(result.ok).toBe(allowed);
    if (result.ok) expect(result.overrides).toEqual([{ ...override[0], check: 'idNumber.checksum' }]);
    else expect(result.issues).toEqual([{ path: 'overrides', message: 'field.override.notAllowed' }]);
  });

  it('treats an empty override list as none, on any channel', () => {
    expect(validateApplicationAnswers(item, { answers: { name: '张明', idNumber: '11010519491231002X' }, overrides: [] }, { channel: 'online' }).ok).toBe(true);
  });

  it.each([
    [[{ fieldId: 'name', reason: '核对过' }], 'overrides.0.fieldId', 'field.override.notChecksumField'],
    [[{ fieldId: 'idNumber', reason: '' }], 'overrides.0.reason', 'field.override.reasonRequired'],
    [[{ fieldId: 'idNumber' }], 'overrides.0.reason', 'field.override.reasonRequired'],
    ['all of them', 'overrides', 'field.override.list'],
  ])('refuses overrides %j at %s', (overrides, path, message) => {
    const result = validateApplicationAnswers(item, { answers: badId, overrides }, { channel: 'counter' });
    expect(result).toEqual({ ok: false, issues: [expect.objectContaining({ path, message })] });
  });

  it('drops an override the answers did not need', () => {
    const result = validateApplicationAnswers(item, { answers: { name: '张明', idNumber: '11010519491231002X' }, overrides: override }, { channel: 'counter' });
    expect(result).toMatchObject({ ok: true, overrides: [] });
  });
});
