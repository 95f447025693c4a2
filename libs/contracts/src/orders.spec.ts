import { orderMachine, orderReasonRequired, OrderStatus, targetFigures } from './orders';
import { Role } from './roles';

describe('the order machine', () => {
  it('lets the supplier accept or decline an order, and the buyer cancel it before acceptance', () => {
    expect(orderMachine.availableActions(OrderStatus.ORDERED, Role.SUPPLIER)).toEqual(['accept', 'decline']);
    expect(orderMachine.availableActions(OrderStatus.ORDERED, Role.BUYER)).toEqual(['cancel']);
  });

  it('lets either side cancel after acceptance, with a reason, until inspection; nothing after payment', () => {
    expect(orderMachine.availableActions(OrderStatus.ACCEPTED, Role.SUPPLIER)).toEqual(['deliver', 'cancel']);
    expect(orderMachine.availableActions(OrderStatus.DELIVERED, Role.BUYER)).toEqual(['inspect', 'cancel']);
    expect(orderMachine.availableActions(OrderStatus.INSPECTED, Role.BUYER)).toEqual(['pay']);
    expect(orderReasonRequired(OrderStatus.ORDERED, 'cancel')).toBe(false);
    expect(orderReasonRequired(OrderStatus.ACCEPTED, 'cancel')).toBe(true);
    expect(orderReasonRequired(OrderStatus.ORDERED, 'decline')).toBe(true);
    for (const role of [Role.BUYER, Role.SUPPLIER, Role.OPERATOR]) expect(orderMachine.availableActions(OrderStatus.PAID, role)).toEqual([]);
  });
});

describe('the target arithmetic', () => {
  it('rounds the target up to the won and compares in integers', () => {
    // ₩1,234,567 of goods at 1.7% is ₩20,987.639: ₩20,988 to buy.
    expect(targetFigures(20_987, 1_234_567, 0.017)).toMatchObject({ targetAmount: 20_988, gap: 1, met: false });
    expect(targetFigures(20_988, 1_234_567, 0.017)).toMatchObject({ gap: 0, met: true });
  });

  it('holds for the largest figures an institution may enter', () => {
    const goods = 100_000_000_000_000;
    expect(targetFigures(1_000_000_000_000, goods, 0.01)).toEqual({ amount: 1_000_000_000_000, goodsPurchases: goods, targetRate: 0.01, targetAmount: 1_000_000_000_000, attainedRate: 0.01, gap: 0, met: true });
  });

  it('attains nothing of no goods purchases, and needs nothing', () => {
    expect(targetFigures(5_000_000, 0, 0.01)).toMatchObject({ targetAmount: 0, attainedRate: 0, gap: 0, met: true });
  });
});
