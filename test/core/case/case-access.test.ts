import { describe, expect, it } from 'vitest';
import { canAct, canRead } from '../../../functions/core/case/case-access.js';
import type { CaseAction } from '../../../functions/core/case/case-actions.js';
import type { CaseState } from '../../../functions/core/case/case-states.js';
import { draftCase, P } from './fixtures.js';

const proxyCase = draftCase({ channel: 'proxy', applicantUserId: undefined, filedBy: { userId: P.proxy.userId, role: 'proxy', name: P.proxy.name } });

describe('who may read a case', () => {
  it.each([
    ['the owner', P.resident, true],
    ['another resident', P.otherResident, false],
    ['a clerk of the township', P.clerk, true],
    ['a clerk of another township', P.otherClerk, false],
    ['a reviewer of the township', P.reviewer, true],
    ['the county supervisor', P.supervisor, true],
    ['a supervisor of another county', P.otherSupervisor, false],
    ['a county officer of another department', P.officer, false],
  ] as const)('%s → %s', (_who, principal, allowed) => {
    expect(canRead(principal, draftCase()).ok).toBe(allowed);
  });

  it('lets the proxy who filed a case read it, and no other proxy', () => {
    expect(canRead(P.proxy, proxyCase).ok).toBe(true);
    expect(canRead(P.otherProxy, proxyCase)).toEqual({ ok: false, reason: 'not_found' });
  });
});

describe('the intake transition table', () => {
  const table: [CaseAction, CaseState, keyof typeof P, string][] = [
    ['accept', 'submitted', 'clerk', 'ok'],
    ['accept', 'submitted', 'otherClerk', 'not_found'],
    ['accept', 'submitted', 'resident', 'forbidden'],
    ['accept', 'submitted', 'reviewer', 'forbidden'],
    ['accept', 'correction_required', 'clerk', 'wrong_state'],
    ['accept', 'under_review', 'clerk', 'wrong_state'],
    ['require_correction', 'submitted', 'clerk', 'ok'],
    ['require_correction', 'correction_required', 'clerk', 'wrong_state'],
    ['require_correction', 'submitted', 'resident', 'forbidden'],
    ['resubmit', 'correction_required', 'resident', 'ok'],
    ['resubmit', 'correction_required', 'clerk', 'ok'],
    ['resubmit', 'correction_required', 'otherResident', 'not_found'],
    ['resubmit', 'submitted', 'resident', 'wrong_state'],
    ['not_accept', 'submitted', 'clerk', 'ok'],
    ['not_accept', 'correction_required', 'clerk', 'ok'],
    ['not_accept', 'under_review', 'clerk', 'wrong_state'],
    ['not_accept', 'submitted', 'approver', 'forbidden'],
    ['withdraw', 'submitted', 'resident', 'ok'],
    ['withdraw', 'under_review', 'resident', 'ok'],
    ['withdraw', 'decided', 'resident', 'wrong_state'],
    ['withdraw', 'not_accepted', 'resident', 'wrong_state'],
    ['withdraw', 'submitted', 'supervisor', 'forbidden'],
    ['deem_accepted', 'submitted', 'clerk', 'forbidden'],
  ];
  it.each(table)('%s from %s by %s → %s', (action, state, who, expected) => {
    const decision = canAct(P[who], draftCase({ state }), action);
    expect(decision.ok ? 'ok' : decision.reason).toBe(expected);
  });

  it('lets a proxy resubmit only the cases it filed', () => {
    const waiting = { ...proxyCase, state: 'correction_required' as const };
    expect(canAct(P.proxy, waiting, 'resubmit').ok).toBe(true);
    expect(canAct(P.otherProxy, waiting, 'resubmit').ok).toBe(false);
  });
});
