import pg from 'pg';

export default async function globalTeardown() {
  const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_ADMIN_URL });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${process.env.TEST_TEMPLATE_DATABASE} WITH (FORCE)`);
  await admin.end();
  await globalThis.__INNO_EMBEDDED_PG__?.stop();
}
