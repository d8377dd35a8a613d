import type { JWTPayload } from 'jose';
import { UnauthenticatedError } from '../../core/errors.js';
import { isRole, type Principal } from '../../core/auth/principal.js';

const str = (value: unknown) => (typeof value === 'string' && value.length > 0 ? value : undefined);

/**
 * Reads our claim shape from any issuer's token: plain claims from the local issuer or a generic
 * OIDC provider (`role`, `township`, `county`, `office`), Cognito ID tokens (`custom:*` attributes
 * and `cognito:groups`, one group per role).
 */
export function principalFromClaims(claims: JWTPayload): Principal {
  const c = claims as Record<string, unknown>;
  const groups = Array.isArray(c['cognito:groups']) ? (c['cognito:groups'] as unknown[]) : [];
  const role = [c.role, c['custom:role'], ...groups].find(isRole);
  const userId = str(c.sub);
  if (!userId || !role) throw new UnauthenticatedError('token lacks sub or a known role');
  const principal: Principal = {
    userId,
    role,
    name: str(c.name) ?? str(c['cognito:username']) ?? str(c.preferred_username) ?? userId,
  };
  const county = str(c.county) ?? str(c['custom:county']);
  const township = str(c.township) ?? str(c['custom:township']);
  const office = str(c.office) ?? str(c['custom:office']);
  if (county) principal.countyId = county;
  if (township) principal.townshipId = township;
  if (office) principal.officeId = office;
  return principal;
}
