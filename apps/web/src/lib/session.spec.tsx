import { Role } from '@inno/contracts';
import { act, render, screen } from '@testing-library/react';
import { QueryClientProvider } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { apiError, mockApi } from '../test/api-mock';
import { makeSession } from '../test/factories';
import { testQueryClient } from '../test/render';
import { setSessionHint } from '../test/session-hint';
import { getAccessToken } from './api-client';
import { refreshDelayMs, SessionProvider, useSession } from './session';

function Probe() {
  const { state } = useSession();
  return <p data-testid="probe">{state.status === 'signed-in' ? `${state.status}:${state.user.role}` : state.status}</p>;
}

function renderSession() {
  return render(
    <QueryClientProvider client={testQueryClient()}>
      <SessionProvider>
        <Probe />
      </SessionProvider>
    </QueryClientProvider>,
  );
}

afterEach(() => {
  vi.useRealTimers();
});

describe('session', () => {
  it('does not try a refresh when nobody signed in on this browser (no session hint)', async () => {
    const { find } = mockApi({ 'POST /auth/refresh': apiError(401, 'no session') });
    renderSession();
    expect(await screen.findByText('signed-out')).toBeInTheDocument();
    expect(find('POST', '/auth/refresh')).toHaveLength(0);
  });

  it('is signed out when the refresh cookie is refused', async () => {
    setSessionHint(true);
    mockApi({ 'POST /auth/refresh': apiError(401, 'no session') });
    renderSession();
    expect(screen.getByTestId('probe')).toHaveTextContent('loading');
    expect(await screen.findByText('signed-out')).toBeInTheDocument();
    expect(getAccessToken()).toBeNull();
  });

  it('restores the session on load and renews it before the access token expires', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const first = { ...makeSession(Role.BUYER), accessToken: 'first', expiresIn: 300 };
    const second = { ...first, accessToken: 'second' };
    let answer = first;
    setSessionHint(true);
    const { find } = mockApi({ 'POST /auth/refresh': () => ({ body: answer }) });
    renderSession();
    expect(await screen.findByText('signed-in:BUYER')).toBeInTheDocument();
    expect(getAccessToken()).toBe('first');
    expect(find('POST', '/auth/refresh')).toHaveLength(1);

    answer = second;
    await act(async () => {
      await vi.advanceTimersByTimeAsync(refreshDelayMs(300));
    });
    expect(find('POST', '/auth/refresh')).toHaveLength(2);
    expect(getAccessToken()).toBe('second');
  });

  it('schedules the renewal ahead of expiry', () => {
    expect(refreshDelayMs(900)).toBe(840_000);
    expect(refreshDelayMs(60)).toBe(48_000);
    expect(refreshDelayMs(1)).toBe(5_000);
  });
});
