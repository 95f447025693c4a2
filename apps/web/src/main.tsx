import './styles.css';
import { StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter } from 'react-router';
import { AppRouterProvider } from './app/app-router-provider';
import { AppProviders } from './app/providers';
import { routes } from './app/router';

const router = createBrowserRouter(routes);
const container = document.getElementById('root');
if (!container) throw new Error('#root is missing from index.html');

createRoot(container).render(
  <StrictMode>
    <AppProviders>
      {/* The pages wait for the shell's strings (lib/i18n.ts), fetched beside the JavaScript; the session is restored meanwhile. */}
      <Suspense fallback={null}>
        <AppRouterProvider router={router} />
      </Suspense>
    </AppProviders>
  </StrictMode>,
);
