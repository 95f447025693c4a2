import { addDays, CatalogPage, CatalogSort, compactSearchText, initialConsonants, type ApiError } from '@inno/contracts';
import { Clock, koreanDate } from '../clock/clock';
import { catalogFacetsSql, catalogSampleSql, catalogSearchOf, countsOfFacetRows, estimateOfSampleRows, readCatalogPage, toSummaryFromRow, type CatalogSearch } from './catalogue-search';
import { CatalogReader, catalogTotals, type CatalogDatabase } from './catalogue-reader';
import { makeDesignatedProduct } from '../../test/factories';
import { searchTermsOf } from '../search/text-match';
import { createTestApp, TestApp } from '../../test/test-app';

type Seed = Parameters<typeof makeDesignatedProduct>[1];

const SEEDS: Seed[] = [
  // In its description only, newer than the product with 필터 in its name: a bounded count that meets it first sees no name match.
  { nameKo: '스마트공기청정기', nameEn: 'Smart air purifier', modelName: 'AP-100', description: '필터 교체가 쉬운 실증 제품입니다.', categoryCode: 'ENV-01-01', region: '서울특별시', askingPrice: 1_200_000, certifications: ['KC', 'GS'], designatingBody: '환경부' },
  { nameKo: '휴대용 공기청정 필터', nameEn: 'Portable purifier filter', modelName: 'PF-7', categoryCode: 'ENV-01-01', region: '부산광역시', askingPrice: 90_000, certifications: ['KC'], designatingBody: '환경부' },
  { nameKo: '미세먼지 측정 센서', nameEn: 'Fine dust sensor', modelName: 'FD-2', categoryCode: 'ENV-01-02', region: '서울특별시', askingPrice: 450_000, certifications: ['NET'], designatingBody: '과학기술정보통신부' },
  { nameKo: '접이식 안전 의자', nameEn: 'Folding safety chair', modelName: 'CH-9', categoryCode: 'SAF-01-01', region: '대전광역시', askingPrice: 130_000, certifications: [], designatingBody: '산업통상자원부' },
  { nameKo: '수색 구조용 드론', nameEn: 'Search and rescue drone', modelName: 'DR-5', categoryCode: 'DIS-03-01', region: '대전광역시', askingPrice: 35_000_000, certifications: ['GS'], designatingBody: '과학기술정보통신부' },
  { nameKo: '태양광 가로등', nameEn: 'Solar streetlight', modelName: 'SL-3', categoryCode: 'ENE-01-01', region: '광주광역시', askingPrice: 2_900_000, certifications: ['KC'], designatingBody: '산업통상자원부' },
  { nameKo: '지능형 화재 감지기', nameEn: 'Intelligent fire detector', modelName: 'FD-900', categoryCode: 'SAF-04-02', region: '서울특별시', askingPrice: 310_000, certifications: ['KC', '성능인증'], designatingBody: '소방청' },
  { nameKo: '침수 감지 센서', nameEn: 'Flood sensor', modelName: 'FL-1', categoryCode: 'DIS-01-01', region: '부산광역시', askingPrice: 210_000, certifications: [], designatingBody: '행정안전부' },
];

