import { Role, UserStatus } from './roles';
import { defineStateMachine } from './state-machine';

export const UserAction = {
  APPROVE: 'approve',
  REJECT: 'reject',
  DISABLE: 'disable',
  ENABLE: 'enable',
} as const;
export type UserAction = (typeof UserAction)[keyof typeof UserAction];

/**
 * Account lifecycle. Buyers wait in PENDING until an operator approves their
 * membership of the institution; only an ADMIN disables or re-enables.
 */
export const userStatusMachine = /* @__PURE__ */ defineStateMachine<UserStatus, UserAction, Role>('user', [
  { action: UserAction.APPROVE, from: [UserStatus.PENDING], to: UserStatus.ACTIVE, roles: [Role.OPERATOR, Role.ADMIN] },
  { action: UserAction.REJECT, from: [UserStatus.PENDING], to: UserStatus.REJECTED, roles: [Role.OPERATOR, Role.ADMIN] },
  { action: UserAction.DISABLE, from: [UserStatus.ACTIVE, UserStatus.PENDING], to: UserStatus.DISABLED, roles: [Role.ADMIN] },
  { action: UserAction.ENABLE, from: [UserStatus.DISABLED, UserStatus.REJECTED], to: UserStatus.ACTIVE, roles: [Role.ADMIN] },
]);
