import { describe, expect, it } from 'vitest';
import type { ItemVersion } from '../../../../web/src/api/counter.js';
import { OFFICE_ACTIONS, type OfficeCase } from '../../../../web/src/api/office.js';
import { format } from '../../../../web/src/i18n/format.js';
import type { Translate } from '../../../../web/src/i18n/i18n.js';
import type { MessageKey } from '../../../../web/src/i18n/messages/index.js';
import { ALL_MESSAGES as MESSAGES } from '../../../support/web-messages.js';
import { ACTION_SPECS, fieldId, fieldOfPath, maxExtensionOf, type ActionContext } from '../../../../web/src/pages/office/case/action-specs.js';
import { whatIfInputs } from '../../../../web/src/pages/office/case/DueDatePreview.js';

const t: Translate = (key, params) => format(MESSAGES['zh-CN'][key], params);
const item = {
  legalBasis: [{ 'zh-CN': '《老年人权益保障法》第三十三条', en: 'Art. 33' }],
  name: { 'zh-CN': '高龄津贴', en: 'Old-age allowance' },
} as unknown as ItemVersion;
const baseCase = {
  caseId: 'c1',
  countyId: 'qingshan',
  caseNumber: 'N1',
  version: 3,
  state: 'under_review',
  applicant: { name: '张三' },
} as unknown as OfficeCase;
const ctx = (c: Partial<OfficeCase> = {}): ActionContext => ({ c: { ...baseCase, ...c } as OfficeCase, item, today: '2026-03-02', officeName: (id) => id });
const valuesOf = (action: keyof typeof ACTION_SPECS, context: ActionContext, overrides: Record<string, string> = {}) => ({
  ...Object.fromEntries(ACTION_SPECS[action].fields.map((f) => [f.name, f.initial?.(context) ?? ''])),
  ...overrides,
});

