import { setupServer } from 'msw/node';

/** The web specs' network: each test adds its answers with `mockApi` (src/test/api-mock.ts); setup.ts resets them. */
export const server = setupServer();
