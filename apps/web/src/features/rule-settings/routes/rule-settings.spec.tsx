import { Role, type RuleSettings } from '@inno/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { apiError, type MockRequest } from '../../../test/api-mock';
import { makeSession } from '../../../test/factories';
import { renderApp } from '../../../test/render';
import { makeRuleSettings } from '../../../test/workflow-factories';

describe('rule settings (operator)', () => {
  it('shows the defaults in force and saves changed ones: trimming threshold, vote, pilot threshold', async () => {
    let current = makeRuleSettings();
    const { api } = renderApp('/operator/rule-settings', {
      session: makeSession(Role.OPERATOR),
      api: {
        'GET /rule-settings': () => ({ body: current }),
        'PUT /rule-settings': (request: MockRequest) => {
          current = { ...(request.body as RuleSettings), updatedAt: '2026-12-01T01:00:00.000Z', updatedBy: 'operator-1' };
          return { body: current };
        },
      },
    });
    const user = userEvent.setup();
    expect(await screen.findByTestId('rule-settings-current-trimming')).toHaveTextContent('5명 이상 채점 시 최고·최저점 제외');
    expect(screen.getByTestId('rule-settings-current-vote')).toHaveTextContent('아니요');
    expect(screen.getByTestId('rule-settings-updated')).toHaveTextContent('처음 제공된 기본값');

    const form = within(screen.getByTestId('rule-settings-form'));
    await user.clear(form.getByTestId('settings-designation-trimmedMeanMinSheets'));
    await user.type(form.getByTestId('settings-designation-trimmedMeanMinSheets'), '7');
    await user.click(form.getByTestId('settings-designation-committeeVote'));
    await user.clear(form.getByTestId('settings-pilot-repeatPilotThreshold'));
    await user.type(form.getByTestId('settings-pilot-repeatPilotThreshold'), '30000000');
    await user.click(form.getByTestId('rule-settings-submit'));

    expect(await screen.findByTestId('rule-settings-saved')).toHaveTextContent('규칙 설정을 저장했습니다.');
    const sent = api.find('PUT', '/rule-settings')[0].body as RuleSettings;
    expect(sent.designation).toEqual({ validityYears: 3, extensionYears: [1, 2], maxTotalYears: 6, trimmedMeanMinSheets: 7, committeeVote: true });
    expect(sent.pilot.repeatPilotThreshold).toBe(30_000_000);
    // The days to answer an observer's concern go with the rest, unchanged here.
    expect(sent.observers).toEqual({ concernAnswerDays: 14 });
    expect(sent.criteria.passMark).toBe(70);
    await waitFor(() => expect(screen.getByTestId('rule-settings-current-trimming')).toHaveTextContent('7명 이상'));
    expect(screen.getByTestId('rule-settings-current-vote')).toHaveTextContent('예');
  });

  it('refuses a fractional pass mark on the page, and shows the API’s per-field details', async () => {
    renderApp('/operator/rule-settings', {
      session: makeSession(Role.OPERATOR),
      api: {
        'GET /rule-settings': { body: makeRuleSettings() },
        'PUT /rule-settings': apiError(400, 'The request has invalid fields', { 'pilot.maxUsePeriodMonths': ['maxUsePeriodMonths must not be greater than 36'] }),
      },
    });
    const user = userEvent.setup();
    const form = within(await screen.findByTestId('rule-settings-form'));
    const passMark = form.getByRole('textbox', { name: /^총점 통과 기준/ });
    await user.clear(passMark);
    await user.type(passMark, '69.5');
    await user.click(form.getByTestId('rule-settings-submit'));
    expect(passMark).toHaveAccessibleDescription(expect.stringContaining('정수(점)'));

    await user.clear(passMark);
    await user.type(passMark, '70');
    await user.clear(form.getByTestId('settings-pilot-maxUsePeriodMonths'));
    await user.type(form.getByTestId('settings-pilot-maxUsePeriodMonths'), '48');
    await user.click(form.getByTestId('rule-settings-submit'));
    await waitFor(() => expect(form.getByTestId('settings-pilot-maxUsePeriodMonths')).toHaveAccessibleDescription('maxUsePeriodMonths must not be greater than 36'));
  });
});
