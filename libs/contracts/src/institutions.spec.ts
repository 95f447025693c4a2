import { institutionInputErrors, type InstitutionInput } from './institutions';

const valid: InstitutionInput = { code: 'CG-101', name: '조달청', nameEn: 'Public Procurement Service', type: 'CENTRAL', sector: '행정', yearlyGoodsPurchases: 38_000_000_000, targetRate: 0.0125 };

describe('institution input', () => {
  it('accepts a valid institution, a rate of 1.0% to 1.7% in 0.01-point steps among them', () => {
    expect(institutionInputErrors(valid)).toEqual({});
    for (const targetRate of [0.01, 0.0175, 0.017, 0.001, 0.1]) expect(institutionInputErrors({ ...valid, targetRate })).toEqual({});
  });

  it('names each bad field', () => {
    expect(Object.keys(institutionInputErrors({ code: 'cg 1', name: '가', nameEn: ' ', type: 'CITY' as never, sector: '', yearlyGoodsPurchases: 1.5, targetRate: 0.00005 })).sort())
      .toEqual(['code', 'name', 'nameEn', 'sector', 'targetRate', 'type', 'yearlyGoodsPurchases']);
    expect(institutionInputErrors({ ...valid, targetRate: 0.12345 })).toHaveProperty('targetRate');
    expect(institutionInputErrors({ ...valid, targetRate: 0.2 })).toHaveProperty('targetRate');
    expect(institutionInputErrors({ ...valid, code: 'CG--1' })).toHaveProperty('code');
    expect(institutionInputErrors({ ...valid, yearlyGoodsPurchases: -1 })).toHaveProperty('yearlyGoodsPurchases');
  });
});
