import { pilotApplicationPlanProblems, resultReportOpen } from './pilots';

describe('a pilot application against its plan', () => {
  const plan = { maxAmountPerProduct: 300_000_000, maxUsePeriodMonths: 12 };

  it('may ask for up to the plan’s cap per product and use period', () => {
    expect(pilotApplicationPlanProblems({ amount: 300_000_000, usePeriodMonths: 12 }, plan)).toEqual({});
  });

  it('names each limit passed, with the plan’s figure', () => {
    expect(pilotApplicationPlanProblems({ amount: 400_000_000, usePeriodMonths: 13 }, plan)).toEqual({
      amount: [{ code: 'AMOUNT_OVER_PRODUCT_CAP', params: { max: 300_000_000 } }],
      usePeriodMonths: [{ code: 'USE_PERIOD_OVER_PLAN', params: { max: 12 } }],
    });
  });
});

describe('the result report', () => {
  it('opens on the use period’s last day, not before, and not without a use period', () => {
    expect(resultReportOpen('2027-07-31', '2027-02-01')).toBe(false);
    expect(resultReportOpen('2027-07-31', '2027-07-30')).toBe(false);
    expect(resultReportOpen('2027-07-31', '2027-07-31')).toBe(true);
    expect(resultReportOpen('2027-07-31', '2027-09-01')).toBe(true);
    expect(resultReportOpen(null, '2027-09-01')).toBe(false);
  });
});
