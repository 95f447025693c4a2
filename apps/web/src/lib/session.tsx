import { SESSION_HINT_COOKIE, type SessionResponse, type UserView } from '@inno/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { client, data, noRefresh, setAccessToken, setRefreshHandler } from './api-client';

export type SessionState =
  | { status: 'loading'; user: null }
  | { status: 'signed-out'; user: null }
  | { status: 'signed-in'; user: UserView };

export interface SessionContextValue {
  state: SessionState;
  user: UserView | null;
  /** Starts a session from a sign-in answer. */
  start(session: SessionResponse): void;
  /** Forgets the session locally (after the API's logout, or when a refresh fails). */
  end(): void;
  /** Keeps the header in step after the profile changes. */
  updateUser(user: UserView): void;
}

const SessionContext = createContext<SessionContextValue | null>(null);

let inflightRefresh: Promise<SessionResponse | null> | null = null;

/** The API sets this cookie at sign-in and clears it at sign-out: without it there is no session to refresh. */
function mayHaveSession(): boolean {
  return document.cookie.split('; ').some((cookie) => cookie.startsWith(`${SESSION_HINT_COOKIE}=`));
}

/**
 * POST /auth/refresh with the httpOnly cookie. Concurrent callers share one
 * request, so a rotated refresh token is never spent twice.
 */
export function refreshSession(): Promise<SessionResponse | null> {
  if (!mayHaveSession()) return Promise.resolve(null);
  inflightRefresh ??= data(client.POST('/api/v1/auth/refresh', noRefresh))
    .catch(() => null)
    .finally(() => {
      inflightRefresh = null;
    });
  return inflightRefresh;
}

/** Renew a minute (or a fifth of the lifetime, if shorter) before the access token expires. */
export function refreshDelayMs(expiresInSeconds: number): number {
  const lifetime = expiresInSeconds * 1000;
  return Math.max(5_000, lifetime - Math.min(60_000, lifetime / 5));
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const [state, setState] = useState<SessionState>({ status: 'loading', user: null });

  const controller = useMemo(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let active = false;
    let signedIn = false;

    const apply = (session: SessionResponse | null) => {
      clearTimeout(timer);
      if (!active) return;
      if (!session) {
        setAccessToken(null);
        // Nothing one user fetched stays in the cache for the next one.
        if (signedIn) queryClient.clear();
        signedIn = false;
        setState({ status: 'signed-out', user: null });
        return;
      }
      setAccessToken(session.accessToken);
      signedIn = true;
      setState({ status: 'signed-in', user: session.user });
      timer = setTimeout(() => void refresh(), refreshDelayMs(session.expiresIn));
    };

    const refresh = async (): Promise<boolean> => {
      const session = await refreshSession();
      apply(session);
      return session !== null;
    };

    return {
      apply,
      refresh,
      activate: () => {
        active = true;
      },
      dispose: () => {
        active = false;
        clearTimeout(timer);
      },
    };
  }, [queryClient]);

  useEffect(() => {
    controller.activate();
    setRefreshHandler(controller.refresh);
    void controller.refresh();
    return () => {
      setRefreshHandler(null);
      controller.dispose();
    };
  }, [controller]);

  const value = useMemo<SessionContextValue>(
    () => ({
      state,
      user: state.user,
      start: (session) => controller.apply(session),
      end: () => controller.apply(null),
      updateUser: (user) => setState((previous) => (previous.status === 'signed-in' ? { status: 'signed-in', user } : previous)),
    }),
    [state, controller],
  );

  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionContextValue {
  const context = useContext(SessionContext);
  if (!context) throw new Error('useSession must be used inside <SessionProvider>');
  return context;
}
