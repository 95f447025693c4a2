import { cpus } from 'node:os';
import { withCheckDigit } from '@inno/contracts';
import { Client } from 'pg';
import { filterTagsOf } from '../src/products/catalogue-search';

/**
 * Synthetic catalogue data for the search benchmark, generated in SQL (generate_series) from the
 * word lists below. Deterministic: row g draws every choice from hashint8extended(g, seed), so two
 * runs of the same size hold the same rows (goods ids and uuids aside).
 */

/** Product nouns, each with the category it usually belongs to and a model-name prefix. Most common first. */
export const STEMS: [ko: string, en: string, category: string, model: string][] = [
  ['공기청정기', 'air purifier', 'ENV-01-01', 'AP'],
  ['센서', 'sensor', 'ICT-02-01', 'SN'],
  ['드론', 'drone', 'ICT-05-01', 'DR'],
  ['모니터링 시스템', 'monitoring system', 'ICT-04', 'MS'],
  ['미세먼지 측정기', 'fine dust monitor', 'ENV-01-02', 'FD'],
  ['태양광 가로등', 'solar street light', 'ENE-01-01', 'SL'],
  ['CCTV', 'CCTV camera', 'SAF-03-01', 'CC'],
  ['로봇', 'robot', 'ICT-05-02', 'RB'],
  ['정수기', 'water purifier', 'ENV-02-01', 'WP'],
  ['배터리', 'battery', 'ENE-03', 'BT'],
  ['화재 감지기', 'fire detector', 'SAF-04-02', 'FR'],
  ['소화기', 'fire extinguisher', 'SAF-04-01', 'FE'],
  ['가스 감지기', 'gas detector', 'SAF-02-02', 'GD'],
  ['의자', 'chair', 'ADM-01', 'CH'],
  ['LED 가로등', 'LED street light', 'ENE-02-01', 'LD'],
  ['전기차 충전기', 'EV charger', 'TRN-03-01', 'EV'],
  ['교통 신호 제어기', 'traffic signal controller', 'TRN-01-01', 'TS'],
  ['보행 안전 신호등', 'pedestrian safety light', 'SAF-01-02', 'PL'],
  ['침수 감지 센서', 'flood sensor', 'DIS-01-01', 'FL'],
  ['안전모', 'safety helmet', 'SAF-02-01', 'SH'],
  ['살균기', 'sterilizer', 'MED-02-01', 'ST'],
  ['돌봄 로봇', 'care robot', 'MED-03-01', 'CR'],
  ['체외진단 키트', 'diagnostic kit', 'MED-01-01', 'DK'],
  ['연료전지', 'fuel cell', 'ENE-01-02', 'FC'],
  ['에너지 관리 시스템', 'energy management system', 'ENE-02-02', 'EM'],
  ['영상 분석 서버', 'video analytics server', 'ICT-01-01', 'VA'],
  ['재활용 선별기', 'recycling sorter', 'ENV-03-01', 'RS'],
  ['방음벽', 'noise barrier', 'ENV-04', 'NB'],
  ['구조물 안전진단 센서', 'structural monitoring sensor', 'CON-02-01', 'SM'],
  ['스마트팜 제어기', 'smart farm controller', 'AGR-01', 'SF'],
  ['인명구조 장비', 'rescue equipment', 'DIS-03-01', 'RE'],
  ['전자칠판', 'interactive whiteboard', 'ADM-03', 'IW'],
  ['감시 장비', 'surveillance equipment', 'DEF-01', 'SV'],
  ['철도 안전 감지기', 'rail safety detector', 'TRN-02-01', 'RD'],
];

export const PREFIXES: [ko: string, en: string][] = [
  ['스마트', 'smart'],
  ['지능형', 'intelligent'],
  ['친환경', 'eco-friendly'],
  ['휴대용', 'portable'],
  ['무인', 'unmanned'],
  ['자동', 'automatic'],
  ['고효율', 'high-efficiency'],
  ['저전력', 'low-power'],
  ['초소형', 'compact'],
  ['다기능', 'multi-function'],
  ['이동식', 'mobile'],
  ['실외형', 'outdoor'],
  ['산업용', 'industrial'],
  ['공공용', 'public'],
  ['AI', 'AI'],
  ['IoT', 'IoT'],
  ['원격', 'remote'],
  ['안전', 'safe'],
  ['무선', 'wireless'],
  ['태양광', 'solar'],
];

