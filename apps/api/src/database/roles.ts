import { Client } from 'pg';
import { QUEUE_SCHEMA } from '../queue/queues';

/**
 * The API runs as a least-privilege role, migrations as the owner of the schema:
 * - the owner role owns the database's objects and runs the migrations (DDL);
 * - RUNTIME_ROLE, a NOLOGIN group, holds what the API may do: read and write the business
 *   tables, only INSERT and SELECT on the audit tables, nothing in the schema itself;
 * - the API's login role is a member of RUNTIME_ROLE, not a superuser, not the owner.
 * The grants live in the database (a cloned database carries them); roles are cluster-wide.
 */
export const RUNTIME_ROLE = 'innomarket_runtime';

/** Tables the API may only append to and read. */
const APPEND_ONLY = ['audit_events', 'audit_checkpoints'];

/** Creates RUNTIME_ROLE when missing; safe when several processes do it at once. */
export async function ensureRuntimeRole(client: Client): Promise<void> {
  const { rowCount } = await client.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [RUNTIME_ROLE]);
  if (rowCount) return;
  try {
    await client.query(`DO $$ BEGIN CREATE ROLE ${RUNTIME_ROLE} NOLOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$`);
  } catch (error) {
    if ((error as { code?: string }).code !== '42501') throw error;
    throw new Error(`The role ${RUNTIME_ROLE} does not exist and the migrating role may not create it: run CREATE ROLE ${RUNTIME_ROLE} NOLOGIN as an administrator (docs/architecture.md, "Database roles")`);
  }
}

/** Run by the owner after every migration run: idempotent, and it covers tables any migration added. */
export async function grantRuntimePrivileges(client: Client): Promise<void> {
  const { rows } = await client.query(`SELECT pg_has_role(current_user, relowner, 'USAGE') AS owner FROM pg_class WHERE oid = 'audit_events'::regclass`);
  if (!rows[0].owner) return; // the API's own role, checking that nothing is pending: it grants nothing
  await ensureRuntimeRole(client);
  await client.query(`DO $$ BEGIN
      -- Nobody but the owner creates objects in the schema (already so since PostgreSQL 15).
      IF pg_has_role((SELECT nspowner FROM pg_namespace WHERE nspname = 'public'), 'USAGE') THEN
        REVOKE CREATE ON SCHEMA public FROM PUBLIC;
      END IF;
    END $$`);
  await client.query(`GRANT USAGE ON SCHEMA public TO ${RUNTIME_ROLE}`);
  await client.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${RUNTIME_ROLE}`);
  await client.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${RUNTIME_ROLE}`);
  await client.query(`REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON ${APPEND_ONLY.join(', ')} FROM ${RUNTIME_ROLE}`);
  // The queue's rows (pg-boss): its schema, types and partitions stay the owner's.
  await client.query(`DO $$ BEGIN
      IF EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = '${QUEUE_SCHEMA}') THEN
        GRANT USAGE ON SCHEMA ${QUEUE_SCHEMA} TO ${RUNTIME_ROLE};
        GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ${QUEUE_SCHEMA} TO ${RUNTIME_ROLE};
      END IF;
    END $$`);
  // The migrations table is the owner's record of the schema.
  await client.query(`REVOKE INSERT, UPDATE, DELETE ON migrations FROM ${RUNTIME_ROLE}`);
}

/**
 * What the API's role may do that it should not. In production the API refuses to start when the
 * list is not empty; elsewhere it warns (a developer's DATABASE_URL is often a superuser).
 */
export async function excessPrivileges(url: string): Promise<string[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query(`
      SELECT r.rolsuper AS superuser, r.rolbypassrls AS bypass_rls,
             pg_has_role(current_user, c.relowner, 'USAGE') AS owns_audit,
             has_table_privilege('audit_events', 'UPDATE') OR has_table_privilege('audit_events', 'DELETE')
               OR has_table_privilege('audit_events', 'TRUNCATE') AS changes_audit,
             has_schema_privilege('public', 'CREATE') AS creates_in_schema,
             has_database_privilege(current_database(), 'CREATE') AS creates_schemas
        FROM pg_roles r, pg_class c
       WHERE r.rolname = current_user AND c.oid = 'audit_events'::regclass`);
    const found = rows[0];
    const problems: string[] = [];
    if (found.superuser) problems.push('is a superuser');
    if (found.bypass_rls) problems.push('bypasses row security');
    if (found.owns_audit) problems.push('owns audit_events (or is a member of its owner)');
    if (found.changes_audit) problems.push('may UPDATE, DELETE or TRUNCATE audit_events');
    if (found.creates_in_schema || found.creates_schemas) problems.push('may create objects (DDL)');
    return problems;
  } finally {
    await client.end();
  }
}

/** A URL with another user and password (the same server and database). */
export function withCredentials(url: string, user: string, password: string): string {
  const parsed = new URL(url);
  parsed.username = encodeURIComponent(user);
  parsed.password = encodeURIComponent(password);
  return parsed.toString();
}
