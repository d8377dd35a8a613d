/** Every role in the system; the same names are Cognito groups and the `role` claim of local tokens. */
export const ROLES = ['resident', 'proxy', 'clerk', 'reviewer', 'approver', 'county_officer', 'supervisor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** Roles whose tokens are short-lived (staff of the township and county). */
export const STAFF_ROLES: readonly Role[] = ['clerk', 'reviewer', 'approver', 'county_officer', 'supervisor', 'admin'];

/** Roles bound to one township: they see only that township's cases. */
export const TOWNSHIP_ROLES: readonly Role[] = ['clerk', 'reviewer', 'approver', 'proxy'];

/** The four web workspaces and who may enter each. */
export const WORKSPACES = {
  resident: ['resident', 'proxy'],
  counter: ['clerk'],
  office: ['reviewer', 'approver', 'county_officer'],
  county: ['supervisor', 'admin'],
} as const satisfies Record<string, readonly Role[]>;
export type Workspace = keyof typeof WORKSPACES;

/** Who is calling, as proven by a verified token. */
export interface Principal {
  userId: string;
  role: Role;
  name: string;
  countyId?: string;
  townshipId?: string;
  officeId?: string;
}

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** The workspace a role lands in after sign-in. */
export function workspaceOf(role: Role): Workspace {
  for (const [workspace, roles] of Object.entries(WORKSPACES)) {
    if ((roles as readonly Role[]).includes(role)) return workspace as Workspace;
  }
  return 'resident';
}
