import { Role } from '@inno/contracts';
import type { SessionState } from '../lib/session';

/**
 * Who may see a page: everyone, only visitors who are signed out (sign in,
 * sign up), anyone signed in, or the listed roles.
 */
export type Access = 'public' | 'signed-out' | 'signed-in' | readonly Role[];

export interface NavItem {
  id: string;
  path: string;
  labelKey:
    | 'nav.home'
    | 'nav.catalogue'
    | 'nav.calls'
    | 'nav.challenges'
    | 'nav.ideas'
    | 'nav.myChallenges'
    | 'nav.opIdeas'
    | 'nav.decisions'
    | 'nav.signIn'
    | 'nav.signUp'
    | 'nav.myCompany'
    | 'nav.myProducts'
    | 'nav.myProposals'
    | 'nav.myInstitution'
    | 'nav.users'
    | 'nav.institutions'
    | 'nav.audit'
    | 'nav.searchSynonyms'
    | 'nav.type1'
    | 'nav.imports'
    | 'nav.opCalls'
    | 'nav.ruleSettings'
    | 'nav.screening'
    | 'nav.sessions'
    | 'nav.designations'
    | 'nav.committee'
    | 'nav.pilots'
    | 'nav.myPilots'
    | 'nav.opPilotPlans'
    | 'nav.pilotUsage'
    | 'nav.scouting'
    | 'nav.myNominations'
    | 'nav.opScouting'
    | 'nav.profile';
  access: Access;
}

/** A page reached from other pages rather than from the menu. */
export interface PageRoute {
  id: string;
  path: string;
  access: Access;
}

/** The one list of menu pages: the header shows it and the router guards it. */
export const NAV_ITEMS = [
  { id: 'home', path: '/', labelKey: 'nav.home', access: 'public' },
  { id: 'catalogue', path: '/catalogue', labelKey: 'nav.catalogue', access: 'public' },
  { id: 'calls', path: '/calls', labelKey: 'nav.calls', access: 'public' },
  { id: 'decisions', path: '/decisions', labelKey: 'nav.decisions', access: 'public' },
  { id: 'pilots', path: '/pilots', labelKey: 'nav.pilots', access: 'public' },
  { id: 'challenges', path: '/challenges', labelKey: 'nav.challenges', access: 'public' },
  { id: 'ideas', path: '/ideas', labelKey: 'nav.ideas', access: 'public' },
  { id: 'scouting', path: '/scouting', labelKey: 'nav.scouting', access: 'public' },
  { id: 'sign-in', path: '/sign-in', labelKey: 'nav.signIn', access: 'signed-out' },
  { id: 'sign-up', path: '/sign-up', labelKey: 'nav.signUp', access: 'signed-out' },
  { id: 'my-company', path: '/my/company', labelKey: 'nav.myCompany', access: [Role.SUPPLIER] },
  { id: 'my-products', path: '/my/products', labelKey: 'nav.myProducts', access: [Role.SUPPLIER] },
  { id: 'my-proposals', path: '/my/proposals', labelKey: 'nav.myProposals', access: [Role.SUPPLIER] },
  { id: 'my-institution', path: '/my/institution', labelKey: 'nav.myInstitution', access: [Role.BUYER] },
  { id: 'my-challenges', path: '/my/challenges', labelKey: 'nav.myChallenges', access: [Role.BUYER] },
  { id: 'my-pilots', path: '/my/pilots', labelKey: 'nav.myPilots', access: [Role.BUYER, Role.SUPPLIER] },
  { id: 'my-nominations', path: '/scout/nominations', labelKey: 'nav.myNominations', access: [Role.SCOUT] },
  { id: 'users', path: '/admin/users', labelKey: 'nav.users', access: [Role.OPERATOR, Role.ADMIN] },
  { id: 'institutions', path: '/admin/institutions', labelKey: 'nav.institutions', access: [Role.ADMIN] },
  { id: 'audit', path: '/audit', labelKey: 'nav.audit', access: [Role.OPERATOR, Role.ADMIN] },
  { id: 'search-synonyms', path: '/operator/search-synonyms', labelKey: 'nav.searchSynonyms', access: [Role.OPERATOR, Role.ADMIN] },
  { id: 'type1', path: '/operator/type1', labelKey: 'nav.type1', access: [Role.OPERATOR] },
  { id: 'imports', path: '/operator/imports', labelKey: 'nav.imports', access: [Role.OPERATOR] },
  { id: 'op-calls', path: '/operator/calls', labelKey: 'nav.opCalls', access: [Role.OPERATOR] },
  { id: 'rule-settings', path: '/operator/rule-settings', labelKey: 'nav.ruleSettings', access: [Role.OPERATOR, Role.ADMIN] },
  { id: 'screening', path: '/operator/screening', labelKey: 'nav.screening', access: [Role.OPERATOR] },
  { id: 'sessions', path: '/operator/sessions', labelKey: 'nav.sessions', access: [Role.OPERATOR] },
  { id: 'designations', path: '/operator/designations', labelKey: 'nav.designations', access: [Role.OPERATOR] },
  { id: 'op-pilot-plans', path: '/operator/pilot-plans', labelKey: 'nav.opPilotPlans', access: [Role.OPERATOR] },
  { id: 'op-ideas', path: '/operator/ideas', labelKey: 'nav.opIdeas', access: [Role.OPERATOR] },
  { id: 'pilot-usage', path: '/operator/pilot-usage', labelKey: 'nav.pilotUsage', access: [Role.OPERATOR] },
  { id: 'op-scouting', path: '/operator/scouting', labelKey: 'nav.opScouting', access: [Role.OPERATOR] },
  { id: 'committee', path: '/committee', labelKey: 'nav.committee', access: [Role.COMMITTEE] },
  { id: 'profile', path: '/profile', labelKey: 'nav.profile', access: 'signed-in' },
] as const satisfies readonly NavItem[];