const SUFFIXES: [ko: string, en: string][] = [
  ['', ''],
  ['', ''],
  ['', ''],
  [' 플러스', ' Plus'],
  [' 프로', ' Pro'],
  [' 2.0', ' 2.0'],
  [' 네오', ' Neo'],
  [' 에스', ' S'],
];

export const FEATURES: [ko: string, en: string][] = [
  ['실시간 모니터링', 'real-time monitoring'],
  ['원격 제어', 'remote control'],
  ['자동 감지', 'automatic detection'],
  ['에너지 절감', 'energy saving'],
  ['저소음 운전', 'low-noise operation'],
  ['방수 방진', 'water and dust resistance'],
  ['클라우드 연동', 'cloud connectivity'],
  ['데이터 분석', 'data analytics'],
  ['무선 통신', 'wireless communication'],
  ['미세먼지 저감', 'fine dust reduction'],
  ['화재 예방', 'fire prevention'],
  ['안전 관리', 'safety management'],
  ['친환경 소재', 'eco-friendly materials'],
  ['태양광 충전', 'solar charging'],
  ['자율 주행', 'autonomous navigation'],
  ['음성 안내', 'voice guidance'],
  ['영상 인식', 'image recognition'],
  ['위치 추적', 'location tracking'],
  ['고장 진단', 'fault diagnosis'],
  ['배터리 장시간 사용', 'long battery life'],
  ['스마트폰 앱 연동', 'smartphone app control'],
  ['센서 융합', 'sensor fusion'],
];

export const PLACES = ['학교', '공원', '도로', '지하철역', '병원', '청사', '산업단지', '하천', '항만', '농가', '터널', '물류센터'];

/** A word of one feature (so in many descriptions) that is in one name in 20,000. */
export const RARE_IN_NAMES = '클라우드';

/** Appear in one row in 2,000: the benchmark's rare words. */
export const RARE_WORDS = ['양자암호', '초분광', 'hyperspectral', 'lidar', '수소드론', 'exoskeleton', '외골격'];

export const REGIONS = [
  '서울특별시', '부산광역시', '대구광역시', '인천광역시', '광주광역시', '대전광역시', '울산광역시', '세종특별자치시', '경기도',
  '강원특별자치도', '충청북도', '충청남도', '전북특별자치도', '전라남도', '경상북도', '경상남도', '제주특별자치도',
];

/** Each certification with the share of products holding it (as a condition on the row's hash). */
const CERTIFICATIONS: [name: string, condition: string][] = [
  ['GS', 'h_cert % 5 = 0'], // 20 %
  ['NEP', '(h_cert / 5) % 10 = 0'], // 10 %
  ['NET', '(h_cert / 50) % 10 = 0'], // 10 %
  ['KC', '(h_cert / 500) % 5 < 2'], // 40 %
  ['조달우수', '(h_cert / 2500) % 20 = 0'], // 5 %
  ['성능인증', '(h_cert / 50000) % 7 = 0'], // 14 %
];

const MINISTRIES = ['과학기술정보통신부', '산업통상자원부', '중소벤처기업부', '국토교통부', '환경부', '보건복지부', '행정안전부', '농림축산식품부', '해양수산부', '방위사업청'];

const COMPANY_STEMS = ['한빛', '세이프', '그린', '스마트', '미래', '대한', '누리', '하이', '에코', '나라', '바른', '새한', '우리', '큰별', '블루', '에이스', '퓨처', '코리아', '온누리', '제일'];
const COMPANY_ENDS = ['테크', '솔루션', '시스템', '에너지', '로보틱스', '이노베이션', '랩', '산업', '전자', '엔지니어링', '메디칼', '에어', '드론', '센싱', '모빌리티'];

