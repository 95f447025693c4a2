import { Role, type Language } from '@inno/contracts';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { i18n, LANGUAGE_STORAGE_KEY } from '../lib/i18n';
import { makeSession } from '../test/factories';
import { renderApp } from '../test/render';

describe('language switch', () => {
  it('starts in Korean and switches the visible text to English, persisting the choice', async () => {
    renderApp('/');
    expect(await screen.findByRole('heading', { level: 1, name: '공공이 혁신을 구매하는 곳' })).toBeInTheDocument();
    expect(screen.getByTestId('nav-sign-in')).toHaveTextContent('로그인');
    expect(document.documentElement.lang).toBe('ko');
    expect(screen.getByRole('button', { name: '한국어' })).toHaveAttribute('aria-pressed', 'true');
    // Only Korean ships with the shell; English is fetched on demand.
    expect(i18n.hasResourceBundle('en', 'translation')).toBe(false);

    await userEvent.setup().click(screen.getByRole('button', { name: 'English' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Where the public sector buys innovation' })).toBeInTheDocument();
    expect(screen.getByTestId('nav-sign-in')).toHaveTextContent('Sign in');
    expect(screen.getByRole('navigation', { name: 'Main menu' })).toBeInTheDocument();
    expect(screen.queryByText('공공이 혁신을 구매하는 곳')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');
    expect(document.documentElement.lang).toBe('en');
    expect(window.localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
    expect(i18n.hasResourceBundle('en', 'translation')).toBe(true);
  });

  it('switches back to Korean', async () => {
    renderApp('/sign-in');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'English' }));
    expect(await screen.findByRole('button', { name: 'Sign in' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '한국어' }));
    expect(await screen.findByTestId('sign-in-submit')).toHaveTextContent('로그인');
    expect(document.documentElement.lang).toBe('ko');
  });

  it('stores the signed-in user’s choice as their language, so their mails follow it', async () => {
    const { api } = renderApp('/', {
      session: makeSession(Role.BUYER),
      api: { 'PUT /me/language': (request) => ({ body: { language: (request.body as { language: Language }).language, mutedKinds: [] } }) },
    });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'English' }));
    await waitFor(() => expect(api.find('PUT', '/me/language').map((r) => r.body)).toEqual([{ language: 'en' }]));
    await user.click(await screen.findByRole('button', { name: '한국어' }));
    await waitFor(() => expect(api.find('PUT', '/me/language').map((r) => r.body)).toEqual([{ language: 'en' }, { language: 'ko' }]));
  });
});
