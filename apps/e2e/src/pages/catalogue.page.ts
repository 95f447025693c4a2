import type { Page } from 'playwright-core';

export class CataloguePage {
  constructor(private readonly page: Page) {}

  async open(query = ''): Promise<void> {
    await this.page.goto(`/catalogue${query}`);
    await this.page.getByTestId('catalogue-search').waitFor();
  }

  async search(words: string): Promise<void> {
    await this.page.getByTestId('catalogue-search').fill(words);
    await this.page.getByTestId('catalogue-submit').click();
  }

  results() {
    return this.page.getByTestId('catalogue-result');
  }

  async resultNames(): Promise<string[]> {
    return this.results().evaluateAll((cards) => cards.map((card) => card.textContent ?? ''));
  }

  facet(kind: 'kind' | 'category' | 'region', value: string) {
    return this.page.getByTestId(`facet-${kind}-${value}`);
  }

  total() {
    return this.page.getByTestId('catalogue-total');
  }
}
