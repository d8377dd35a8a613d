import { isRole, WORKSPACES, type Role, type Workspace } from '../../../functions/core/auth/principal.js';

export type { Role, Workspace } from '../../../functions/core/auth/principal.js';

/** The signed-in user as `/api/me` and sign-in describe them. */
export interface User {
  userId: string;
  role: Role;
  name: string;
  countyId?: string;
  townshipId?: string;
  officeId?: string;
  workspace: Workspace;
}

/** A signed token, when it expires, and whose it is. */
export interface Session {
  token: string;
  expiresAt: string;
  user: User;
}

export function isWorkspace(value: unknown): value is Workspace {
  return typeof value === 'string' && Object.hasOwn(WORKSPACES, value);
}

/** A Session from untrusted JSON (storage, the network), or null when it is not one. */
export function parseSession(value: unknown): Session | null {
  if (!value || typeof value !== 'object') return null;
  const v = value as Record<string, unknown>;
  const u = v.user as Record<string, unknown> | undefined;
  if (typeof v.token !== 'string' || typeof v.expiresAt !== 'string' || Number.isNaN(Date.parse(v.expiresAt))) return null;
  if (!u || typeof u.userId !== 'string' || typeof u.name !== 'string' || !isRole(u.role) || !isWorkspace(u.workspace)) {
    return null;
  }
  const user: User = { userId: u.userId, role: u.role, name: u.name, workspace: u.workspace };
  for (const key of ['countyId', 'townshipId', 'officeId'] as const) {
    if (typeof u[key] === 'string') user[key] = u[key];
  }
  return { token: v.token, expiresAt: v.expiresAt, user };
}
