import { CATALOG_RESULT_CAP, type CatalogPage, type FacetCount, type ProductSummary } from '@inno/contracts';
import Fastify from 'fastify';
import { Pool } from 'pg';
import { catalogFacetsSql, catalogSearchSql, type CatalogSearch } from '../src/products/catalogue-search';
import { BadCatalogQuery, catalogSearchOf, parseCatalogQuery } from './catalog-query';
import { catalogPageSql, pageStrategy, planSettings } from './proposed-catalogue-search';

/**
 * The benchmark's baseline: Fastify and a pg.Pool doing exactly what CatalogueService.search does
 * (same SQL from catalogSearchSql and catalogFacetsSql, facets cached 30 s under the same key, the
 * category checked against an in-memory copy of the table, rows mapped as toSummaryFromRow maps
 * them), with no Nest, no TypeORM, no global hooks. Run as a child process:
 *   DATABASE_URL=… PORT=… DB_POOL_SIZE=… node -r ./apps/api/register.cjs apps/api/bench/bare-server.ts
 * With PROPOSED=1 it runs docs/performance.md's proposal instead (proposed-catalogue-search.ts, and
 * facets served stale while one refresh runs): to measure what the proposal would give.
 */

const PROPOSED = process.env.PROPOSED === '1';
// The API's 30 s; the proposal may be measured with another (PROPOSED_FACET_TTL_MS).
const FACET_TTL_MS = PROPOSED && process.env.PROPOSED_FACET_TTL_MS ? Number(process.env.PROPOSED_FACET_TTL_MS) : 30_000;
const FACET_STALE_MS = Math.max(10 * 60_000, 2 * FACET_TTL_MS);
const FACET_CACHE_MAX = 1_000;
type Facets = CatalogPage['facets'];

const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.DB_POOL_SIZE ?? 2) });
const facetCache = new Map<string, { at: number; facets: Facets }>();
const refreshing = new Set<string>();
let refreshes: Promise<unknown> = Promise.resolve();
let categories: Promise<Set<string>> | undefined;

const categoryExists = async (code: string) => {
  categories ??= pool.query<{ code: string }>('SELECT code FROM categories').then((r) => new Set(r.rows.map((c) => c.code)));
  return (await categories).has(code);
};

/** A copy of product.view.ts's toSummaryFromRow (importing it would load Nest and TypeORM). */
function toSummaryFromRow(row: Record<string, unknown>): ProductSummary {
  const date = (v: unknown) => (v === null || v === undefined ? null : v instanceof Date ? v.toISOString().slice(0, 10) : String(v));
  return {
    id: String(row.id),
    goodsId: String(row.goods_id),
    kind: row.kind as ProductSummary['kind'],
    status: row.status as ProductSummary['status'],
    nameKo: String(row.name_ko),
    nameEn: String(row.name_en),
    modelName: String(row.model_name),
    companyName: String(row.company_name),
    categoryCode: String(row.category_code),
    region: String(row.region),
    askingPrice: Number(row.asking_price),
    imageUrl: row.image_id ? `/api/v1/files/${row.image_id}` : null,
    designatingBody: (row.designating_body as string | null) ?? null,
    designatedOn: date(row.designated_on),
    validUntil: date(row.valid_until),
  };
}

async function facetsOf(search: CatalogSearch): Promise<Facets> {
  const key = JSON.stringify([search.terms, [...search.tags].sort(), search.minPrice, search.maxPrice]);
  const cached = facetCache.get(key);
  if (cached && Date.now() - cached.at < FACET_TTL_MS) return cached.facets;
  if (PROPOSED && cached && Date.now() - cached.at < FACET_STALE_MS) {
    // Stale while revalidating, one refresh at a time: the other pool connection stays free for pages.
    if (!refreshing.has(key)) {
      refreshing.add(key);
      refreshes = refreshes
        .then(() => countFacets(key, search))
        .catch(() => undefined)
        .finally(() => refreshing.delete(key));
    }
    return cached.facets;
  }
  return countFacets(key, search);
}

