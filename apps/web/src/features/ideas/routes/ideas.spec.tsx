import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../../test/render';
import { makeIdea, page } from '../../../test/workflow-factories';

describe('public ideas', () => {
  it('shows an idea selected for incubation with its task’s status, and nothing else of the task', async () => {
    renderApp('/ideas', { api: { 'GET /ideas': page([makeIdea({ id: 'i-1', incubation: { status: 'IN_PROGRESS' } }), makeIdea({ id: 'i-2', status: 'UNDER_REVIEW', outcome: null, incubation: null })]) } });
    const [incubated, reviewed] = await screen.findAllByTestId('idea-card');
    expect(within(incubated).getByTestId('idea-incubation')).toHaveTextContent('인큐베이팅 과제: 진행 중');
    expect(within(reviewed).queryByTestId('idea-incubation')).not.toBeInTheDocument();
  });
});