export const COMPANY_COUNT = 300;

/** The companies products are spread over: valid business numbers, names from the lists above. */
export async function seedCompanies(client: Client): Promise<void> {
  const names: string[] = [];
  const numbers: string[] = [];
  const regions: string[] = [];
  for (let i = 0; i < COMPANY_COUNT; i++) {
    const base = `${COMPANY_STEMS[i % COMPANY_STEMS.length]}${COMPANY_ENDS[Math.floor(i / COMPANY_STEMS.length) % COMPANY_ENDS.length]}`;
    names.push(i % 3 === 0 ? `(주)${base}` : i % 3 === 1 ? `${base}(주)` : `주식회사 ${base}`);
    numbers.push(withCheckDigit(String(210_000_000 + i * 7_919)));
    regions.push(REGIONS[(i * 7) % REGIONS.length]);
  }
  await client.query(
    `INSERT INTO companies (name, business_number, size, region, certifications)
     SELECT n, b, CASE WHEN o % 5 = 0 THEN 'MID' ELSE 'SME' END, r, '{}'
     FROM unnest($1::text[], $2::text[], $3::text[]) WITH ORDINALITY AS c(n, b, r, o)`,
    [names, numbers, regions],
  );
}

/** Word lists and helper tables for the generator, as temporary tables of this session. */
export async function createGeneratorTables(client: Client): Promise<void> {
  const table = async (name: string, columns: string, rows: unknown[][]) => {
    const width = rows[0].length;
    const arrays = Array.from({ length: width }, (_, i) => rows.map((r) => r[i]));
    const casts = arrays.map((_, i) => `$${i + 1}::text[]`).join(', ');
    await client.query(`CREATE TEMP TABLE ${name} AS SELECT (o - 1)::int AS n, u.* FROM unnest(${casts}) WITH ORDINALITY AS u(${columns}, o)`, arrays);
    await client.query(`ALTER TABLE ${name} DROP COLUMN o`);
  };
  await table('bench_stems', 'ko, en, category, model', STEMS);
  await table('bench_prefixes', 'ko, en', PREFIXES);
  await table('bench_suffixes', 'ko, en', SUFFIXES);
  await table('bench_features', 'ko, en', FEATURES);
  await table('bench_places', 'ko', PLACES.map((p) => [p]));
  await table('bench_rare', 'word', RARE_WORDS.map((w) => [w]));
  await table('bench_regions', 'name', REGIONS.map((r) => [r]));
  await table('bench_ministries', 'name', MINISTRIES.map((m) => [m]));
  // Category paths (large → leaf) and their filter tags, from the categories table itself (n from 1).
  await client.query(`
    CREATE TEMP TABLE bench_category_paths AS
    WITH RECURSIVE t AS (
      SELECT code::text AS code, ARRAY[code::text] AS path, name_ko::text AS name_ko, name_en::text AS name_en, level FROM categories WHERE parent_code IS NULL
      UNION ALL
      SELECT c.code::text, t.path || c.code::text, c.name_ko::text, c.name_en::text, c.level FROM categories c JOIN t ON c.parent_code = t.code
    )
    SELECT row_number() OVER (ORDER BY code)::int AS n, code, path, name_ko, name_en, level FROM t`);
  const missing = await client.query(`SELECT category FROM bench_stems WHERE category NOT IN (SELECT code FROM bench_category_paths)`);
  if (missing.rowCount) throw new Error(`Stem categories not in the categories table: ${missing.rows.map((r) => r.category).join(', ')}`);
  await client.query(`CREATE TEMP TABLE bench_companies AS SELECT (row_number() OVER (ORDER BY business_number) - 1)::int AS n, id, name::text AS name, region::text AS region FROM companies`);
}