/** Pages outside the menu, guarded the same way. */
export const PAGE_ROUTES = [
  { id: 'product', path: '/products/:id', access: 'public' },
  { id: 'my-product-new', path: '/my/products/new', access: [Role.SUPPLIER] },
  { id: 'my-product-edit', path: '/my/products/:id/edit', access: [Role.SUPPLIER] },
  { id: 'my-product-extension', path: '/my/products/:id/extension', access: [Role.SUPPLIER] },
  { id: 'call', path: '/calls/:id', access: 'public' },
  { id: 'challenge', path: '/challenges/:id', access: 'public' },
  { id: 'minutes', path: '/minutes/:sessionId', access: 'public' },
  { id: 'my-proposal-new', path: '/my/proposals/new', access: [Role.SUPPLIER] },
  { id: 'my-proposal', path: '/my/proposals/:id', access: [Role.SUPPLIER] },
  { id: 'op-session', path: '/operator/sessions/:id', access: [Role.OPERATOR] },
  { id: 'committee-session', path: '/committee/sessions/:id', access: [Role.COMMITTEE] },
  { id: 'pilot-survey', path: '/pilots/plans/:planId', access: 'public' },
  { id: 'pilot-apply', path: '/pilots/apply', access: [Role.BUYER] },
  { id: 'my-pilot', path: '/my/pilots/:id', access: [Role.BUYER, Role.SUPPLIER, Role.OPERATOR] },
  { id: 'op-pilot-plan', path: '/operator/pilot-plans/:id', access: [Role.OPERATOR] },
  { id: 'op-company', path: '/operator/companies/:id', access: [Role.OPERATOR] },
  { id: 'demo-day', path: '/scouting/demo-days/:id', access: 'public' },
  { id: 'scouting-invitation', path: '/scouting/invitations/:token', access: 'public' },
  { id: 'demo-day-allocate', path: '/panel/demo-days/:id', access: [Role.CITIZEN, Role.SCOUT, Role.COMMITTEE] },
  { id: 'op-demo-day', path: '/operator/demo-days/:id', access: [Role.OPERATOR] },
  { id: 'institution-new', path: '/admin/institutions/new', access: [Role.ADMIN] },
  { id: 'institution-edit', path: '/admin/institutions/:id/edit', access: [Role.ADMIN] },
] as const satisfies readonly PageRoute[];

export type NavId = (typeof NAV_ITEMS)[number]['id'];
export type PageId = NavId | (typeof PAGE_ROUTES)[number]['id'];

export function navItem(id: NavId): NavItem {
  const item = NAV_ITEMS.find((candidate) => candidate.id === id);
  if (!item) throw new Error(`unknown navigation entry ${id}`);
  return item;
}

export type AccessDecision = 'allow' | 'sign-in' | 'forbidden' | 'signed-in-already' | 'wait';

/** Decides what a visitor in this session state gets on a page with this access. */
export function decideAccess(access: Access, session: SessionState): AccessDecision {
  if (access === 'public') return 'allow';
  if (session.status === 'loading') return 'wait';
  if (access === 'signed-out') return session.status === 'signed-out' ? 'allow' : 'signed-in-already';
  if (session.status === 'signed-out') return 'sign-in';
  if (access === 'signed-in') return 'allow';
  return access.includes(session.user.role) ? 'allow' : 'forbidden';
}

/** The header's entries for this session state, in list order. */
export function visibleNavItems(session: SessionState): NavItem[] {
  return NAV_ITEMS.filter((item) => decideAccess(item.access, session) === 'allow');
}
