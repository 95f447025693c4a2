import { lazy, type ComponentType, type LazyExoticComponent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { RouteObject } from 'react-router';
import { useDocumentTitle } from '../lib/document-title';
import { Guard } from './guard';
import { AppLayout } from './layout';
import { NAV_ITEMS, PAGE_ROUTES, type PageId } from './navigation';
import { NotFoundPage, RouteErrorPage } from './pages';

/** One lazy chunk per page keeps the first download to the shell. */
const pages: Record<PageId, LazyExoticComponent<ComponentType>> = {
  home: lazy(() => import('../features/home/routes/home').then((m) => ({ default: m.HomeRoute }))),
  catalogue: lazy(() => import('../features/catalogue/routes/catalogue').then((m) => ({ default: m.CatalogueRoute }))),
  statistics: lazy(() => import('../features/statistics/routes/statistics')),
  product: lazy(() => import('../features/catalogue/routes/product').then((m) => ({ default: m.ProductRoute }))),
  'sign-in': lazy(() => import('../features/auth/routes/sign-in').then((m) => ({ default: m.SignInRoute }))),
  'sign-up': lazy(() => import('../features/auth/routes/sign-up').then((m) => ({ default: m.SignUpRoute }))),
  profile: lazy(() => import('../features/auth/routes/profile').then((m) => ({ default: m.ProfileRoute }))),
  'my-company': lazy(() => import('../features/organisations/routes/my-company').then((m) => ({ default: m.MyCompanyRoute }))),
  'my-products': lazy(() => import('../features/products/routes/my-products').then((m) => ({ default: m.MyProductsRoute }))),
  'my-product-new': lazy(() => import('../features/products/routes/new-product').then((m) => ({ default: m.NewProductRoute }))),
  'my-product-edit': lazy(() => import('../features/products/routes/edit-product').then((m) => ({ default: m.EditProductRoute }))),
  'op-company': lazy(() => import('../features/organisations/routes/operator-company').then((m) => ({ default: m.OperatorCompanyRoute }))),
  'my-institution': lazy(() =>
    import('../features/organisations/routes/my-institution').then((m) => ({ default: m.MyInstitutionRoute })),
  ),
  users: lazy(() => import('../features/users/routes/users').then((m) => ({ default: m.UsersRoute }))),
  institutions: lazy(() => import('../features/institutions/routes/institutions')),
  'institution-new': lazy(() => import('../features/institutions/routes/new-institution')),
  'institution-edit': lazy(() => import('../features/institutions/routes/edit-institution')),
  'mail-outbox': lazy(() => import('../features/mail/routes/mail-outbox')),
  'mail-preferences': lazy(() => import('../features/mail/routes/mail-preferences')),
  'search-synonyms': lazy(() => import('../features/search-synonyms/routes/search-synonyms')),
  audit: lazy(() => import('../features/audit/routes/audit').then((m) => ({ default: m.AuditRoute }))),
  type1: lazy(() => import('../features/type1/routes/type1-product').then((m) => ({ default: m.Type1ProductRoute }))),
  imports: lazy(() => import('../features/type1/routes/imports').then((m) => ({ default: m.ImportsRoute }))),
  calls: lazy(() => import('../features/calls/routes/calls').then((m) => ({ default: m.CallsRoute }))),
  call: lazy(() => import('../features/calls/routes/call').then((m) => ({ default: m.CallRoute }))),
  'op-calls': lazy(() => import('../features/calls/routes/operator-calls').then((m) => ({ default: m.OperatorCallsRoute }))),
  'rule-settings': lazy(() => import('../features/rule-settings/routes/rule-settings').then((m) => ({ default: m.RuleSettingsRoute }))),
  decisions: lazy(() => import('../features/decisions/routes/decisions').then((m) => ({ default: m.DecisionsRoute }))),
  'my-proposals': lazy(() => import('../features/proposals/routes/my-proposals').then((m) => ({ default: m.MyProposalsRoute }))),
  'my-proposal-new': lazy(() => import('../features/proposals/routes/new-proposal').then((m) => ({ default: m.NewProposalRoute }))),
  'my-proposal': lazy(() => import('../features/proposals/routes/proposal').then((m) => ({ default: m.ProposalRoute }))),
  screening: lazy(() => import('../features/screening/routes/screening').then((m) => ({ default: m.ScreeningRoute }))),
  sessions: lazy(() => import('../features/committee/routes/operator-sessions').then((m) => ({ default: m.OperatorSessionsRoute }))),
  'op-session': lazy(() => import('../features/committee/routes/operator-session').then((m) => ({ default: m.OperatorSessionRoute }))),
  committee: lazy(() => import('../features/committee/routes/committee-sessions').then((m) => ({ default: m.CommitteeSessionsRoute }))),
  'committee-session': lazy(() =>
    import('../features/committee/routes/committee-session').then((m) => ({ default: m.CommitteeSessionRoute })),
  ),
  'observer-sessions': lazy(() => import('../features/observers/routes/observer-sessions')),
  'observer-session': lazy(() => import('../features/observers/routes/observer-session')),
  'op-concerns': lazy(() => import('../features/observers/routes/operator-concerns')),
  pilots: lazy(() => import('../features/pilots/routes/pilot-plans')),
  'pilot-survey': lazy(() => import('../features/pilots/routes/pilot-survey')),
  'pilot-apply': lazy(() => import('../features/pilots/routes/apply-pilot')),
  'my-pilots': lazy(() => import('../features/pilots/routes/my-pilots')),
  'my-pilot': lazy(() => import('../features/pilots/routes/pilot')),
  'op-pilot-plans': lazy(() => import('../features/pilots/routes/operator-pilot-plans')),
  'op-pilot-plan': lazy(() => import('../features/pilots/routes/operator-pilot-plan')),
  'pilot-usage': lazy(() => import('../features/pilots/routes/pilot-usage')),
  'my-orders': lazy(() => import('../features/orders/routes/my-orders')),
  'my-order': lazy(() => import('../features/orders/routes/order')),
  'order-new': lazy(() => import('../features/orders/routes/new-order')),
  'my-purchase-target': lazy(() => import('../features/orders/routes/purchase-target')),
  'op-purchase-targets': lazy(() => import('../features/orders/routes/operator-purchase-targets')),
  challenges: lazy(() => import('../features/challenges/routes/challenges')),
  challenge: lazy(() => import('../features/challenges/routes/challenge')),
  'my-challenges': lazy(() => import('../features/challenges/routes/my-challenges')),
  ideas: lazy(() => import('../features/ideas/routes/ideas')),
  'op-ideas': lazy(() => import('../features/ideas/routes/operator-ideas')),
  scouting: lazy(() => import('../features/scouting/routes/scouting')),
  'demo-day': lazy(() => import('../features/scouting/routes/demo-day')),
  'demo-day-allocate': lazy(() => import('../features/scouting/routes/panel-allocation')),
  'scouting-invitation': lazy(() => import('../features/scouting/routes/invitation')),
  'my-nominations': lazy(() => import('../features/scouting/routes/my-nominations')),
  'op-scouting': lazy(() => import('../features/scouting/routes/operator-scouting')),
  'op-demo-day': lazy(() => import('../features/scouting/routes/operator-demo-day')),
  minutes: lazy(() => import('../features/committee/routes/minutes').then((m) => ({ default: m.MinutesRoute }))),
  designations: lazy(() => import('../features/designations/routes/designations').then((m) => ({ default: m.DesignationsRoute }))),
  'my-product-extension': lazy(() =>
    import('../features/designations/routes/product-extension').then((m) => ({ default: m.ProductExtensionRoute })),
  ),
};

/** Every page names the tab after itself; a page may word it more closely (a not-found page does). */
function RoutePage({ id, children }: { id: PageId; children: ReactNode }) {
  const { t } = useTranslation();
  useDocumentTitle(t(`titles.${id}`));
  return children;
}

export const routes: RouteObject[] = [
  {
    path: '/',
    element: <AppLayout />,
    errorElement: <RouteErrorPage />,
    children: [
      ...[...NAV_ITEMS, ...PAGE_ROUTES].map((item): RouteObject => {
        const Page = pages[item.id];
        const element = (
          <Guard access={item.access}>
            <RoutePage id={item.id}>
              <Page />
            </RoutePage>
          </Guard>
        );
        return item.path === '/' ? { index: true, element } : { path: item.path.slice(1), element };
      }),
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