/**
 * Inserts products g = $1..$2. Distribution: 35 % TYPE1; 75 % DESIGNATED, 15 % EXTENDED, 3 % REVOKED,
 * 4 % EXPIRED, 3 % UNDESIGNATED; nouns skewed (the first ones are the most common); one product in five
 * filed under another middle or small category than its noun's; prices log-uniform over 100,000 to
 * 500,000,000 KRW; designated over the last three years. filter_tags is built the way filterTagsOf()
 * builds it; the trigger fills search_text. Every word list is one array (`w`, computed once), so each
 * row is a few array subscripts: no joins for the planner to misjudge.
 */
export function insertProductsSql(): string {
  const h = (seed: number) => `(hashint8extended(g, ${seed}) & 9223372036854775807)`;
  const list = (column: string, table: string, alias = column) => `(SELECT array_agg(${column} ORDER BY n) FROM ${table}) AS ${alias}`;
  /** 1-based index into array `arr` from hash `hash` (divided first by `div` to use other bits). */
  const pick = (arr: string, hash: string, div = 1) => `w.${arr}[1 + (${hash} / ${div} % cardinality(w.${arr}))::int]`;
  return `
WITH w AS MATERIALIZED (
  SELECT
    ${list('ko', 'bench_stems', 'stem_ko')}, ${list('en', 'bench_stems', 'stem_en')}, ${list('model', 'bench_stems', 'stem_model')},
    (SELECT array_agg(cp.n ORDER BY s.n) FROM bench_stems s JOIN bench_category_paths cp ON cp.code = s.category) AS stem_cat,
    (SELECT array_agg(n ORDER BY n) FROM bench_category_paths WHERE level >= 2) AS leaf_cat,
    ${list('code', 'bench_category_paths', 'cat_code')},
    ${list("array_to_string(path, ',')", 'bench_category_paths', 'cat_path')},
    ${list('name_ko', 'bench_category_paths', 'cat_ko')}, ${list('name_en', 'bench_category_paths', 'cat_en')},
    ${list('ko', 'bench_prefixes', 'prefix_ko')}, ${list('en', 'bench_prefixes', 'prefix_en')},
    ${list('ko', 'bench_suffixes', 'suffix_ko')}, ${list('en', 'bench_suffixes', 'suffix_en')},
    ${list('ko', 'bench_features', 'feature_ko')}, ${list('en', 'bench_features', 'feature_en')},
    ${list('ko', 'bench_places', 'place')}, ${list('word', 'bench_rare', 'rare')},
    ${list('name', 'bench_regions', 'region')}, ${list('name', 'bench_ministries', 'ministry')},
    ${list('id', 'bench_companies', 'company_id')}, ${list('name', 'bench_companies', 'company_name')}, ${list('region', 'bench_companies', 'company_region')}
), r AS MATERIALIZED (
  SELECT g,
    ${h(1)} AS h_stem, ${h(2)} AS h_prefix, ${h(3)} AS h_kind, ${h(4)} AS h_status, ${h(5)} AS h_cat,
    ${h(6)} AS h_company, ${h(7)} AS h_region, ${h(8)} AS h_cert, ${h(9)} AS h_price, ${h(10)} AS h_date,
    ${h(11)} AS h_feature, ${h(12)} AS h_misc, ${h(13)} AS h_rare
  FROM generate_series($1::bigint, $2::bigint) AS g
), c AS MATERIALIZED (
  SELECT r.*,
    1 + least(floor(power((h_stem % 1000003) / 1000003.0::float8, 1.6) * cardinality(w.stem_ko))::int, cardinality(w.stem_ko) - 1) AS i_stem,
    1 + (h_company % cardinality(w.company_id))::int AS i_company,
    CASE WHEN h_kind % 100 < 35 THEN 'TYPE1' ELSE 'TYPE2' END AS kind,
    CASE WHEN h_status % 100 < 75 THEN 'DESIGNATED' WHEN h_status % 100 < 90 THEN 'EXTENDED' WHEN h_status % 100 < 93 THEN 'REVOKED'
         WHEN h_status % 100 < 97 THEN 'EXPIRED' ELSE 'UNDESIGNATED' END AS status,
    array_remove(ARRAY[${CERTIFICATIONS.map(([name, condition]) => `CASE WHEN ${condition} THEN '${name}' END`).join(', ')}]::text[], NULL) AS certifications
  FROM r CROSS JOIN w
), p AS MATERIALIZED (
  SELECT c.g, c.kind, c.status, c.certifications, c.h_misc, c.h_price, c.h_date,
    CASE WHEN c.h_cat % 100 < 80 THEN w.stem_cat[c.i_stem] ELSE ${pick('leaf_cat', 'c.h_cat', 100)} END AS i_cat,
    w.stem_ko[c.i_stem] AS stem_ko, w.stem_en[c.i_stem] AS stem_en, w.stem_model[c.i_stem] AS model,
    ${pick('prefix_ko', 'c.h_prefix')} AS prefix_ko, ${pick('prefix_en', 'c.h_prefix')} AS prefix_en,
    ${pick('suffix_ko', 'c.h_prefix', 100)} AS suffix_ko, ${pick('suffix_en', 'c.h_prefix', 100)} AS suffix_en,
    ${pick('feature_ko', 'c.h_feature')} AS f1_ko, ${pick('feature_en', 'c.h_feature')} AS f1_en,
    ${pick('feature_ko', '(c.h_feature + 1 + c.h_feature / 100 % 20)')} AS f2_ko, ${pick('feature_en', '(c.h_feature + 1 + c.h_feature / 100 % 20)')} AS f2_en,
    ${pick('feature_ko', '(c.h_feature + 3 + c.h_feature / 10000 % 17)')} AS f3_ko, ${pick('feature_en', '(c.h_feature + 3 + c.h_feature / 10000 % 17)')} AS f3_en,
    ${pick('place', 'c.h_misc')} AS place,
    w.company_id[c.i_company] AS company_id, w.company_name[c.i_company] AS company_name,
    CASE WHEN c.h_region % 100 < 85 THEN w.company_region[c.i_company] ELSE ${pick('region', 'c.h_region', 100)} END AS region,
    CASE WHEN c.status = 'UNDESIGNATED' THEN NULL WHEN c.kind = 'TYPE2' THEN '조달청' ELSE ${pick('ministry', 'c.h_misc', 100)} END AS designating_body,
    CASE WHEN c.h_rare % 2000 = 0 THEN ' ' || ${pick('rare', 'c.h_rare', 2000)} ELSE '' END AS rare
  FROM c CROSS JOIN w
), named AS (
  SELECT p.*,
    w.cat_code[p.i_cat] AS category_code, string_to_array(w.cat_path[p.i_cat], ',') AS category_path,
    w.cat_ko[p.i_cat] AS category_ko, w.cat_en[p.i_cat] AS category_en,
    p.prefix_ko || CASE WHEN p.h_misc % 3 = 0 THEN '' ELSE ' ' END || p.stem_ko || p.suffix_ko
      -- The rare-word case: 클라우드 is in one name in 20,000 and in the descriptions of one product in 7 (a feature).
      || CASE WHEN p.h_misc % 20000 = 7 THEN ' ${RARE_IN_NAMES}' ELSE '' END AS name_ko,
    initcap(p.prefix_en || ' ' || p.stem_en) || p.suffix_en AS name_en,
    CASE WHEN p.status = 'UNDESIGNATED' THEN NULL ELSE current_date - (p.h_date % 1096)::int END AS designated_on
  FROM p CROSS JOIN w
)
INSERT INTO products (goods_id, company_id, company_name, kind, status, name_ko, name_en, model_name, description,
  category_code, category_path, goods_class_no, detail_item_no, trading_unit, asking_price, certifications, trl, region,
  designating_body, certificate_number, designation_number, designated_on, valid_until, extension_stage, filter_tags)
SELECT
  lpad(nextval('product_goods_id_seq')::text, 8, '0'),
  company_id, company_name, kind, status, name_ko, name_en,
  model || '-' || lpad((h_misc % 10000)::text, 4, '0') || substr('ABCDEFGHJK', 1 + (h_misc / 10000 % 10)::int, 1),
  format('%s은(는) %s, %s 및 %s 기능을 갖춘 %s 분야의 혁신제품으로 %s 등 공공 현장에서 활용됩니다. %s provides %s, %s and %s for %s.%s',
         name_ko, f1_ko, f2_ko, f3_ko, category_ko, place, name_en, f1_en, f2_en, f3_en, lower(category_en), rare),
  category_code, category_path,
  lpad((10000000 + h_misc % 90000000)::text, 8, '0'),
  lpad((10000000 + h_misc % 90000000)::text, 8, '0') || lpad((h_misc / 7 % 100)::text, 2, '0'),
  (ARRAY['대', '개', '식', '세트', 'EA'])[1 + (h_misc / 3 % 5)::int],
  (round(exp(ln(100000) + (h_price % 1000003) / 1000003.0::float8 * ln(5000)) / 1000) * 1000)::bigint,
  certifications,
  7 + (h_misc / 11 % 3)::int,
  region, designating_body,
  CASE WHEN designated_on IS NOT NULL AND kind = 'TYPE1' THEN 'RND-' || extract(year FROM designated_on) || '-' || lpad(g::text, 7, '0') END,
  CASE WHEN designated_on IS NOT NULL AND kind = 'TYPE2' THEN extract(year FROM designated_on) || '-' || lpad(g::text, 7, '0') END,
  designated_on,
  (designated_on + interval '3 years')::date,
  CASE WHEN status = 'EXTENDED' THEN 1 ELSE 0 END,
  ARRAY['kind:' || kind]
    || ARRAY(SELECT 'cat:' || x FROM unnest(category_path) WITH ORDINALITY AS u(x, o) ORDER BY o)
    || ARRAY(SELECT 'cert:' || lower(x) FROM unnest(certifications) WITH ORDINALITY AS u(x, o) ORDER BY o)
    || CASE WHEN designating_body IS NULL THEN '{}'::text[] ELSE ARRAY['body:' || designating_body] END
    || ARRAY['region:' || region]
FROM named`;
}

