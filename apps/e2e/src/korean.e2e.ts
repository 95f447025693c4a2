import { Presence, Role } from '@inno/contracts';
import type { Browser, Locator, Page } from 'playwright-core';
import { SignInPage } from './pages/sign-in.page';
import { PlatformApi } from './support/api';
import { launchBrowser, newPage } from './support/browser';
import { agendaItemForDemoMember } from './support/committee';
import { asRole, DEMO_PASSWORD, demoEmail } from './support/demo';

/**
 * Three Latin words in a row is an English sentence (or the start of one). E-mails and web
 * addresses are stripped first; a product's model name of one or two words passes.
 */
function englishSentences(text: string): string[] {
  const stripped = text.replace(/\S+@\S+/g, ' ').replace(/https?:\/\/\S+/g, ' ');
  return stripped.match(/[A-Za-z]{2,}(?:[ ,:;’'()-]+[A-Za-z]{2,}){2,}/g) ?? [];
}

/** A refusal or reason the page shows: said in Korean, with no English sentence. */
async function expectKoreanText(locator: Locator, where: string): Promise<string> {
  const text = await locator.innerText();
  expect({ where, korean: /[가-힣]/.test(text), english: englishSentences(text) }).toEqual({ where, korean: true, english: [] });
  return text;
}

/**
 * A pilot plan of its own (year 2020, so the demo's plans stay first in every list) whose survey is
 * open, with two institutions applying for one product for more than the plan's cap per product
 * together: the matching proposal matches one and skips the other, with its reason.
 */
async function planWithSkippedApplication(): Promise<{ planId: string; skippedOf: string[] }> {
  const operator = await PlatformApi.signIn(demoEmail(Role.OPERATOR), DEMO_PASSWORD);
  const buyers = await Promise.all(['buyer@demo.innomarket.kr', 'buyer.seoul@demo.innomarket.kr'].map((email) => PlatformApi.signIn(email, DEMO_PASSWORD)));
  const now = Date.now();
  const plan = await operator.call<{ id: string }>('POST', '/pilot-plans', {
    year: 2020, title: '시범구매 매칭 시험 계획', budget: 1_000_000_000, maxAmountPerProduct: 30_000_000,
    surveyOpensAt: new Date(now - 3_600_000).toISOString(), surveyClosesAt: new Date(now + 7 * 86_400_000).toISOString(),
  });
  const offered = (await operator.call<{ items: { productId: string }[] }>('GET', `/pilot-plans/${plan.id}/products?eligible=true&pageSize=100`)).items;
  const application = (productId: string) => ({
    planId: plan.id, productId, quantity: 2, amount: 20_000_000, intendedUse: '민원실 현장 적용 시험', place: '청사 본관',
    usePeriodMonths: 6, followOnPlanned: true, followOnBudgeted: false, need: '현장 안전 관리 인력 부족',
  });
  // A product both may apply for now (the repeat rule looks at each product's earlier pilots).
  for (const { productId } of offered) {
    const applied = await Promise.allSettled(buyers.map((buyer) => buyer.call<{ id: string }>('POST', '/pilot-applications', application(productId))));
    if (applied.every((a) => a.status === 'fulfilled')) return { planId: plan.id, skippedOf: applied.map((a) => (a as PromiseFulfilledResult<{ id: string }>).value.id) };
  }
  throw new Error('No product of the demo year could take two pilot applications');
}

async function expectKorean(page: Page, where: string): Promise<void> {
  await page.locator('#main-content').waitFor();
  await page.waitForLoadState('networkidle');
  // What is marked English on purpose (a product's English name, `lang="en"`) is not a sentence of the UI.
  const text = await page.locator('#main-content').evaluate((main) => {
    const copy = main.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('[lang="en"]').forEach((element) => element.remove());
    return copy.textContent ?? '';
  });
  expect({ where, english: englishSentences(text) }).toEqual({ where, english: [] });
}

describe('the Korean UI says everything in Korean', () => {
  let browser: Browser;
  beforeAll(async () => (browser = await launchBrowser()));
  afterAll(() => browser.close());

  it('words a wrong password in Korean', async () => {
    const page = await newPage(browser);
    const signIn = new SignInPage(page);
    await signIn.open();
    await signIn.signIn(demoEmail(Role.SUPPLIER), 'not-the-password-1');
    await signIn.formError().waitFor();
    const text = await signIn.formError().innerText();
    expect(text).toMatch(/[가-힣]/);
    expect(englishSentences(text)).toEqual([]);
    await page.context().close();
  });

  it('shows public pages (decisions, pilots, calls) in Korean', async () => {
    const page = await newPage(browser);
    for (const path of ['/decisions', '/pilots', '/calls', '/catalogue']) {
      await page.goto(path);
      await expectKorean(page, path);
    }
    await page.context().close();
  });

  it("words the chair's refusal to close an item without quorum in Korean", async () => {
    const { sessionId, itemId, memberIds } = await agendaItemForDemoMember({ otherMembers: ['member2@demo.innomarket.kr'] });
    await asRole(browser, Role.COMMITTEE, async (page) => {
      await page.goto(`/committee/sessions/${sessionId}`);
      // The chair opens the session with the other member absent: one of two is no majority.
      await page.getByTestId(`attendance-${memberIds[0]}-${Presence.ABSENT}`).check();
      await page.getByTestId('open-session').click();
      await page.getByTestId('attendance-form').waitFor({ state: 'detached' });
      await page.getByTestId(`close-item-${itemId}`).click();
      const refusal = await expectKoreanText(page.getByTestId(`close-error-${itemId}`), 'quorum refusal');
      expect(refusal).toMatch(/정족수/);
      await expectKorean(page, 'committee session after the refusal');
    });
  });

  it("words the matching panel's skip reasons and the plan's exclusions in Korean", async () => {
    const { planId, skippedOf } = await planWithSkippedApplication();
    await asRole(browser, Role.OPERATOR, async (page) => {
      await page.goto(`/operator/pilot-plans/${planId}`);
      await page.getByTestId('matching-table').waitFor();
      const skipped = page.locator('[data-testid^="matching-row-"][data-proposed="false"]');
      await skipped.first().waitFor();
      expect(await skipped.count()).toBe(1);
      expect(skippedOf).toContain((await skipped.getAttribute('data-testid'))!.replace('matching-row-', ''));
      expect(await expectKoreanText(skipped, 'skipped application')).toMatch(/₩30,000,000/);
      await expectKorean(page, 'operator pilot plan');
    });
    const page = await newPage(browser);
    await page.goto(`/pilots/plans/${planId}`);
    await page.locator('[data-testid^="survey-product-"]').first().waitFor();
    await expectKorean(page, 'pilot plan survey with its exclusions');
    await page.context().close();
  });

  it.each([
    [Role.SUPPLIER, ['/my/proposals', '/my/pilots', '/my/products']],
    [Role.BUYER, ['/my/pilots']],
    [Role.OPERATOR, ['/operator/pilot-plans', '/operator/designations', '/operator/sessions']],
    [Role.COMMITTEE, ['/committee']],
  ] as const)('walks the pages of a %s and its notifications in Korean', async (role, paths) => {
    await asRole(browser, role, async (page) => {
      for (const path of paths) {
        await page.goto(path);
        await expectKorean(page, `${role} ${path}`);
      }
      const bell = page.getByTestId('notifications');
      if (await bell.count()) {
        await bell.click();
        const panel = page.getByTestId('notifications-panel');
        if (await panel.count()) expect({ where: `${role} notifications`, english: englishSentences(await panel.innerText()) }).toEqual({ where: `${role} notifications`, english: [] });
      }
    });
  });
});
