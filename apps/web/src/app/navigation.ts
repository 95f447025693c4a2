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
    | 'nav.statistics'
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
    | 'nav.observerSessions'
    | 'nav.opConcerns'
    | 'nav.pilots'
    | 'nav.myPilots'
    | 'nav.opPilotPlans'
    | 'nav.pilotUsage'
    | 'nav.myOrders'
    | 'nav.myPurchaseTarget'
    | 'nav.opPurchaseTargets'
    | 'nav.scouting'
    | 'nav.myNominations'
    | 'nav.opScouting'
    | 'nav.mailOutbox'
    | 'nav.profile';
  access: Access;
  /** The menu group the entry sits in; `account` entries sit beside the signed-in user rather than in the menu. */
  group?: NavGroupId | 'account';
}

/** Groups of the main menu: an entry of one shows inside its group once the visitor sees two of them, as itself otherwise. */
export const NAV_GROUPS = {
  calls: 'nav.group.calls',
  committee: 'nav.group.committee',
  designations: 'nav.group.designations',
  pilots: 'nav.group.pilots',
  operations: 'nav.group.operations',
} as const;
export type NavGroupId = keyof typeof NAV_GROUPS;

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
  { id: 'calls', path: '/calls', labelKey: 'nav.calls', access: 'public', group: 'calls' },
  { id: 'decisions', path: '/decisions', labelKey: 'nav.decisions', access: 'public', group: 'calls' },
  { id: 'statistics', path: '/statistics', labelKey: 'nav.statistics', access: 'public', group: 'calls' },
  { id: 'challenges', path: '/challenges', labelKey: 'nav.challenges', access: 'public', group: 'calls' },
  { id: 'ideas', path: '/ideas', labelKey: 'nav.ideas', access: 'public', group: 'calls' },
  { id: 'scouting', path: '/scouting', labelKey: 'nav.scouting', access: 'public', group: 'calls' },
  { id: 'my-proposals', path: '/my/proposals', labelKey: 'nav.myProposals', access: [Role.SUPPLIER], group: 'calls' },
  { id: 'my-challenges', path: '/my/challenges', labelKey: 'nav.myChallenges', access: [Role.BUYER], group: 'calls' },
  { id: 'op-calls', path: '/operator/calls', labelKey: 'nav.opCalls', access: [Role.OPERATOR], group: 'calls' },
  { id: 'screening', path: '/operator/screening', labelKey: 'nav.screening', access: [Role.OPERATOR], group: 'calls' },
  { id: 'op-ideas', path: '/operator/ideas', labelKey: 'nav.opIdeas', access: [Role.OPERATOR], group: 'calls' },
  { id: 'my-nominations', path: '/scout/nominations', labelKey: 'nav.myNominations', access: [Role.SCOUT], group: 'calls' },
  { id: 'op-scouting', path: '/operator/scouting', labelKey: 'nav.opScouting', access: [Role.OPERATOR], group: 'calls' },
  { id: 'sessions', path: '/operator/sessions', labelKey: 'nav.sessions', access: [Role.OPERATOR], group: 'committee' },
  { id: 'committee', path: '/committee', labelKey: 'nav.committee', access: [Role.COMMITTEE], group: 'committee' },
  { id: 'observer-sessions', path: '/observer/sessions', labelKey: 'nav.observerSessions', access: [Role.OBSERVER], group: 'committee' },
  { id: 'designations', path: '/operator/designations', labelKey: 'nav.designations', access: [Role.OPERATOR], group: 'designations' },
  { id: 'type1', path: '/operator/type1', labelKey: 'nav.type1', access: [Role.OPERATOR], group: 'designations' },
  { id: 'imports', path: '/operator/imports', labelKey: 'nav.imports', access: [Role.OPERATOR], group: 'designations' },
  { id: 'op-concerns', path: '/operator/concerns', labelKey: 'nav.opConcerns', access: [Role.OPERATOR], group: 'designations' },
  { id: 'pilots', path: '/pilots', labelKey: 'nav.pilots', access: 'public', group: 'pilots' },
  { id: 'my-pilots', path: '/my/pilots', labelKey: 'nav.myPilots', access: [Role.BUYER, Role.SUPPLIER], group: 'pilots' },
  { id: 'my-orders', path: '/my/orders', labelKey: 'nav.myOrders', access: [Role.BUYER, Role.SUPPLIER], group: 'pilots' },
  { id: 'my-purchase-target', path: '/my/purchase-target', labelKey: 'nav.myPurchaseTarget', access: [Role.BUYER], group: 'pilots' },
  { id: 'op-pilot-plans', path: '/operator/pilot-plans', labelKey: 'nav.opPilotPlans', access: [Role.OPERATOR], group: 'pilots' },
  { id: 'pilot-usage', path: '/operator/pilot-usage', labelKey: 'nav.pilotUsage', access: [Role.OPERATOR], group: 'pilots' },
  { id: 'op-purchase-targets', path: '/operator/purchase-targets', labelKey: 'nav.opPurchaseTargets', access: [Role.OPERATOR], group: 'pilots' },
  { id: 'my-company', path: '/my/company', labelKey: 'nav.myCompany', access: [Role.SUPPLIER] },
  { id: 'my-products', path: '/my/products', labelKey: 'nav.myProducts', access: [Role.SUPPLIER] },
  { id: 'my-institution', path: '/my/institution', labelKey: 'nav.myInstitution', access: [Role.BUYER] },
  { id: 'users', path: '/admin/users', labelKey: 'nav.users', access: [Role.OPERATOR, Role.ADMIN], group: 'operations' },
  { id: 'institutions', path: '/admin/institutions', labelKey: 'nav.institutions', access: [Role.ADMIN], group: 'operations' },
  { id: 'audit', path: '/audit', labelKey: 'nav.audit', access: [Role.OPERATOR, Role.ADMIN], group: 'operations' },
  { id: 'search-synonyms', path: '/operator/search-synonyms', labelKey: 'nav.searchSynonyms', access: [Role.OPERATOR, Role.ADMIN], group: 'operations' },
  { id: 'rule-settings', path: '/operator/rule-settings', labelKey: 'nav.ruleSettings', access: [Role.OPERATOR, Role.ADMIN], group: 'operations' },
  { id: 'mail-outbox', path: '/admin/mail-outbox', labelKey: 'nav.mailOutbox', access: [Role.ADMIN], group: 'operations' },
  { id: 'sign-in', path: '/sign-in', labelKey: 'nav.signIn', access: 'signed-out' },
  { id: 'sign-up', path: '/sign-up', labelKey: 'nav.signUp', access: 'signed-out' },
  { id: 'profile', path: '/profile', labelKey: 'nav.profile', access: 'signed-in', group: 'account' },
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
  { id: 'observer-session', path: '/observer/sessions/:id', access: [Role.OBSERVER, Role.OPERATOR, Role.ADMIN] },
  { id: 'pilot-survey', path: '/pilots/plans/:planId', access: 'public' },
  { id: 'pilot-apply', path: '/pilots/apply', access: [Role.BUYER] },
  { id: 'my-pilot', path: '/my/pilots/:id', access: [Role.BUYER, Role.SUPPLIER, Role.OPERATOR] },
  { id: 'op-pilot-plan', path: '/operator/pilot-plans/:id', access: [Role.OPERATOR] },
  { id: 'order-new', path: '/my/orders/new', access: [Role.BUYER] },
  { id: 'my-order', path: '/my/orders/:id', access: [Role.BUYER, Role.SUPPLIER, Role.OPERATOR] },
  { id: 'op-company', path: '/operator/companies/:id', access: [Role.OPERATOR] },
  { id: 'demo-day', path: '/scouting/demo-days/:id', access: 'public' },
  { id: 'scouting-invitation', path: '/scouting/invitations/:token', access: 'public' },
  { id: 'demo-day-allocate', path: '/panel/demo-days/:id', access: [Role.CITIZEN, Role.SCOUT, Role.COMMITTEE] },
  { id: 'op-demo-day', path: '/operator/demo-days/:id', access: [Role.OPERATOR] },
  { id: 'institution-new', path: '/admin/institutions/new', access: [Role.ADMIN] },
  { id: 'institution-edit', path: '/admin/institutions/:id/edit', access: [Role.ADMIN] },
  { id: 'mail-preferences', path: '/my/mail', access: 'signed-in' },
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

export type MenuEntry =
  | { kind: 'link'; item: NavItem }
  | { kind: 'group'; id: NavGroupId; labelKey: (typeof NAV_GROUPS)[NavGroupId]; items: NavItem[] };

/** The main menu for this session state: entries and groups in list order, a group where the first of its entries stands. */
export function menuEntries(session: SessionState): MenuEntry[] {
  const visible = visibleNavItems(session).filter((item) => item.group !== 'account');
  const entries: MenuEntry[] = [];
  for (const item of visible) {
    const group = item.group === 'account' ? undefined : item.group;
    const members = group ? visible.filter((candidate) => candidate.group === group) : [];
    if (!group || members.length < 2) entries.push({ kind: 'link', item });
    else if (members[0] === item) entries.push({ kind: 'group', id: group, labelKey: NAV_GROUPS[group], items: members });
  }
  return entries;
}

/** Entries shown beside the signed-in user (their profile). */
export function accountItems(session: SessionState): NavItem[] {
  return visibleNavItems(session).filter((item) => item.group === 'account');
}
