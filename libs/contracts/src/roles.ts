/** Platform roles (domain.md §1). */
export const Role = {
  SUPPLIER: 'SUPPLIER',
  BUYER: 'BUYER',
  OPERATOR: 'OPERATOR',
  COMMITTEE: 'COMMITTEE',
  SCOUT: 'SCOUT',
  CITIZEN: 'CITIZEN',
  ADMIN: 'ADMIN',
  /** An outside expert or an NGO's delegate who watches the committee for a term (domain.md §5). */
  OBSERVER: 'OBSERVER',
} as const;
export type Role = (typeof Role)[keyof typeof Role];
export const ROLES: readonly Role[] = Object.values(Role);

/** Roles anyone may pick when signing up; the others are created by an ADMIN. */
export const SELF_SIGNUP_ROLES = [Role.SUPPLIER, Role.BUYER, Role.CITIZEN] as const;
export type SelfSignupRole = (typeof SELF_SIGNUP_ROLES)[number];

/** Roles only an ADMIN may create. */
export const STAFF_ROLES = [Role.OPERATOR, Role.COMMITTEE, Role.SCOUT, Role.ADMIN, Role.OBSERVER] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

export const UserStatus = {
  PENDING: 'PENDING',
  ACTIVE: 'ACTIVE',
  REJECTED: 'REJECTED',
  DISABLED: 'DISABLED',
} as const;
export type UserStatus = (typeof UserStatus)[keyof typeof UserStatus];

export const CompanySize = { SME: 'SME', MID: 'MID' } as const;
export type CompanySize = (typeof CompanySize)[keyof typeof CompanySize];

export const InstitutionType = {
  CENTRAL: 'CENTRAL',
  LOCAL: 'LOCAL',
  PUBLIC_BODY: 'PUBLIC_BODY',
} as const;
export type InstitutionType = (typeof InstitutionType)[keyof typeof InstitutionType];
