import { Role, type ConcernView, type ObserverSessionSummary, type ObserverSessionView } from '@inno/contracts';
import type { Browser, Page } from 'playwright-core';
import { PlatformApi } from './support/api';
import { launchBrowser } from './support/browser';
import { asRole, DEMO_PASSWORD, demoEmail } from './support/demo';

/** A closed session of the demo year, its first item that made a decision, and the item's place on the page. */
async function closedSessionWithDecision() {
  const observer = await PlatformApi.signIn(demoEmail(Role.OBSERVER), DEMO_PASSWORD);
  const sessions = await observer.call<ObserverSessionSummary[]>('GET', '/observer/sessions');
  for (const summary of sessions.filter((s) => s.closed)) {
    const session = await observer.call<ObserverSessionView>('GET', `/observer/sessions/${summary.id}`);
    const index = session.items.findIndex((i) => i.decisionId);
    if (index >= 0) return { session, index, decisionId: session.items[index].decisionId! };
  }
  throw new Error('the demo year has no closed session with a decision');
}

describe('an observer watching the committee', () => {
  let browser: Browser;
  beforeAll(async () => (browser = await launchBrowser()));
  afterAll(() => browser.close());

  it('reads a closed session, raises a concern on its decision, and sees the operator’s public answer', async () => {
    const { session, index, decisionId } = await closedSessionWithDecision();
    const body = `회의록에 채점 근거가 부족합니다 (${Date.now()}).`;
    const item = `observer-item-${index}`;

    await asRole(browser, Role.OBSERVER, async (page) => {
      await page.getByTestId('nav-observer-sessions').click();
      await page.getByTestId(`observer-session-row-${session.id}`).getByRole('link').click();
      await page.getByTestId('observer-attendance').waitFor();
      expect(await page.getAttribute('[data-testid="observer-session"]', 'data-closed')).toBe('true');
      expect(await page.getByTestId('observer-attendance').locator('tbody tr').count()).toBe(session.attendance.length);
      // Scores per member, numbered, never named.
      const scores = await page.getByTestId(`${item}-scores`).locator('tbody th').allTextContents();
      expect(scores).toEqual(session.items[index].scores.map((s) => `위원 ${s.member}`));
      for (const member of session.attendance) expect(scores.join(' ')).not.toContain(member.name);

      await page.getByTestId(`concern-${decisionId}-kind`).selectOption('CONCERN');
      await page.getByTestId(`concern-${decisionId}-body`).fill(body);
      await page.getByTestId(`concern-${decisionId}-submit`).click();
      await page.getByTestId(`concern-${decisionId}-filed`).waitFor();
      await page.getByTestId(`${item}-concerns`).getByText(body).waitFor();
    });

    const filed = (await (await PlatformApi.signIn(demoEmail(Role.OPERATOR), DEMO_PASSWORD)).call<{ items: ConcernView[] }>('GET', `/concerns?decisionId=${decisionId}&status=OPEN`)).items.find((c) => c.body === body)!;
    expect(filed).toMatchObject({ kind: 'CONCERN', status: 'OPEN', overdue: false });
    const answer = '채점표는 감사 기록에 보관되어 있으며, 근거 요약을 회의록에 추가했습니다.';

    await asRole(browser, Role.OPERATOR, async (page: Page) => {
      await page.goto('/operator/concerns');
      await page.getByTestId(`concern-${filed.id}`).waitFor();
      await page.getByTestId(`answer-${filed.id}-text`).fill(answer);
      await page.getByTestId(`answer-${filed.id}-submit`).click();
      // Answered, it leaves the queue of open ones.
      await page.getByTestId(`concern-${filed.id}`).waitFor({ state: 'detached' });
    });

    await asRole(browser, Role.OBSERVER, async (page) => {
      await page.goto(`/observer/sessions/${session.id}`);
      const answered = page.getByTestId(`concern-answer-${filed.id}`);
      await answered.waitFor();
      expect(await answered.textContent()).toContain(answer);
    });
  });
});
