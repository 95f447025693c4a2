import { Role } from '@inno/contracts';
import type { Browser, Page } from 'playwright-core';
import { SignInPage } from './pages/sign-in.page';
import { launchBrowser, newPage } from './support/browser';
import { asRole, demoEmail } from './support/demo';

/**
 * Three Latin words in a row is an English sentence (or the start of one). E-mails and web
 * addresses are stripped first; a product's model name of one or two words passes.
 */
function englishSentences(text: string): string[] {
  const stripped = text.replace(/\S+@\S+/g, ' ').replace(/https?:\/\/\S+/g, ' ');
  return stripped.match(/[A-Za-z]{2,}(?:[ ,:;’'()-]+[A-Za-z]{2,}){2,}/g) ?? [];
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
