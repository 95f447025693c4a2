import type { Page } from 'playwright-core';

export class SignInPage {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto('/sign-in');
    await this.page.getByTestId('sign-in-form').waitFor();
  }

  async signIn(email: string, password: string): Promise<void> {
    await this.page.locator('#sign-in-email').fill(email);
    await this.page.locator('#sign-in-password').fill(password);
    await this.page.getByTestId('sign-in-submit').click();
  }

  formError() {
    return this.page.getByTestId('form-error');
  }
}
