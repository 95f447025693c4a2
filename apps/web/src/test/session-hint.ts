import { SESSION_HINT_COOKIE } from '@inno/contracts';

/** As the API does at sign-in: without the hint the app does not try to restore a session. */
export function setSessionHint(present: boolean): void {
  document.cookie = present ? `${SESSION_HINT_COOKIE}=1; path=/` : `${SESSION_HINT_COOKIE}=; path=/; expires=Thu, 01 Jan 1970 00:00:00 GMT`;
}
