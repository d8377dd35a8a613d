import { describe, expect, it } from 'vitest';
import { ACTION_NAMES, ruleOf } from '../../../functions/core/case/case-actions.js';
import { format, placeholdersOf } from '../../../web/src/i18n/format.js';
import { en } from '../../../web/src/i18n/messages/en.js';
import { zhCN } from '../../../web/src/i18n/messages/zh-CN.js';

describe('web message catalogues', () => {
  it('give English for exactly the zh-CN keys', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zhCN).sort());
  });

  it.each(Object.keys(zhCN) as (keyof typeof zhCN)[])('%s asks for the same placeholders in both languages', (key) => {
    expect(placeholdersOf(en[key])).toEqual(placeholdersOf(zhCN[key]));
    expect(en[key].trim()).not.toBe('');
  });

  it.each(ACTION_NAMES.filter((a) => ruleOf(a).public))('names the public step %s in the applicant’s timeline (not "progress update")', (action) => {
    expect(zhCN).toHaveProperty(`intake.step.${action}`);
    expect(en).toHaveProperty(`intake.step.${action}`);
  });

  it('keeps English free of Chinese characters, except the name of the other language', () => {
    const leaks = Object.entries(en).filter(([key, text]) => key !== 'lang.other' && /[\u4e00-\u9fff]/.test(text));
    expect(leaks).toEqual([]);
  });
});

describe('format', () => {
  it.each([
    ['{name}，您好', { name: '陈静' }, '陈静，您好'],
    ['共 {count} 项', { count: 3 }, '共 3 项'],
    ['{a} and {a}', { a: 'x' }, 'x and x'],
    ['no params', {}, 'no params'],
    ['missing {gap}', {}, 'missing {gap}'],
  ])('formats %j with %j', (template, params, expected) => {
    expect(format(template, params)).toBe(expected);
  });
});