describe('catalogue search', () => {
  let t: TestApp;
  const ids = new Map<string, string>();
  beforeAll(async () => {
    t = await createTestApp();
    const today = koreanDate(t.app.get(Clock).now());
    // Designated one day apart, the first seed newest, all in force today.
    for (const [index, seed] of SEEDS.entries()) {
      const product = await makeDesignatedProduct(t, { ...seed, designatedOn: addDays(today, -10 - index) });
      ids.set(seed!.nameKo!, product.id);
    }
  });
  afterAll(() => t.close());

  const search = async (query: string, status = 200): Promise<CatalogPage & Required<Pick<ApiError, 'details' | 'detailCodes'>>> => (await t.http().get(`/api/v1/products?${query}`).expect(status)).body;
  const names = (page: CatalogPage) => page.items.map((p) => p.nameKo);
  const q = (text: string) => `q=${encodeURIComponent(text)}`;

  it('normalises text in the database as libs/contracts does, and indexes its bigrams', async () => {
    const [row] = await t.dataSource.query(`SELECT search_compact('AI 카메라 SAP-3000') AS compact, search_initials('공기청정기') AS initials`);
    expect(row).toEqual({ compact: compactSearchText('AI 카메라 SAP-3000'), initials: initialConsonants('공기청정기') });
    const [product] = await t.dataSource.query(`SELECT search_text, search_grams FROM products WHERE id = $1`, [ids.get('지능형 화재 감지기')]);
    expect(product.search_text).toContain('지능형화재감지기');
    expect(product.search_grams).toEqual(expect.arrayContaining(['화재', '재감', '감지']));
  });

  it('finds a Korean part of a word anywhere: 공기청정 finds 스마트공기청정기', async () => {
    expect(names(await search(q('공기청정'))).sort()).toEqual(['스마트공기청정기', '휴대용 공기청정 필터'].sort());
  });

  it('finds a two-syllable Korean word anywhere in a compound: 먼지 in 미세먼지, 청정 in 공기청정기', async () => {
    expect(names(await search(q('의자')))).toEqual(['접이식 안전 의자']);
    expect(names(await search(q('센서'))).sort()).toEqual(['미세먼지 측정 센서', '침수 감지 센서'].sort());
    expect(names(await search(q('먼지')))).toEqual(['미세먼지 측정 센서']);
    expect(names(await search(q('청정'))).sort()).toEqual(['스마트공기청정기', '휴대용 공기청정 필터'].sort());
  });

  it('ignores spacing: with or without the spaces of the name', async () => {
    expect(names(await search(q('화재감지기')))).toEqual(['지능형 화재 감지기']);
    expect(names(await search(q('공기 청정기')))).toEqual(['스마트공기청정기']);
    expect(names(await search(q('미세먼지측정')))).toEqual(['미세먼지 측정 센서']);
  });

  it('finds English words and parts of words, whatever the case', async () => {
    expect(names(await search(q('Purifier'))).sort()).toEqual(['스마트공기청정기', '휴대용 공기청정 필터'].sort());
    expect(names(await search(q('drone')))).toEqual(['수색 구조용 드론']);
    expect(names(await search(q('streetli')))).toEqual(['태양광 가로등']);
  });

  it('requires every word of a mixed query', async () => {
    expect(names(await search(q('스마트 purifier')))).toEqual(['스마트공기청정기']);
    expect(names(await search(q('센서 flood')))).toEqual(['침수 감지 센서']);
    expect(names(await search(q('드론 purifier')))).toEqual([]);
  });

  it('searches model names and company names too', async () => {
    expect(names(await search(q('fd-900')))).toEqual(['지능형 화재 감지기']);
    expect((await search(q('테스트제조'))).total).toBe(SEEDS.length);
  });

  it('treats LIKE wildcards in the query as plain characters', async () => {
    expect((await search(q('%'))).total).toBe(0);
    expect((await search(q('_'))).total).toBe(0);
  });

  it('filters by kind, any category level, region, certification, designating body and price', async () => {
    expect((await search('kind=TYPE1')).total).toBe(SEEDS.length);
    expect((await search('kind=TYPE2')).total).toBe(0);
    expect(names(await search('category=ENV')).sort()).toEqual(['미세먼지 측정 센서', '스마트공기청정기', '휴대용 공기청정 필터'].sort());
    expect(names(await search('category=ENV-01-02'))).toEqual(['미세먼지 측정 센서']);
    expect(names(await search(`region=${encodeURIComponent('부산광역시')}`)).sort()).toEqual(['침수 감지 센서', '휴대용 공기청정 필터'].sort());
    expect(names(await search('certification=gs')).sort()).toEqual(['수색 구조용 드론', '스마트공기청정기'].sort());
    expect(names(await search(`designatingBody=${encodeURIComponent('소방청')}`))).toEqual(['지능형 화재 감지기']);
    expect(names(await search('minPrice=200000&maxPrice=500000&sort=priceAsc'))).toEqual(['침수 감지 센서', '지능형 화재 감지기', '미세먼지 측정 센서']);
    expect(names(await search(`${q('센서')}&region=${encodeURIComponent('서울특별시')}`))).toEqual(['미세먼지 측정 센서']);
  });

  it('sorts by newest and by price both ways', async () => {
    expect(names(await search('sort=newest'))).toEqual(SEEDS.map((s) => s!.nameKo));
    const ascending = (await search('sort=priceAsc')).items.map((p) => p.askingPrice);
    expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
    const descending = (await search('sort=priceDesc')).items.map((p) => p.askingPrice);
    expect(descending).toEqual([...ascending].reverse());
  });

  it('ranks names that contain the words above matches elsewhere', async () => {
    const results = names(await search(`${q('센서')}&sort=relevance`));
    expect(results.every((n) => n.includes('센서'))).toBe(true);
    const purifier = names(await search(`${q('공기청정기')}&sort=relevance`));
    expect(purifier[0]).toBe('스마트공기청정기');
  });

  it('reads the same page whichever plan it takes: every match, or a walk in the requested order', async () => {
    const searches: CatalogSearch[] = [];
    for (const sort of Object.values(CatalogSort)) {
      for (const [words, tags, minPrice, maxPrice, region] of [
        [['센서'], [], undefined, undefined],
        [['감지'], ['region:서울특별시'], undefined, undefined, '서울특별시'],
        [[], ['region:부산광역시'], undefined, undefined, '부산광역시'],
        [[], [], 100_000, 1_000_000],
        [['sensor', 'fine'], [], undefined, undefined],
        // Whole words of a name, a part of a compound, spacing
        [['감지기'], [], undefined, undefined],
        [['화재감지기'], [], undefined, undefined],
        [['공기', '청정'], [], undefined, undefined],
        [[], ['cert:kc'], undefined, undefined],
        // Words in no name, only in the description and the company's name
        [['실증'], [], undefined, undefined],
        [['테스트제조'], ['kind:TYPE2'], undefined, undefined],
        // In one name, and in a newer product's description
        [['필터'], [], undefined, undefined],
      ] as [string[], string[], number | undefined, number | undefined, string?][]) {
        const terms = searchTermsOf(words.join(' '));
        for (const [limit, offset] of [[2, 0], [2, 2], [20, 0]]) searches.push({ terms, tags, region, minPrice, maxPrice, sort, limit, offset });
      }
    }
    // One connection: the page's transaction and its plan settings must hold for its query.
    const runner = t.dataSource.createQueryRunner();
    const query = (text: string, values?: unknown[]) => runner.query(text, values);
    try {
      for (const catalogSearch of searches) {
        const facets = catalogFacetsSql(catalogSearch);
        const counts = { ...countsOfFacetRows(await query(facets.text, facets.values)), listed: SEEDS.length };
        const all = (await readCatalogPage(query, catalogSearch, counts, 'all')).map((row) => row.id);
        // Walking, with the name matches walked or read through the index first.
        for (const byIndex of [false, true]) {
          const walked = (await readCatalogPage(query, catalogSearch, counts, 'walk', byIndex)).map((row) => row.id);
          expect({ catalogSearch, byIndex, ids: walked }).toEqual({ catalogSearch, byIndex, ids: all });
        }
        // Counted only up to a bound of 1 (as a broad search is), the page is still the same.
        const boundedFacets = catalogFacetsSql(catalogSearch, 1);
        const bounded = { ...countsOfFacetRows(await query(boundedFacets.text, boundedFacets.values), 1), listed: SEEDS.length };
        if (counts.matched > 0) expect(bounded).toMatchObject({ matched: 1, bounded: true });
        const boundedPage = (await readCatalogPage(query, catalogSearch, bounded)).map((row) => row.id);
        expect({ catalogSearch, bounded: true, ids: boundedPage }).toEqual({ catalogSearch, bounded: true, ids: all });
        // Estimated from a sample (every block, a bound of 1: broad), the page is still the same.
        const sample = catalogSampleSql(catalogSearch, 100);
        const estimate = estimateOfSampleRows(await query(sample.text, sample.values), SEEDS.length, 1);
        if (counts.matched > 0) {
          expect(estimate).toMatchObject({ matched: counts.matched, estimated: true, bounded: true, matchedInName: counts.matchedInName, matchedWhole: counts.matchedWhole });
          const estimatedPage = (await readCatalogPage(query, catalogSearch, { ...estimate!, listed: SEEDS.length })).map((row) => row.id);
          expect({ catalogSearch, estimated: true, ids: estimatedPage }).toEqual({ catalogSearch, estimated: true, ids: all });
        } else expect(estimate).toBeUndefined();
      }
    } finally {
      await runner.release();
    }
  });

  it('counts names in the same scan; bounded, a count that saw no name match reads the names through the index', async () => {
    const runner = t.dataSource.createQueryRunner();
    const query = (text: string, values?: unknown[]) => runner.query(text, values);
    try {
      const catalogSearch: CatalogSearch = { terms: searchTermsOf('필터'), tags: [], sort: CatalogSort.RELEVANCE, limit: 1, offset: 0 };
      const exact = catalogFacetsSql(catalogSearch);
      expect(countsOfFacetRows(await query(exact.text, exact.values))).toMatchObject({ matched: 2, matchedInName: 1, matchedWhole: 1, bounded: false, namesUncertain: false });
      // The first match in table order is the newer product, 필터 in its description only.
      const boundedSql = catalogFacetsSql(catalogSearch, 1);
      const bounded = { ...countsOfFacetRows(await query(boundedSql.text, boundedSql.values), 1), listed: SEEDS.length };
      expect(bounded).toMatchObject({ matched: 1, bounded: true, matchedInName: 0, namesUncertain: true });
      const page = async (counts: typeof bounded) => names({ items: (await readCatalogPage(query, catalogSearch, counts)).map(toSummaryFromRow) } as CatalogPage);
      expect(await page(bounded)).toEqual(['휴대용 공기청정 필터']);
      // Taken for "no name matches", the walk would skip the name rank and rank the description first.
      expect(await page({ ...bounded, namesUncertain: false })).toEqual(['스마트공기청정기']);
    } finally {
      await runner.release();
    }
  });

  it('counts facets over exactly the results', async () => {
    const page = await search(`${q('센서')}&pageSize=1`);
    expect(page.total).toBe(2);
    expect(page.totalIsCapped).toBe(false);
    expect(page.facets.kind).toEqual([{ value: 'TYPE1', count: 2 }]);
    expect(page.facets.category.sort((a, b) => a.value.localeCompare(b.value))).toEqual([
      { value: 'DIS', count: 1 },
      { value: 'ENV', count: 1 },
    ]);
    expect(page.facets.region.reduce((sum, f) => sum + f.count, 0)).toBe(2);
    const all = await search('pageSize=100');
    expect(all.facets.region).toContainEqual({ value: '서울특별시', count: 3 });
  });

  it('pages stably: the pages together are the whole result, once each', async () => {
    const whole = (await search('sort=priceAsc&pageSize=100')).items.map((p) => p.id);
    const paged: string[] = [];
    for (let page = 1; page <= 3; page++) paged.push(...(await search(`sort=priceAsc&pageSize=3&page=${page}`)).items.map((p) => p.id));
    expect(paged).toEqual(whole);
    expect(new Set(paged).size).toBe(SEEDS.length);
  });

  it('shows each result with the fields the catalogue card needs', async () => {
    const [item] = (await search(q('가로등'))).items;
    expect(item).toMatchObject({
      id: ids.get('태양광 가로등'),
      kind: 'TYPE1',
      status: 'DESIGNATED',
      nameEn: 'Solar streetlight',
      companyName: '(주)테스트제조',
      categoryCode: 'ENE-01-01',
      askingPrice: 2_900_000,
      designatingBody: '산업통상자원부',
      imageUrl: null,
    });
    expect(item.goodsId).toMatch(/^\d{8}$/);
    expect(item.validUntil).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('documents every query parameter in OpenAPI', async () => {
    const document = (await t.http().get('/api/docs-json').expect(200)).body;
    const names = document.paths['/api/v1/products'].get.parameters.map((p: { name: string; in: string }) => `${p.in}:${p.name}`);
    expect(names.sort()).toEqual(
      ['q', 'kind', 'category', 'certification', 'designatingBody', 'region', 'minPrice', 'maxPrice', 'sort', 'page', 'pageSize'].map((n) => `query:${n}`).sort(),
    );
  });

  it('refuses unknown fields and repeated or malformed values, naming each field', async () => {
    const page = await search('colour=red&page=0&pageSize=abc&sort=cheapest&kind=TYPE3&minPrice=1.5&region=a&region=b', 400);
    expect(Object.keys(page.details).sort()).toEqual(['colour', 'kind', 'minPrice', 'page', 'pageSize', 'region', 'sort']);
    expect(page.details.colour).toEqual(['colour is not an accepted field']);
    expect(page.details.page).toEqual(['page must be a whole number from 1 to 1000000']);
    expect(page.detailCodes.page).toEqual([{ code: 'FIELD_OUT_OF_RANGE', params: { min: 1, max: 1_000_000 } }]);
    expect(page.detailCodes.pageSize).toEqual([{ code: 'FIELD_OUT_OF_RANGE', params: { min: 1, max: 100 } }]);
  });

  it('refuses an unknown category, a reversed price range and a page beyond range with 400', async () => {
    expect((await search('category=XYZ', 400)).details).toEqual({ category: ['category XYZ is not a catalogue category'] });
    expect((await search('minPrice=10&maxPrice=5', 400)).detailCodes).toEqual({ maxPrice: [{ code: 'PRICE_RANGE_INVERTED' }] });
    expect((await search('page=5&pageSize=10', 400)).details.page[0]).toMatch(/beyond the last page \(1\)/);
    expect((await search('page=11&pageSize=100', 400)).details.page[0]).toMatch(/first 1000 results/);
    expect((await search('sort=cheapest', 400)).details).toHaveProperty('sort');
    expect((await search('minPrice=-1', 400)).details).toHaveProperty('minPrice');
  });
});

describe('catalogue search past a thousand matches', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    const template = await makeDesignatedProduct(t, { nameKo: '대량 시험 제품', nameEn: 'Bulk test product' });
    // Copies of one designated product, written as a bulk load would (each with its own certificate).
    await t.dataSource.query(
      `INSERT INTO products (goods_id, company_id, company_name, kind, status, name_ko, name_en, model_name, description, category_code, category_path,
         goods_class_no, detail_item_no, trading_unit, asking_price, certifications, patents, trl, region, designating_body, certificate_number,
         designated_on, valid_until, filter_tags)
       SELECT lpad(nextval('product_goods_id_seq')::text, 8, '0'), company_id, company_name, kind, status, name_ko || ' ' || g, name_en, model_name, description,
         category_code, category_path, goods_class_no, detail_item_no, trading_unit, asking_price + g, certifications, patents, trl, region, designating_body,
         certificate_number || '-' || g, designated_on, valid_until, filter_tags
       FROM products, generate_series(1, 1200) g WHERE id = $1`,
      [template.id],
    );
  });
  afterAll(() => t.close());

  it('caps the total at 1,000 and says so; facets still count every match', async () => {
    const page = (await t.http().get(`/api/v1/products?q=${encodeURIComponent('대량 시험')}`).expect(200)).body as CatalogPage;
    // A catalogue this small is always counted, never sampled.
    expect(page).toMatchObject({ total: 1000, totalIsCapped: true, pageSize: 20, totalIsEstimate: false, estimatedTotal: null, facetsAreEstimates: false });
    expect(page.items).toHaveLength(20);
    expect(page.facets.kind).toEqual([{ value: 'TYPE1', count: 1201 }]);
    const last = (await t.http().get(`/api/v1/products?q=${encodeURIComponent('대량')}&page=50&pageSize=20&sort=priceAsc`).expect(200)).body as CatalogPage;
    expect(last.items).toHaveLength(20);
  });

  describe('estimated from a repeatable sample when broad (bound 100, a sample of ~120 rows: 10 % of the blocks)', () => {
    const database = (): CatalogDatabase => ({
      query: (text, values) => t.dataSource.query(text, values),
      withConnection: async (work) => {
        const runner = t.dataSource.createQueryRunner();
        try {
          return await work((text, values) => runner.query(text, values));
        } finally {
          await runner.release();
        }
      },
    });
    const options = { bound: 100, sampleRows: 120 };
    const searchOf = (q: string) => catalogSearchOf({ q, sort: CatalogSort.RELEVANCE, pageSize: 20, offset: 0 });

    it('estimates a broad search, says so, and gives the same figures on every refresh and every replica', async () => {
      const broad = searchOf('대량');
      const first = await new CatalogReader(database(), options).read(broad);
      expect(first).toMatchObject({ estimated: true, bounded: true });
      // About the 1,201 matches, to two significant figures, as the sample's blocks allow.
      expect(first.matched).toBeGreaterThanOrEqual(600);
      expect(first.matched).toBeLessThanOrEqual(2_400);
      expect(first.matched % 10).toBe(0);
      expect(first.facets.kind).toEqual([{ value: 'TYPE1', count: first.matched }]);
      // A fresh reader (another process, or the same one after its counts expired) samples the same blocks.
      const again = await new CatalogReader(database(), options).read(broad);
      expect({ matched: again.matched, facets: again.facets }).toEqual({ matched: first.matched, facets: first.facets });
      // The page is the one an exact count gives.
      const counted = await new CatalogReader(database()).read(broad);
      expect(counted.estimated).toBe(false);
      expect(first.items.map((p) => p.id)).toEqual(counted.items.map((p) => p.id));
      expect(catalogTotals(first.matched, first.bounded, first.estimated)).toEqual({
        total: 1000,
        totalIsCapped: true,
        facetsAreLowerBounds: false,
        totalIsEstimate: true,
        estimatedTotal: first.matched,
        facetsAreEstimates: true,
      });
    });

    it('counts a narrow search exactly', async () => {
      const narrow = await new CatalogReader(database(), options).read(searchOf('대량 시험 제품 1200'));
      expect(narrow).toMatchObject({ matched: 1, estimated: false, bounded: false });
      expect(narrow.items.map((p) => p.nameKo)).toEqual(['대량 시험 제품 1200']);
      expect(catalogTotals(narrow.matched, narrow.bounded, narrow.estimated)).toMatchObject({ total: 1, totalIsEstimate: false, estimatedTotal: null, facetsAreEstimates: false });
    });
  });
});
