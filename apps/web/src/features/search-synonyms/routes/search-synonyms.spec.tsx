import { Role, type SynonymGroupView } from '@inno/contracts';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { makeSession } from '../../../test/factories';
import { renderApp } from '../../../test/render';

const drone: SynonymGroupView = { id: 'g1', words: ['드론', '무인기'], updatedAt: '2026-11-26T00:00:00.000Z', updatedBy: null };

describe('search synonyms (operator)', () => {
  it('lists the groups, adds one with the words split at commas and removes one', async () => {
    const { api } = renderApp('/operator/search-synonyms', {
      session: makeSession(Role.OPERATOR),
      api: {
        'GET /search-synonyms': { body: [drone] },
        'POST /search-synonyms': { status: 201, body: { ...drone, id: 'g2', words: ['공기청정기', '공기정화기'] } },
        'DELETE /search-synonyms/:id': { status: 204 },
      },
    });
    expect(await screen.findByTestId('synonym-group')).toHaveTextContent('드론 ↔ 무인기');
    const user = userEvent.setup();
    await user.type(screen.getByLabelText(/단어/), '공기청정기, 공기정화기');
    await user.click(screen.getByRole('button', { name: '묶음 추가' }));
    await waitFor(() => expect(api.find('POST', '/search-synonyms')[0]?.body).toEqual({ words: ['공기청정기', '공기정화기'] }));
    await user.click(screen.getByRole('button', { name: '드론, 무인기 묶음 삭제' }));
    await waitFor(() => expect(api.find('DELETE', '/search-synonyms/g1')).toHaveLength(1));
  });

  it('refuses a group of one word beside the field, before asking the API', async () => {
    const { api } = renderApp('/operator/search-synonyms', { session: makeSession(Role.ADMIN), api: { 'GET /search-synonyms': { body: [] } } });
    await screen.findByText('등록된 동의어가 없습니다.');
    const user = userEvent.setup();
    await user.type(screen.getByLabelText(/단어/), '드론');
    await user.click(screen.getByRole('button', { name: '묶음 추가' }));
    expect(await screen.findByText(/2~10개의 서로 다른 단어/)).toBeInTheDocument();
    expect(api.find('POST', '/search-synonyms')).toHaveLength(0);
  });
});
