import type { Principal, Role } from './principal.js';

/**
 * The one access policy outside the case lifecycle: which roles may use each capability. Case
 * actions are decided by the transition table (core/case/case-actions.ts) and case reading by
 * canRead (core/case/case-access.ts); routes only authenticate and name the capability.
 */
export const POLICY = {
  submit_application: ['resident', 'proxy', 'clerk'],
  upload_material: ['resident', 'proxy', 'clerk'],
  verify_audit_chain: ['supervisor', 'admin', 'clerk', 'reviewer', 'approver'],
  list_township_cases: ['clerk', 'reviewer', 'approver'],
  list_own_cases: ['resident', 'proxy'],
  /** Application drafts kept on the server, each account its own only. */
  keep_drafts: ['resident', 'proxy'],
  edit_catalogue: ['admin'],
  edit_calendar: ['admin'],
  read_county_figures: ['supervisor', 'admin'],
} as const satisfies Record<string, readonly Role[]>;
export type Capability = keyof typeof POLICY;

/** Whether the principal's role has the capability. */
export function may(principal: Pick<Principal, 'role'>, capability: Capability): boolean {
  return (POLICY[capability] as readonly Role[]).includes(principal.role);
}

/** The roles of a capability, for middleware that checks a role before parsing a request. */
export function rolesFor(capability: Capability): Role[] {
  return [...POLICY[capability]];
}
