import { Client } from 'pg';

const seconds = (since: bigint) => Number(process.hrtime.bigint() - since) / 1e9;

export interface WorkflowFacts {
  designations: number;
  decisions: number;
  pilots: number;
  orders: number;
  seconds: number;
}

/**
 * The workflow rows the statistics count, beside the seeded catalogue: a designation for every
 * product designated once (ended for the revoked and expired), a decision for each extension,
 * revocation and expiry, a pilot plan for each of the last three years with `pilots` applications
 * spread over their statuses (results and usage check-ins for those reported), and `orders` orders
 * over the last three years. Products and institutions are picked by hash, so runs repeat.
 */
export async function seedWorkflow(url: string, counts: { pilots: number; orders: number }, log: (line: string) => void): Promise<WorkflowFacts> {
  const client = new Client({ connectionString: url });
  await client.connect();
  const started = process.hrtime.bigint();
  try {
    await client.query(`SET synchronous_commit = off`);
    await client.query(`SET work_mem = '256MB'`);
    const designations = (
      await client.query(
        `INSERT INTO designations (product_id, proposal_id, call_id, designated_on, valid_until, years, extension_stage, terms, patents, certifications, ended_as, ended_on)
         SELECT id, NULL, NULL, designated_on, valid_until, 3 + extension_stage, extension_stage, '{"validityYears":3,"extensionYears":[1,2],"maxTotalYears":6}', '[]', certifications,
                CASE status WHEN 'REVOKED' THEN 'REVOKED' WHEN 'EXPIRED' THEN 'EXPIRED' END,
                CASE WHEN status IN ('REVOKED', 'EXPIRED') THEN least(current_date, designated_on + 300) END
           FROM products WHERE designated_on IS NOT NULL`,
      )
    ).rowCount!;
    const decisions = (
      await client.query(
        `INSERT INTO decisions (kind, product_id, company_id, proposal_id, reasons, decided_by, decided_at)
         SELECT CASE status WHEN 'EXTENDED' THEN 'EXTENSION' WHEN 'REVOKED' THEN 'REVOCATION' ELSE 'EXPIRY' END, id, company_id, NULL, ARRAY['bench'], NULL,
                least(now(), (designated_on + 300)::timestamptz)
           FROM products WHERE status IN ('EXTENDED', 'REVOKED', 'EXPIRED') AND designated_on IS NOT NULL`,
      )
    ).rowCount!;
    await client.query(
      `INSERT INTO pilot_plans (year, title, budget, survey_opens_at, survey_closes_at, max_institutions_per_product, max_amount_per_product, max_use_period_months, repeat_pilot_threshold, published_at, created_by)
       SELECT y, y || '년 시범구매 계획', 90000000000, make_timestamptz(y, 2, 1, 9, 0, 0, 'Asia/Seoul'), make_timestamptz(y, 3, 1, 18, 0, 0, 'Asia/Seoul'), 5, 300000000, 12, 50000000,
              make_timestamptz(y, 1, 15, 9, 0, 0, 'Asia/Seoul'), gen_random_uuid()
         FROM generate_series(extract(year FROM now())::int - 2, extract(year FROM now())::int) AS y`,
    );
    const statuses = `ARRAY['APPLIED','NOT_MATCHED','MATCHED','CONTRACTED','DELIVERED','IN_USE','RESULT_REPORTED','SUCCESS','SUCCESS','SUCCESS','INSUFFICIENT','CORRECTIVE_ACTION_DONE','WITHDRAWN']`;
    const h = (seed: number) => `(hashint8extended(g, ${seed}) & 9223372036854775807)`;
    const pilots = (
      await client.query(
        `WITH plans AS MATERIALIZED (SELECT array_agg(id ORDER BY year) AS ids, array_agg(year ORDER BY year) AS years FROM pilot_plans),
              products AS MATERIALIZED (SELECT array_agg(id ORDER BY id) AS ids, array_agg(company_id ORDER BY id) AS companies FROM products WHERE designated_on IS NOT NULL),
              institutions AS MATERIALIZED (SELECT array_agg(id ORDER BY code) AS ids FROM institutions),
              rows AS (
                SELECT g, 1 + (${h(1)} % 3)::int AS i_plan, 1 + (${h(2)} % cardinality(products.ids))::int AS i_product,
                       1 + (${h(3)} % cardinality(institutions.ids))::int AS i_institution, (${statuses})[1 + (${h(4)} % 13)::int] AS status, ${h(5)} AS h
                  FROM generate_series(1, $1::int) AS g CROSS JOIN products CROSS JOIN institutions)
         INSERT INTO pilot_applications (plan_id, product_id, company_id, institution_id, status, quantity, amount, intended_use, place, use_period_months, follow_on_planned, follow_on_budgeted,
                                         need, result, matched_at, contracted_on, created_by, created_at)
         SELECT plans.ids[i_plan], products.ids[i_product], products.companies[i_product], institutions.ids[i_institution], status, 1 + (h % 9)::int, (5 + h % 60) * 1000000,
                '시범사용', '본관', 6, h % 2 = 0, h % 4 = 0, '현장 수요',
                CASE WHEN status IN ('RESULT_REPORTED','SUCCESS','INSUFFICIENT','CORRECTIVE_ACTION_DONE') THEN jsonb_build_object(
                  'scores', (SELECT jsonb_object_agg(k, 1 + (h / (i * 7) % 5)::int) FROM unnest(ARRAY['operability','convenience','quality','price','innovativeness','safety','durability','afterSalesSupport','delivery','overallSatisfaction']) WITH ORDINALITY AS u(k, i)),
                  'comments', '{}'::jsonb, 'willBuyMore', h % 3 = 0, 'summary', '결과', 'reportedAt', now()) END,
                CASE WHEN status NOT IN ('APPLIED','NOT_MATCHED','WITHDRAWN') THEN make_timestamptz(plans.years[i_plan], 3, 1 + (h % 28)::int, 10, 0, 0, 'Asia/Seoul') END,
                CASE WHEN status NOT IN ('APPLIED','NOT_MATCHED','MATCHED','WITHDRAWN') THEN least(current_date, make_date(plans.years[i_plan], 4 + (h % 9)::int, 1 + (h / 9 % 28)::int)) END,
                gen_random_uuid(), make_timestamptz(plans.years[i_plan], 2, 1 + (h % 27)::int, 11, 0, 0, 'Asia/Seoul')
           FROM rows CROSS JOIN plans CROSS JOIN products CROSS JOIN institutions
         ON CONFLICT DO NOTHING`,
        [counts.pilots],
      )
    ).rowCount!;
    await client.query(
      `INSERT INTO pilot_check_ins (application_id, month, state, why, answered_by)
       SELECT id, 3, (ARRAY['IN_USE','IN_USE','IN_USE','SHELVED','RETURNED'])[1 + (abs(hashtext(id::text)) % 5)], '점검', gen_random_uuid()
         FROM pilot_applications WHERE result IS NOT NULL`,
    );
    const orderStatuses = `ARRAY['ORDERED','ACCEPTED','ACCEPTED','DELIVERED','INSPECTED','PAID','PAID','PAID','DECLINED','CANCELLED']`;
    const orders = (
      await client.query(
        `WITH products AS MATERIALIZED (SELECT array_agg(id ORDER BY id) AS ids, array_agg(company_id ORDER BY id) AS companies FROM products WHERE status IN ('DESIGNATED', 'EXTENDED')),
              institutions AS MATERIALIZED (SELECT array_agg(id ORDER BY code) AS ids FROM institutions),
              rows AS (
                SELECT g, 1 + (${h(11)} % cardinality(products.ids))::int AS i_product, 1 + (${h(12)} % cardinality(institutions.ids))::int AS i_institution,
                       (${orderStatuses})[1 + (${h(13)} % 10)::int] AS status, ${h(14)} AS h, current_date - (${h(15)} % 1096)::int AS ordered_on
                  FROM generate_series(1, $1::int) AS g CROSS JOIN products CROSS JOIN institutions)
         INSERT INTO orders (product_id, company_id, institution_id, status, quantity, asking_price, unit_price, amount, delivery_place, delivery_due_on, legal_basis, ordered_on, contracted_on, created_by)
         SELECT products.ids[i_product], products.companies[i_product], institutions.ids[i_institution], status, 1 + (h % 20)::int, (1 + h % 50) * 100000, (1 + h % 50) * 100000,
                (1 + h % 20) * (1 + h % 50) * 100000, '청사', ordered_on + 30, 'INNOVATIVE_PRODUCT', ordered_on,
                CASE WHEN status NOT IN ('ORDERED', 'DECLINED') THEN least(current_date, ordered_on + 3) END, gen_random_uuid()
           FROM rows CROSS JOIN products CROSS JOIN institutions`,
        [counts.orders],
      )
    ).rowCount!;
    for (const table of ['designations', 'decisions', 'pilot_applications', 'pilot_check_ins', 'orders']) await client.query(`VACUUM (ANALYZE) ${table}`);
    const facts = { designations, decisions, pilots, orders, seconds: seconds(started) };
    log(`Workflow rows: ${designations.toLocaleString('en')} designations, ${decisions.toLocaleString('en')} decisions, ${pilots.toLocaleString('en')} pilot applications, ${orders.toLocaleString('en')} orders in ${facts.seconds.toFixed(1)} s`);
    return facts;
  } finally {
    await client.end();
  }
}