/** Compares filter_tags with filterTagsOf() on a sample of rows; throws on the first difference. */
export async function verifyFilterTags(client: Client, sample = 2_000): Promise<number> {
  const { rows } = await client.query(
    `SELECT id, kind, category_path, certifications, designating_body, region, filter_tags FROM products TABLESAMPLE SYSTEM (5) LIMIT $1`,
    [sample],
  );
  const fallback = rows.length ? rows : (await client.query(`SELECT id, kind, category_path, certifications, designating_body, region, filter_tags FROM products LIMIT $1`, [sample])).rows;
  for (const row of fallback) {
    const expected = filterTagsOf({ kind: row.kind, categoryPath: row.category_path, certifications: row.certifications, designatingBody: row.designating_body, region: row.region });
    if (JSON.stringify(expected) !== JSON.stringify(row.filter_tags)) {
      throw new Error(`filter_tags of product ${row.id} differ from filterTagsOf():\n  stored:   ${JSON.stringify(row.filter_tags)}\n  expected: ${JSON.stringify(expected)}`);
    }
  }
  if (!fallback.length) throw new Error('No products to verify filter_tags on');
  return fallback.length;
}

export interface SeedFacts {
  products: number;
  listed: number;
  insertSeconds: number;
  rowsPerSecond: number;
  indexSeconds: number;
  vacuumSeconds: number;
  /** The heap alone, then with TOAST. */
  tableMb: number;
  tableWithToastMb: number;
  indexMb: Record<string, number>;
  verified: number;
}

