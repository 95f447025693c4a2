import { flushSync } from 'react-dom';
import { RouterProvider, type createBrowserRouter } from 'react-router';

type Router = ReturnType<typeof createBrowserRouter>;

/** Lets `navigate(to, { flushSync: true })` commit at once (used by sign-out). */
const flush = (fn: () => unknown): undefined => {
  flushSync(fn);
  return undefined;
};

export function AppRouterProvider({ router }: { router: Router }) {
  return <RouterProvider router={router} flushSync={flush} />;
}
