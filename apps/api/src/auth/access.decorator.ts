import { SetMetadata } from '@nestjs/common';
import type { Role } from '@inno/contracts';

export const ACCESS_POLICY = 'inno:access-policy';
export const PUBLIC_ROUTE = 'inno:public-route';

/** Kinds of record a user can own through their organisation; resolvers are registered per kind. */
export type OwnedResource = 'company' | 'institution' | 'user' | 'product' | 'proposal' | 'pilot' | 'challenge' | 'nomination' | 'order';

/** "A user with this role may call the route when the record named by this path parameter is theirs." */
export interface OwnershipRule {
  role: Role;
  resource: OwnedResource;
  param: string;
}

export interface AccessPolicy {
  /** Roles allowed whatever record the route touches. */
  roles: readonly Role[];
  /** Roles allowed only on records they own. */
  owners?: readonly OwnershipRule[];
}

/**
 * Who may call a route: the one decorator every non-public route carries.
 * It sets the policy the global AccessGuard enforces; the OpenAPI document reads the same policy
 * (bearer security, 401, and a 403 naming who is allowed: `openapi/openapi-document.ts`).
 */
export function Access(policy: AccessPolicy) {
  return SetMetadata(ACCESS_POLICY, policy);
}

/**
 * A workflow move open to `roles` (what the state machine names): the parties among them (the
 * roles of `parties`) only on their own record, the others on any.
 */
export function PartyAccess(roles: readonly Role[], parties: readonly OwnershipRule[]) {
  const partyRoles = parties.map((o) => o.role);
  return Access({ roles: roles.filter((r) => !partyRoles.includes(r)), owners: parties.filter((o) => roles.includes(o.role)) });
}

/** Any signed-in, active user. */
export const SignedIn = () => Access({ roles: [] as Role[], owners: [] }) as MethodDecorator & ClassDecorator;

/** Deliberately open to anyone, signed in or not (documented with `security: []`). */
export const Public = () => SetMetadata(PUBLIC_ROUTE, true);
