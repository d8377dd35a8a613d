import { describe, expect, it } from 'vitest';
import { buildAnswersSchema } from '../../../functions/core/catalogue/answers-schema.js';
import type { FormField } from '../../../functions/core/catalogue/form-field.js';
import { t } from './fixtures.js';

const fields: FormField[] = [
  { id: 'name', label: t('姓名'), type: 'text', required: true, maxLength: 4 },
  { id: 'idNumber', label: t('身份证号'), type: 'id_number', required: true },
  { id: 'phone', label: t('手机'), type: 'phone', required: false },
  { id: 'creditCode', label: t('信用代码'), type: 'credit_code', required: false },
  { id: 'people', label: t('人口'), type: 'number', required: false, min: 1, max: 20 },
  { id: 'born', label: t('日期'), type: 'date', required: false },
  {
    id: 'kind',
    label: t('类别'),
    type: 'choice',
    required: false,
    options: [
      { value: 'a', label: t('甲') },
      { value: 'b', label: t('乙') },
    ],
  },
  { id: 'address', label: t('地址'), type: 'address', required: false },
];
const valid = { name: '张明', idNumber: '11010519491231002X' };

const issuesOf = (answers: unknown, options = {}) => {
  const result = buildAnswersSchema(fields, options).safeParse(answers);
  return result.success ? [] : result.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message, params: (i as { params?: unknown }).params }));
};

describe('buildAnswersSchema: a form schema from the catalogue fields', () => {
  it('accepts valid answers and normalises them', () => {
    const parsed = buildAnswersSchema(fields).parse({
      name: ' 张明 ',
      idNumber: '11010519491231002x',
      phone: '+86 138 1234 5678',
      creditCode: '91350100m000100y43',
      people: '3',
      born: '2020-02-29',
      kind: 'b',
      address: '',
    });
    expect(parsed).toMatchObject({
      name: '张明',
      idNumber: '11010519491231002X',
      phone: '13812345678',
      creditCode: '91350100M000100Y43',
      people: 3,
      born: '2020-02-29',
      kind: 'b',
    });
    expect(parsed.address).toBeUndefined();
  });

  it.each([
    [{ idNumber: valid.idNumber }, 'name', 'field.required'],
    [{ ...valid, name: '   ' }, 'name', 'field.required'],
    [{ ...valid, name: 42 }, 'name', 'field.text.invalid'],
    [{ ...valid, name: '张三李四王' }, 'name', 'field.text.tooLong'],
    [{ ...valid, idNumber: '110105194912310021' }, 'idNumber', 'field.idNumber.checksum'],
    [{ ...valid, idNumber: '11010519491332002X' }, 'idNumber', 'field.idNumber.birthDate'],
    [{ ...valid, idNumber: '1101051949' }, 'idNumber', 'field.idNumber.format'],
    [{ ...valid, phone: '12812345678' }, 'phone', 'field.phone.format'],
    [{ ...valid, creditCode: '91350100M000100Y44' }, 'creditCode', 'field.creditCode.checksum'],
    [{ ...valid, creditCode: '91350100M000100I43' }, 'creditCode', 'field.creditCode.format'],
    [{ ...valid, people: 0 }, 'people', 'field.number.min'],
    [{ ...valid, people: 21 }, 'people', 'field.number.max'],
    [{ ...valid, people: 'many' }, 'people', 'field.number.invalid'],
    [{ ...valid, born: '2021-02-29' }, 'born', 'field.date.invalid'],
    [{ ...valid, born: '29/02/2020' }, 'born', 'field.date.format'],
    [{ ...valid, kind: 'c' }, 'kind', 'field.choice.invalid'],
    [{ ...valid, nickname: 'x' }, 'nickname', 'field.unknown'],
    ['not an object', '', 'field.answers.object'],
  ])('refuses %j at %s with %s', (answers, path, message) => {
    expect(issuesOf(answers)).toEqual([expect.objectContaining({ path, message })]);
  });

  it('reports every problem at once, each at its field', () => {
    const paths = issuesOf({ name: '', idNumber: 'x', phone: '1', extra: true }).map((i) => i.path);
    expect(paths.sort()).toEqual(['extra', 'idNumber', 'name', 'phone']);
  });

  it('carries the limit in the params of a range issue', () => {
    expect(issuesOf({ ...valid, people: 50 })[0]?.params).toEqual({ max: 20 });
  });

  describe('checksum overrides', () => {
    const bad = { ...valid, idNumber: '110105194912310021', creditCode: '91350100M000100Y44' };
    const overrides = [
      { fieldId: 'idNumber', reason: '旧证件，已核对户口簿' },
      { fieldId: 'creditCode', reason: '营业执照原件已核对' },
    ];

    it.each([
      ['no override allowed (resident online)', { allowChecksumOverride: false, overrides }, ['creditCode', 'idNumber']],
      ['allowed but none given', { allowChecksumOverride: true }, ['creditCode', 'idNumber']],
      ['allowed and given (clerk)', { allowChecksumOverride: true, overrides }, []],
      ['allowed, one given', { allowChecksumOverride: true, overrides: overrides.slice(0, 1) }, ['creditCode']],
      ['allowed, blank reason', { allowChecksumOverride: true, overrides: [{ fieldId: 'idNumber', reason: ' ' }] }, ['creditCode', 'idNumber']],
    ])('%s', (_what, options, failing) => {
      expect(
        issuesOf(bad, options)
          .map((i) => i.path)
          .sort(),
      ).toEqual(failing);
    });

    it('never overrides a format or birth-date problem', () => {
      const options = { allowChecksumOverride: true, overrides };
      expect(issuesOf({ ...valid, idNumber: '11010519491332002X' }, options)).toEqual([
        expect.objectContaining({ path: 'idNumber', message: 'field.idNumber.birthDate' }),
      ]);
    });
  });
});
