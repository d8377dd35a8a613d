import { describe, expect, it } from 'vitest';
import { safeNextPath, signInPath } from '../../../web/src/session/paths.js';

describe('safeNextPath', () => {
  it.each([
    ['/counter', '/counter'],
    ['/office/cases/1?tab=files', '/office/cases/1?tab=files'],
    ['/', '/'],
  ])('keeps a path on this site: %s', (next, expected) => {
    expect(safeNextPath(next)).toBe(expected);
  });

  it.each([
    ['another origin', 'https://evil.example/'],
    ['a protocol-relative URL', '//evil.example/x'],
    ['a backslash trick', '/\\evil.example'],
    ['a relative path', 'counter'],
    ['javascript:', 'javascript:alert(1)'],
    ['a control character', '/counter\n'],
    ['the sign-in page itself', '/sign-in?next=/counter'],
    ['the provider callback', '/auth/callback?code=x&state=y'],
    ['nothing', undefined],
    ['empty', ''],
  ])('drops %s', (_case, next) => {
    expect(safeNextPath(next)).toBeUndefined();
  });
});

describe('signInPath', () => {
  it.each([
    [undefined, undefined, '/sign-in'],
    ['/counter', undefined, '/sign-in?next=%2Fcounter'],
    ['/county', 'expired', '/sign-in?next=%2Fcounty&reason=expired'],
    [undefined, 'signed-out', '/sign-in?reason=signed-out'],
    ['//evil.example', undefined, '/sign-in'],
    ['/', undefined, '/sign-in'],
  ] as const)('next %s, reason %s → %s', (next, reason, expected) => {
    expect(signInPath(next, reason)).toBe(expected);
  });
});
