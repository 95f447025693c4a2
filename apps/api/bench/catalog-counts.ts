import 'reflect-metadata';
import { existsSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Client } from 'pg';
import { parseCatalogQuery } from '../src/products/catalogue-query';
import { catalogFacetsSql, catalogSampleSql, catalogSearchOf, COUNT_BOUND, countsOfFacetRows, estimateOfSampleRows, FACET_SETTINGS, samplePercent, type CatalogSearch } from '../src/products/catalogue-search';
import { migrate } from '../src/database/data-source';
import { startEmbeddedPostgres } from '../src/database/embedded-postgres';
import { seedCatalogue } from './catalog-data';
import { longTailQueries } from './catalog-long-tail';
import { paramsOf, TERM_MIX } from './catalog-terms';

/**
 * The cold counts alone, cheaper than the whole benchmark: `node -r ./apps/api/register.cjs
 * apps/api/bench/catalog-counts.ts --dir DIR --products N [--out file.json]`. Seeds N products into
 * an embedded cluster kept in DIR (once: a later run reuses it, so two versions of the counting are
 * measured on the same rows), then EXPLAIN ANALYZEs, for each query the benchmark checks (the 36
 * of catalog-terms.ts and every 12th of the long tail), the SQL that counting a search runs when
 * its counts are not cached, twice, and reports the second run's execution time.
 * `--mode exact` explains only the bounded count (no sample), `--work-mem 4MB` overrides the
 * counting transaction's work_mem: each change measured apart.
 */

const args = new Map<string, string>();
for (let i = 2; i < process.argv.length; i += 2) args.set(process.argv[i]!.replace(/^--/, ''), process.argv[i + 1]!);
const dir = resolve(args.get('dir') ?? '/tmp/catalog-counts');
const products = Number(args.get('products') ?? 200_000);
const log = (line: string) => console.log(`[counts] ${line}`);

const LONG_TAIL = longTailQueries();
const CHECKED = [...TERM_MIX, ...LONG_TAIL.slice(TERM_MIX.length).filter((_, i) => i % 12 === 0)];

type Rows = { facet: string; value: string; count: number }[];

/** The statements CatalogReader runs to count a search (in its counting transaction), and whether it ends with an estimate. */
async function countingStatements(client: Client, search: CatalogSearch, listed: number): Promise<{ statements: { text: string; values: unknown[] }[]; estimate: boolean }> {
  const exact = catalogFacetsSql(search, COUNT_BOUND);
  const percent = samplePercent(search, listed);
  if (args.get('mode') === 'exact' || percent === undefined) return { statements: [exact], estimate: false };
  const sample = catalogSampleSql(search, percent);
  const estimate = estimateOfSampleRows((await client.query(sample.text, sample.values)).rows as Rows, listed, COUNT_BOUND);
  return { statements: estimate ? [sample] : [sample, exact], estimate: !!estimate };
}

async function explainMs(client: Client, sql: { text: string; values: unknown[] }): Promise<number> {
  let plan = '';
  for (let run = 0; run < 2; run++) {
    const { rows } = await client.query<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE, BUFFERS) ${sql.text}`, sql.values);
    plan = rows.map((r) => r['QUERY PLAN']).join('\n');
  }
  return Number(/Execution Time: ([\d.]+) ms/.exec(plan)?.[1]);
}

async function main(): Promise<void> {
  const fresh = !existsSync(resolve(dir, 'PG_VERSION'));
  const database = await startEmbeddedPostgres(dir, Number(args.get('port') ?? 54_987), log, { shared_buffers: '1GB' });
  try {
    await migrate(database.ownerUrl);
    if (fresh) {
      const seeded = await seedCatalogue(database.ownerUrl, products, 50_000, log);
      log(`seeded ${seeded.products} products in ${seeded.insertSeconds.toFixed(0)} s`);
    }
    const client = new Client({ connectionString: database.ownerUrl });
    await client.connect();
    try {
      const results: { query: string; matched: number; estimate: boolean; ms: number }[] = [];
      const everythingSearch = catalogSearchOf(parseCatalogQuery({}));
      const everything = catalogFacetsSql(everythingSearch);
      const listed = countsOfFacetRows((await client.query(everything.text, everything.values)).rows).matched;
      const settings = args.get('work-mem') ? `${FACET_SETTINGS}; SET LOCAL work_mem = '${args.get('work-mem')}'` : FACET_SETTINGS;
      log(`${listed} listed; sample ${samplePercent(everythingSearch, listed)?.toFixed(2) ?? 'none'} %; ${settings}`);
      for (const query of CHECKED) {
        let search = catalogSearchOf(parseCatalogQuery(paramsOf(query)));
        await client.query(`BEGIN; ${settings}`);
        try {
          const first = catalogFacetsSql(search, COUNT_BOUND);
          let counted = countsOfFacetRows((await client.query(first.text, first.values)).rows, COUNT_BOUND);
          if (counted.matched === 0 && search.typoTolerant) {
            search = search.typoTolerant;
            const retry = catalogFacetsSql(search, COUNT_BOUND);
            counted = countsOfFacetRows((await client.query(retry.text, retry.values)).rows, COUNT_BOUND);
          }
          const { statements, estimate } = await countingStatements(client, search, listed);
          let ms = 0;
          for (const statement of statements) ms += await explainMs(client, statement);
          if (estimate) {
            const sample = catalogSampleSql(search, samplePercent(search, listed)!);
            counted = estimateOfSampleRows((await client.query(sample.text, sample.values)).rows as Rows, listed, COUNT_BOUND)!;
          }
          results.push({ query, matched: counted.matched, estimate, ms });
        } finally {
          await client.query('COMMIT');
        }
      }
      const times = results.map((r) => r.ms).sort((a, b) => a - b);
      const at = (p: number) => times[Math.min(times.length - 1, Math.ceil(p * times.length) - 1)]!;
      for (const r of results.slice(0, TERM_MIX.length + 1)) log(`${r.query.padEnd(40)} ${String(r.matched).padStart(7)}${r.estimate ? '~' : ' '} ${r.ms.toFixed(1)} ms`);
      log(`${results.length} queries: facet SQL median ${at(0.5).toFixed(1)} ms, p90 ${at(0.9).toFixed(1)} ms, max ${times.at(-1)!.toFixed(1)} ms`);
      if (args.get('out')) writeFileSync(args.get('out')!, JSON.stringify(results, null, 1));
    } finally {
      await client.end();
    }
  } finally {
    await database.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