const seconds = (since: bigint) => Number(process.hrtime.bigint() - since) / 1e9;

/**
 * Companies, then `products` synthetic products in batches, into a migrated database. The three
 * catalogue indexes are dropped for the load and rebuilt from their own definitions afterwards
 * (maintenance_work_mem raised for the session); then VACUUM ANALYZE and the filter_tags check.
 */
export async function seedCatalogue(url: string, products: number, batch: number, log: (line: string) => void): Promise<SeedFacts> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`SET synchronous_commit = off`);
    await client.query(`SET maintenance_work_mem = '1GB'`);
    await client.query(`SET work_mem = '256MB'`);
    const { rows: indexes } = await client.query<{ name: string; def: string }>(
      `SELECT indexname AS name, indexdef AS def FROM pg_indexes WHERE schemaname = current_schema() AND tablename = 'products' AND indexname LIKE 'idx_products_catalogue_%' ORDER BY indexname`,
    );
    if (indexes.length !== 4) throw new Error(`Expected the four idx_products_catalogue_* indexes, found ${indexes.map((i) => i.name).join(', ') || 'none'}`);
    for (const index of indexes) await client.query(`DROP INDEX ${index.name}`);

    await seedCompanies(client);
    // One inserting connection per core: the row trigger's normalisation is CPU-bound, and each
    // connection needs its own copy of the (temporary) generator tables.
    const workers = Math.max(1, Math.min(cpus().length, Math.ceil(products / batch)));
    log(`${COMPANY_COUNT} companies; generating ${products.toLocaleString('en')} products in batches of ${batch.toLocaleString('en')} on ${workers} connection(s)`);

    const sql = insertProductsSql();
    const started = process.hrtime.bigint();
    let nextFrom = 1;
    let inserted = 0;
    const insertBatches = async (worker: Client) => {
      await worker.query(`SET synchronous_commit = off`);
      await createGeneratorTables(worker);
      while (nextFrom <= products) {
        const from = nextFrom;
        const to = Math.min(products, from + batch - 1);
        nextFrom = to + 1;
        await worker.query(sql, [from, to]);
        inserted += to - from + 1;
        const elapsed = seconds(started);
        log(`seeded ${inserted.toLocaleString('en')} / ${products.toLocaleString('en')} products, ${elapsed.toFixed(1)} s, ${Math.round(inserted / elapsed).toLocaleString('en')} rows/s`);
      }
    };
    const extra = await Promise.all(Array.from({ length: workers - 1 }, async () => {
      const worker = new Client({ connectionString: url });
      await worker.connect();
      return worker;
    }));
    try {
      await Promise.all([client, ...extra].map(insertBatches));
    } finally {
      await Promise.all(extra.map((worker) => worker.end()));
    }
    const insertSeconds = seconds(started);

    const indexStarted = process.hrtime.bigint();
    for (const index of indexes) {
      const one = process.hrtime.bigint();
      await client.query(index.def);
      log(`${index.name} built in ${seconds(one).toFixed(1)} s`);
    }
    const indexSeconds = seconds(indexStarted);
    const vacuumStarted = process.hrtime.bigint();
    await client.query(`VACUUM (ANALYZE) products`);
    await client.query(`VACUUM (ANALYZE) companies`);
    await client.query(`ANALYZE categories`);
    const vacuumSeconds = seconds(vacuumStarted);

    const verified = await verifyFilterTags(client);
    log(`filter_tags equal filterTagsOf() on ${verified.toLocaleString('en')} sampled products`);

    const { rows: [counts] } = await client.query<{ products: number; listed: number }>(
      `SELECT count(*)::int AS products, count(*) FILTER (WHERE status IN ('DESIGNATED', 'EXTENDED'))::int AS listed FROM products`,
    );
    const mb = async (sizeOf: string, relation: string) => Number((await client.query(`SELECT ${sizeOf}($1) AS s`, [relation])).rows[0].s) / 1048576;
    const indexMb: Record<string, number> = {};
    for (const index of indexes) indexMb[index.name] = await mb('pg_relation_size', index.name);
    return {
      products: counts.products,
      listed: counts.listed,
      insertSeconds,
      rowsPerSecond: products / insertSeconds,
      indexSeconds,
      vacuumSeconds,
      tableMb: await mb('pg_relation_size', 'products'),
      tableWithToastMb: await mb('pg_table_size', 'products'),
      indexMb,
      verified,
    };
  } finally {
    await client.end();
  }
}
