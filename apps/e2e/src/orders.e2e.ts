import { Role, type OrderView, type TargetDashboard } from '@inno/contracts';
import type { Browser, Page } from 'playwright-core';
import { PlatformApi } from './support/api';
import { launchBrowser } from './support/browser';
import { asRole, DEMO_PASSWORD, demoEmail } from './support/demo';

/** A one-page PDF, as a delivery note or an inspection report would be. */
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');
/** The won in a formatted amount ("₩1,234,000" → 1234000). */
const won = (text: string | null) => Number((text ?? '').replace(/[^\d]/g, ''));
const today = () => new Date(Date.now() + 9 * 3_600_000).toISOString().slice(0, 10);

describe('an order by negotiated contract in the browser', () => {
  let browser: Browser;
  beforeAll(async () => (browser = await launchBrowser()));
  afterAll(() => browser.close());

  /** Takes the move the page offers now, with its date when it asks for one, and waits for the new status. */
  async function move(page: Page, action: string, status: string) {
    await page.getByTestId(`order-action-${action}`).click();
    if (action !== 'accept') await page.getByTestId(`order-confirm-${action}`).click();
    await page.locator(`[data-testid="order-status"][data-status="${status}"]`).waitFor();
  }

  it('lets a buyer order a product through to payment, the supplier accepting and delivering, and shows the target move', async () => {
    const buyer = await PlatformApi.signIn(demoEmail(Role.BUYER), DEMO_PASSWORD);
    const supplier = await PlatformApi.signIn(demoEmail(Role.SUPPLIER), DEMO_PASSWORD);
    const institutionId = (await buyer.call<{ institution: { id: string } }>('GET', '/auth/me')).institution.id;
    // A designated product of the demo supplier's company, so the same demo supplier accepts and delivers it.
    const company = (await supplier.call<{ company: { id: string } }>('GET', '/auth/me')).company.id;
    const mine = (await supplier.call<{ items: { id: string; status: string; askingPrice: number }[] }>('GET', `/companies/${company}/products?pageSize=100`)).items;
    const product = mine.find((p) => p.status === 'DESIGNATED' || p.status === 'EXTENDED')!;
    const year = today().slice(0, 4);
    const before = await buyer.call<TargetDashboard>('GET', `/purchase-targets/institutions/${institutionId}?year=${year}`);

    // The buyer orders it from the product's page, at the asking price less a discount agreed.
    const unitPrice = product.askingPrice - 10_000;
    const orderId = await asRole(browser, Role.BUYER, async (page) => {
      await page.goto(`/products/${product.id}`);
      await page.getByTestId('product-order').click();
      await page.getByTestId('new-order-legal-basis').waitFor();
      expect(await page.getByTestId('new-order-legal-basis').textContent()).toMatch(/수의계약.*금액 제한 없이/);
      expect(await page.getByTestId('order-unit-price').inputValue()).toBe(String(product.askingPrice));
      await page.getByTestId('order-quantity').fill('3');
      await page.getByTestId('order-unit-price').fill(String(unitPrice));
      await page.getByTestId('order-delivery-place').fill('조달청 본관 2층 상황실');
      await page.getByTestId('order-delivery-due').fill(today());
      await page.getByTestId('new-order-submit').click();
      await page.locator('[data-testid="order-status"][data-status="ORDERED"]').waitFor();
      expect(won(await page.getByTestId('order-amount').textContent())).toBe(3 * unitPrice);
      return page.url().split('/').pop()!;
    });

    // The supplier accepts (the contract is made), records the delivery and files the delivery note.
    await asRole(browser, Role.SUPPLIER, async (page) => {
      await page.goto('/my/orders');
      await page.getByTestId(`my-order-row-${orderId}`).getByRole('link').click();
      await move(page, 'accept', 'ACCEPTED');
      await page.getByTestId('order-document-file').setInputFiles({ name: '납품서.pdf', mimeType: 'application/pdf', buffer: PDF });
      await page.getByTestId('order-document-submit').click();
      await page.getByTestId('order-document-added').waitFor();
      await move(page, 'deliver', 'DELIVERED');
    });

    // The buyer inspects and pays; the purchase counts toward its institution's target.
    await asRole(browser, Role.BUYER, async (page) => {
      await page.goto(`/my/orders/${orderId}`);
      expect(await page.getByTestId('order-documents').textContent()).toContain('납품서.pdf');
      await move(page, 'inspect', 'INSPECTED');
      await move(page, 'pay', 'PAID');
      await page.goto('/my/purchase-target');
      await page.getByTestId('target-amount').waitFor();
      expect(won(await page.getByTestId('target-amount').textContent())).toBe(before.amount + 3 * unitPrice);
      expect(await page.getByTestId('target-purchases').textContent()).toContain((3 * unitPrice).toLocaleString('ko-KR'));
    });

    const order = await buyer.call<OrderView>('GET', `/orders/${orderId}`);
    expect(order).toMatchObject({ status: 'PAID', quantity: 3, unitPrice, askingPrice: product.askingPrice, contractedOn: today(), paidOn: today() });
    const after = await buyer.call<TargetDashboard>('GET', `/purchase-targets/institutions/${institutionId}?year=${year}`);
    expect(after.amount - before.amount).toBe(3 * unitPrice);
  });
});
