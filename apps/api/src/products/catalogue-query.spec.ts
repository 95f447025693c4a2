import { CATALOGUE_QUERY_RULES, catalogueQueryProblems, REFUSED_CATALOGUE_QUERIES, type CatalogQuery, type FieldProblems } from '@inno/contracts';
import { CatalogQueryError, parseCatalogQuery } from './catalogue-query';

/** The parser's codes per field, or none when it reads the query. */
function parserCodes(query: Record<string, string>): FieldProblems {
  try {
    parseCatalogQuery(query);
    return {};
  } catch (error) {
    if (error instanceof CatalogQueryError) return error.detailCodes ?? {};
    throw error;
  }
}

/** The query as the shared rules read it: numbers as numbers, what is not one NaN, blanks left out. */
function typed(query: Record<string, string>): CatalogQuery {
  return Object.fromEntries(
    Object.entries(query)
      .filter(([, value]) => value !== '')
      .map(([field, value]) => [field, CATALOGUE_QUERY_RULES[field as keyof CatalogQuery]?.kind === 'integer' ? (/^[+-]?\d+$/.test(value.trim()) ? Number(value) : NaN) : value]),
  );
}

describe('the catalogue’s query parser against the shared rules', () => {
  it('refuses what the search form refuses, with the same codes', () => {
    for (const refused of REFUSED_CATALOGUE_QUERIES) {
      expect({ why: refused.why, codes: parserCodes(refused.input as Record<string, string>) }).toEqual({ why: refused.why, codes: refused.codes });
    }
  });

  it('gives the codes of CATALOGUE_QUERY_RULES for every field, at and past each limit', () => {
    const samples: Record<keyof CatalogQuery, string[]> = {
      q: ['', ' ', '공기', '가'.repeat(100), '가'.repeat(101), ` ${'가'.repeat(100)} `],
      kind: ['TYPE1', 'TYPE2', 'TYPE3', 'type1'],
      category: ['A', 'A'.repeat(20), 'A'.repeat(21)],
      certification: ['K'.repeat(60), 'K'.repeat(61)],
      designatingBody: ['조달청', '가'.repeat(101)],
      region: ['서울', '가'.repeat(41)],
      minPrice: ['0', '-1', '1.5', 'abc', '100000000000', '100000000001', ' 7 ', '+3'],
      maxPrice: ['0', '100000000001', '99999999999999999999'],
      sort: ['relevance', 'priceAsc', 'cheapest'],
      page: ['1', '0', '1000001', 'x'],
      pageSize: ['1', '100', '101', '0'],
    };
    for (const [field, values] of Object.entries(samples)) {
      for (const value of values) {
        // One field at a time, on the first page, so the result cap and the price range stay out of it.
        const query = { [field]: value };
        expect({ query, codes: parserCodes(query) }).toEqual({ query, codes: catalogueQueryProblems(typed(query)) });
      }
    }
  });

  it('says a reversed price range as the shared rule does, and reads a valid query into its values', () => {
    expect(parserCodes({ minPrice: '500', maxPrice: '100' })).toEqual(catalogueQueryProblems({ minPrice: 500, maxPrice: 100 }));
    expect(parseCatalogQuery({ q: ' 공기 ', minPrice: '100', maxPrice: '500', page: '2', pageSize: '10' })).toMatchObject({ q: '공기', minPrice: 100, maxPrice: 500, page: 2, pageSize: 10, offset: 10 });
  });
});
