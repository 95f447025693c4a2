import { DEFAULT_CRITERIA, Role } from '@inno/contracts';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './support/browser';
import { agendaItemForDemoMember } from './support/committee';
import { asRole } from './support/demo';

describe('committee evaluation in the browser', () => {
  let browser: Browser;
  beforeAll(async () => (browser = await launchBrowser()));
  afterAll(() => browser.close());

  it('lets the chair open the session with attendance, declare no conflict, score the item and close it', async () => {
    const { sessionId, itemId } = await agendaItemForDemoMember();
    await asRole(browser, Role.COMMITTEE, async (page) => {
      await page.goto(`/committee/sessions/${sessionId}`);
      const item = page.getByTestId(`agenda-item-${itemId}`);
      await item.waitFor();
      expect(await item.getAttribute('data-status')).toBe('OPEN');
      // The chair opens the session, present online.
      await page.getByTestId('open-session').click();
      await page.getByTestId('attendance-form').waitFor({ state: 'detached' });

      await page.getByTestId(`declare-none-${itemId}`).click();
      const criteria = DEFAULT_CRITERIA.groups.flatMap((g) => g.criteria);
      await page.getByTestId(`score-${itemId}-${criteria[0].key}`).waitFor();
      for (const criterion of criteria) {
        await page.getByTestId(`score-${itemId}-${criterion.key}`).fill(String(Math.round(criterion.points * 0.8)));
        await page.getByTestId(`comment-${itemId}-${criterion.key}`).fill('현장 적용성이 높음');
      }
      await page.getByTestId(`score-submit-${itemId}`).click();
      await page.getByTestId(`score-saved-${itemId}`).waitFor();

      await page.getByTestId(`close-item-${itemId}`).click();
      const decision = page.getByTestId(`decision-${itemId}`);
      await decision.waitFor();
      expect(await decision.textContent()).toMatch(/80/);
      await page.waitForFunction((id) => document.querySelector(`[data-testid="agenda-item-${id}"]`)?.getAttribute('data-status') === 'CLOSED', itemId);
    });
  });
});
