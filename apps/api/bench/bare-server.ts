import type { CatalogPage } from '@inno/contracts';
import Fastify from 'fastify';
import { Pool } from 'pg';
import { CatalogReader, catalogTotals } from '../src/products/catalogue-reader';
import { CatalogQueryError, parseCatalogQuery } from '../src/products/catalogue-query';

/**
 * The benchmark's baseline: Fastify and a pg.Pool doing what CatalogueService.search does (the same
 * query parser and CatalogReader: same SQL, same facet cache; the category checked against an
 * in-memory copy of the table), with no Nest, no TypeORM, no global hooks. Run as a child process:
 *   DATABASE_URL=… PORT=… DB_POOL_SIZE=… node -r ./apps/api/register.cjs apps/api/bench/bare-server.ts
 */

const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.DB_POOL_SIZE ?? 2) });
const reader = new CatalogReader({
  query: (text, values) => pool.query(text, values).then((r) => r.rows),
  withConnection: async (work) => {
    const client = await pool.connect();
    try {
      return await work((text, values) => client.query(text, values).then((r) => r.rows));
    } finally {
      client.release();
    }
  },
});
let categories: Promise<Set<string>> | undefined;

const categoryExists = async (code: string) => {
  categories ??= pool.query<{ code: string }>('SELECT code FROM categories').then((r) => new Set(r.rows.map((c) => c.code)));
  return (await categories).has(code);
};

async function search(params: Record<string, string | undefined>): Promise<CatalogPage> {
  const query = parseCatalogQuery(params);
  if (query.category && !(await categoryExists(query.category))) throw new CatalogQueryError({ category: [`category ${query.category} is not a catalogue category`] });
  const { items, matched, bounded, estimated, facets } = await reader.read(await reader.searchOf(query));
  if (query.page > 1 && matched <= query.offset) throw new CatalogQueryError({ page: [`page ${query.page} is beyond the last page`] });
  return { items, ...catalogTotals(matched, bounded, estimated), page: query.page, pageSize: query.pageSize, facets };
}

const app = Fastify({ logger: false });
app.get('/health', async () => ({ status: 'ok' }));
app.get('/search', async (request, reply) => {
  try {
    return await search(request.query as Record<string, string | undefined>);
  } catch (error) {
    if (error instanceof CatalogQueryError) return reply.code(400).send({ statusCode: 400, error: 'Bad Request', message: error.message, details: error.details });
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