async function countFacets(key: string, search: CatalogSearch): Promise<Facets> {
  const { text, values } = catalogFacetsSql(search);
  const { rows } = await pool.query<{ facet: keyof Facets; value: string; count: number }>(text, values);
  const facets: Facets = { kind: [], category: [], region: [] };
  for (const row of rows) facets[row.facet].push({ value: row.value, count: row.count });
  const byCount = (a: FacetCount, b: FacetCount) => b.count - a.count || a.value.localeCompare(b.value);
  facets.kind.sort(byCount);
  facets.category.sort(byCount);
  facets.region.sort(byCount);
  if (facetCache.size >= FACET_CACHE_MAX) facetCache.delete(facetCache.keys().next().value!);
  facetCache.set(key, { at: Date.now(), facets });
  return facets;
}

const matchesOf = (facets: Facets) => facets.kind.reduce((sum, k) => sum + k.count, 0);
const EVERYTHING: CatalogSearch = { terms: [], tags: [], sort: 'newest', limit: 1, offset: 0 };

/** The proposal: the facet counts give the number of matches, which picks the page's plan. */
async function proposedSearch(params: Record<string, string | undefined>): Promise<CatalogPage> {
  const query = parseCatalogQuery(params);
  if (query.category && !(await categoryExists(query.category))) throw new BadCatalogQuery(`category ${query.category} is not a catalogue category`);
  const catalogSearch = catalogSearchOf(query);
  const [facets, everything] = await Promise.all([facetsOf(catalogSearch), facetsOf(EVERYTHING)]);
  const matched = matchesOf(facets);
  const strategy = pageStrategy(catalogSearch, matched, matchesOf(everything));
  const { text, values } = catalogPageSql(catalogSearch, strategy);
  let rows: Record<string, unknown>[] = [];
  if (matched > query.offset) {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      for (const setting of planSettings(strategy)) await client.query(setting);
      rows = (await client.query(text, values)).rows;
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }
  const items = rows.map(toSummaryFromRow);
  if (items.length === 0 && query.page > 1 && matched <= query.offset) throw new BadCatalogQuery(`page ${query.page} is beyond the last page`);
  return { items, total: Math.min(matched, CATALOG_RESULT_CAP), totalIsCapped: matched > CATALOG_RESULT_CAP, page: query.page, pageSize: query.pageSize, facets };
}

async function search(params: Record<string, string | undefined>): Promise<CatalogPage> {
  if (PROPOSED) return proposedSearch(params);
  const query = parseCatalogQuery(params);
  if (query.category && !(await categoryExists(query.category))) throw new BadCatalogQuery(`category ${query.category} is not a catalogue category`);
  const catalogSearch = catalogSearchOf(query);
  const { text, values } = catalogSearchSql(catalogSearch);
  const [result, facets] = await Promise.all([pool.query(text, values), facetsOf(catalogSearch)]);
  const rows = result.rows;
  const matched: number = rows[0].total;
  const items = rows.filter((row: { id: string | null }) => row.id !== null).map(toSummaryFromRow);
  if (items.length === 0 && query.page > 1 && matched <= query.offset) throw new BadCatalogQuery(`page ${query.page} is beyond the last page`);
  return {
    items,
    total: Math.min(matched, CATALOG_RESULT_CAP),
    totalIsCapped: matched > CATALOG_RESULT_CAP,
    page: query.page,
    pageSize: query.pageSize,
    facets,
  };
}

const app = Fastify({ logger: false });
app.get('/health', async () => ({ status: 'ok' }));
app.get('/search', async (request, reply) => {
  try {
    return await search(request.query as Record<string, string | undefined>);
  } catch (error) {
    if (error instanceof BadCatalogQuery) return reply.code(400).send({ statusCode: 400, error: 'Bad Request', message: error.message });
    throw error;
  }
});

const stop = () => void app.close().then(() => pool.end()).finally(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);

app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' }).catch((error) => {
  console.error(error);
  process.exit(1);
});
