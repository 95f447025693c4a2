import type { Page } from 'playwright-core';

/** The header every page shares: navigation, current role, language switch. */
export class Shell {
  constructor(private readonly page: Page) {}

  nav() {
    return this.page.getByTestId('main-nav');
  }

  /** The nav entries' ids, in order (`nav-home` → `home`). */
  async navEntries(): Promise<string[]> {
    const ids = await this.nav().locator('[data-testid^="nav-"]').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-testid')!));
    return ids.map((id) => id.replace(/^nav-/, ''));
  }

  async currentRole(): Promise<string | null> {
    return this.page.getByTestId('current-role').getAttribute('data-role');
  }

  async switchLanguage(language: 'ko' | 'en'): Promise<void> {
    await this.page.getByTestId(`lang-${language}`).click();
  }
}