describe('back-office action forms', () => {
  it('have a spec, a button label, an introduction and an event name in both languages for every action', () => {
    for (const action of OFFICE_ACTIONS) {
      expect(ACTION_SPECS[action]).toBeDefined();
      for (const key of [`office.action.${action}`, `office.intro.${action}`, `office.event.${action}`]) {
        expect(MESSAGES['zh-CN'][key as MessageKey], key).toBeTruthy();
        expect(MESSAGES.en[key as MessageKey], key).toBeTruthy();
      }
      for (const f of ACTION_SPECS[action].fields) expect(MESSAGES.en[f.label], `${action}.${f.name}`).toBeTruthy();
    }
  });

  it('refuse a suspension that ends before it starts, and send the four fields', () => {
    const spec = ACTION_SPECS.suspend;
    expect(spec.check!({ start: '2026-03-10', expectedEnd: '2026-03-09' }, t, ctx())).toEqual({ expectedEnd: '预计结束日期不能早于开始日期' });
    expect(spec.check!({ start: '2026-03-10', expectedEnd: '2026-03-10' }, t, ctx())).toEqual({});
    expect(spec.body({ procedure: 'site_survey', reason: ' 需要现场勘查 ', start: '2026-03-10', expectedEnd: '2026-03-12' })).toEqual({
      procedure: 'site_survey',
      reason: '需要现场勘查',
      start: '2026-03-10',
      expectedEnd: '2026-03-12',
    });
  });

  it('allow an extension of 1 to 10 whole working days only', () => {
    const check = (workingDays: string) => ACTION_SPECS.request_extension.check!({ workingDays }, t, ctx());
    for (const bad of ['0', '11', '1.5', '-2', 'x']) expect(check(bad).workingDays, bad).toContain('1 至 10');
    for (const good of ['1', '10']) expect(check(good), good).toEqual({});
    expect(maxExtensionOf(ctx().c)).toBe(10);
    expect(
      maxExtensionOf({ limits: { caseType: 'promised', promisedLimitDays: 5, legalLimitDays: 20, warningThresholdDays: 2, legalExtensionDays: 15 } }),
    ).toBe(15);
    expect(ACTION_SPECS.request_extension.body({ workingDays: '5', reason: '情况复杂' })).toEqual({ workingDays: 5, reason: '情况复杂' });
  });

  it('prefill the decision from the proposal and send remedies only with a refusal', () => {
    const proposal = {
      outcome: 'refuse' as const,
      reasons: ['未满 80 周岁'],
      legalBasis: ['第三十三条'],
      by: { userId: 'r', name: '审查员' },
      at: '2026-03-03T02:00:00Z',
    };
    const context = ctx({ review: { proposal } });
    const values = valuesOf('decide', context);
    expect(values).toMatchObject({ outcome: 'refuse', reasons: '未满 80 周岁', legalBasis: '第三十三条' });
    expect(values.remedies).toContain('六十日内');
    expect(values.remedies).toContain('六个月内');
    expect(ACTION_SPECS.decide.body(values)).toMatchObject({
      outcome: 'refuse',
      reasons: ['未满 80 周岁'],
      legalBasis: ['第三十三条'],
      remedies: values.remedies,
    });
    expect(ACTION_SPECS.decide.check!({ ...values, remedies: ' ' }, t, context)).toEqual({ remedies: '请填写“救济途径”' });
    expect(ACTION_SPECS.decide.check!({ ...values, reasons: '\n ' }, t, context)).toEqual({ reasons: '请填写“理由”' });
    // A grant needs neither.
    expect(ACTION_SPECS.decide.check!({ ...values, outcome: 'grant', reasons: '', remedies: '' }, t, context)).toEqual({});
    expect(ACTION_SPECS.propose.check!({ outcome: 'refuse', reasons: '' }, t, context)).toEqual({ reasons: '请填写“理由”' });
    const grant = ACTION_SPECS.decide.body({ ...values, outcome: 'grant', reasons: '符合条件\n\n 材料齐全 ' });
    expect(grant).toEqual({ outcome: 'grant', reasons: ['符合条件', '材料齐全'], legalBasis: ['第三十三条'] });
    // Without a proposal the legal basis comes from the item version.
    expect(valuesOf('propose', ctx()).legalBasis).toBe('《老年人权益保障法》第三十三条');
  });

  it('map API issue paths to the inputs they concern', () => {
    expect(fieldOfPath(ACTION_SPECS.propose, 'reasons.0')).toBe('reasons');
    expect(fieldOfPath(ACTION_SPECS.propose, 'version')).toBeUndefined();
    expect(fieldId('request_extension', 'workingDays')).toBe('request-extension-workingDays');
  });

  it('ask the what-if due date with every pause so far, the new one and the extension', () => {
    const suspensions = [
      {
        procedure: 'hearing' as const,
        reason: 'r',
        start: '2026-03-03',
        expectedEnd: '2026-03-06',
        end: '2026-03-04',
        by: { userId: 'r', name: 'n' },
        at: '2026-03-03T02:00:00Z',
      },
    ];
    const extension = { workingDays: 4, reason: 'r', requestedBy: { userId: 'r', name: 'n' }, requestedAt: '', status: 'approved' as const };
    expect(whatIfInputs(ctx({ suspensions, extension }), 'suspend', { start: '2026-03-10', expectedEnd: '2026-03-12' })).toEqual({
      pauses: [
        { from: '2026-03-03', to: '2026-03-04' },
        { from: '2026-03-10', to: '2026-03-12' },
      ],
      extensionDays: 4,
    });
    expect(whatIfInputs(ctx({ suspensions }), 'extend', { workingDays: '6' })).toEqual({
      pauses: [{ from: '2026-03-03', to: '2026-03-04' }],
      extensionDays: 6,
    });
    // The approver's preview uses the days requested.
    expect(whatIfInputs(ctx({ extension: { ...extension, status: 'requested' } }), 'extend', {})).toEqual({ pauses: [], extensionDays: 4 });
  });
});
