import { ConfigError, loadConfig } from './app.config';

describe('AppConfig', () => {
  it('applies defaults and the embedded database when DATABASE_URL is absent', () => {
    const config = loadConfig({});
    expect(config.PORT).toBe(3000);
    expect(config.usesEmbeddedDatabase).toBe(true);
    expect(config.seedDemo).toBe(true);
    expect(config.JWT_SECRET).toHaveLength(64);
  });

  it('reads numbers and booleans from strings', () => {
    const config = loadConfig({ PORT: '8080', DATABASE_URL: 'postgres://u@h/db', SEED_DEMO: 'false', COOKIE_SECURE: 'true' });
    expect(config.PORT).toBe(8080);
    expect(config.seedDemo).toBe(false);
    expect(config.cookieSecure).toBe(true);
    expect(loadConfig({ DATABASE_URL: 'postgres://u@h/db' }).seedDemo).toBe(false);
    expect(loadConfig({ DATABASE_URL: 'postgres://u@h/db', SEED_DEMO: 'true' }).seedDemo).toBe(true);
  });

  it('refuses a wrong variable with a message naming it', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(ConfigError);
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL must be a postgres:\/\/ URL/);
    expect(() => loadConfig({ SEED_DEMO: 'maybe' })).toThrow(/SEED_DEMO/);
    expect(() => loadConfig({ JWT_SECRET: 'short' })).toThrow(/JWT_SECRET must be at least 32 characters/);
  });

  it('takes an OCDS ocid prefix in the registered form (ocds- and 6 characters), a placeholder by default', () => {
    expect(loadConfig({}).OCDS_OCID_PREFIX).toBe('ocds-xxxxxx-innomarket');
    expect(loadConfig({ OCDS_OCID_PREFIX: 'ocds-213czf' }).OCDS_OCID_PREFIX).toBe('ocds-213czf');
    for (const wrong of ['ocds-12345', 'OCDS-213czf', 'ocds-213czf-', 'innomarket']) expect(() => loadConfig({ OCDS_OCID_PREFIX: wrong })).toThrow(/OCDS_OCID_PREFIX/);
  });

  it('trusts X-Forwarded-For from no one unless TRUST_PROXY names the proxies, and never from anyone', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(loadConfig({ TRUST_PROXY: '10.0.0.0/8, loopback' }).trustProxy).toEqual(['10.0.0.0/8', 'loopback']);
    expect(() => loadConfig({ TRUST_PROXY: 'true' })).toThrow(/TRUST_PROXY .*never true/);
    expect(() => loadConfig({ TRUST_PROXY: '*' })).toThrow(/TRUST_PROXY/);
  });

  it('requires a JWT secret and both audit keys in production', () => {
    const production = { NODE_ENV: 'production', DATABASE_URL: 'postgres://u@h/db' };
    expect(() => loadConfig(production)).toThrow(/JWT_SECRET: required in production/);
    expect(() => loadConfig(production)).toThrow(/AUDIT_KEY: required in production/);
    expect(() => loadConfig(production)).toThrow(/AUDIT_SIGNING_KEY: required in production/);
    expect(() => loadConfig(production)).toThrow(/SEALING_KEY: required in production/);
    const keys = { JWT_SECRET: 'j'.repeat(32), AUDIT_KEY: 'k'.repeat(32), AUDIT_SIGNING_KEY: 'ab'.repeat(32), SEALING_KEY: 'cd'.repeat(32) };
    expect(loadConfig({ ...production, ...keys }).AUDIT_KEY).toBe(keys.AUDIT_KEY);
  });

  it('refuses a short audit key or a signing key that is not 64 hex digits', () => {
    expect(() => loadConfig({ AUDIT_KEY: 'short' })).toThrow(/AUDIT_KEY must be at least 32 characters/);
    expect(() => loadConfig({ AUDIT_SIGNING_KEY: 'not-hex' })).toThrow(/AUDIT_SIGNING_KEY must be 64 hex digits/);
    expect(() => loadConfig({ SEALING_KEY: 'not-hex' })).toThrow(/SEALING_KEY must be 64 hex digits/);
  });

  it('migrates with MIGRATION_DATABASE_URL, the owner role, and DATABASE_URL otherwise', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://api@h/db' }).migrationDatabaseUrl).toBe('postgres://api@h/db');
    expect(loadConfig({ DATABASE_URL: 'postgres://api@h/db', MIGRATION_DATABASE_URL: 'postgres://owner@h/db' }).migrationDatabaseUrl).toBe('postgres://owner@h/db');
    expect(() => loadConfig({ MIGRATION_DATABASE_URL: 'mysql://x' })).toThrow(/MIGRATION_DATABASE_URL must be a postgres:\/\/ URL/);
  });

  it('reads replica URLs as a list, and refuses them without the primary or in another form', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://u@h/db' }).replicaUrls).toEqual([]);
    expect(loadConfig({ DATABASE_URL: 'postgres://u@h/db', DATABASE_REPLICA_URLS: 'postgres://u@r1/db, postgresql://u@r2/db' }).replicaUrls).toEqual(['postgres://u@r1/db', 'postgresql://u@r2/db']);
    expect(() => loadConfig({ DATABASE_URL: 'postgres://u@h/db', DATABASE_REPLICA_URLS: 'postgres://u@r1/db,mysql://x' })).toThrow(/DATABASE_REPLICA_URLS must be postgres:\/\/ URLs/);
    expect(() => loadConfig({ DATABASE_REPLICA_URLS: 'postgres://u@r1/db' })).toThrow(/DATABASE_REPLICA_URLS: replicas need DATABASE_URL/);
  });

  it('keeps generated audit keys and checkpoints beside the embedded database they belong to', () => {
    expect(loadConfig({})).toMatchObject({ auditKeyDir: '.data/keys', auditCheckpointDir: '.data/audit-checkpoints' });
    expect(loadConfig({ EMBEDDED_PG_DIR: '/tmp/run-1/postgres' })).toMatchObject({ auditKeyDir: '/tmp/run-1/keys', auditCheckpointDir: '/tmp/run-1/audit-checkpoints' });
    expect(loadConfig({ DATABASE_URL: 'postgres://u@h/db', AUDIT_CHECKPOINT_DIR: '/archive' }).auditCheckpointDir).toBe('/archive');
  });

  it('keeps files in PostgreSQL unless STORAGE_DRIVER names another driver; s3 needs a bucket and both keys or neither', () => {
    expect(loadConfig({}).STORAGE_DRIVER).toBe('postgres');
    expect(() => loadConfig({ STORAGE_DRIVER: 'nfs' })).toThrow(/STORAGE_DRIVER/);
    expect(() => loadConfig({ STORAGE_DRIVER: 's3' })).toThrow(/S3_BUCKET: required with STORAGE_DRIVER=s3/);
    expect(() => loadConfig({ STORAGE_DRIVER: 's3', S3_BUCKET: 'files', S3_ACCESS_KEY_ID: 'id' })).toThrow(/give both or neither/);
    expect(() => loadConfig({ S3_BUCKET: 'Files_1' })).toThrow(/S3_BUCKET must be an S3 bucket name/);
    expect(() => loadConfig({ S3_ENDPOINT: 'minio:9000' })).toThrow(/S3_ENDPOINT must be an http\(s\):\/\/ URL/);
    const minio = loadConfig({ STORAGE_DRIVER: 's3', S3_BUCKET: 'innomarket-files', S3_ENDPOINT: 'http://minio:9000', S3_ACCESS_KEY_ID: 'id', S3_SECRET_ACCESS_KEY: 'secret' });
    expect(minio).toMatchObject({ S3_REGION: 'us-east-1', s3ForcePathStyle: true });
    expect(loadConfig({ STORAGE_DRIVER: 's3', S3_BUCKET: 'innomarket-files' }).s3ForcePathStyle).toBe(false);
    expect(loadConfig({ STORAGE_DRIVER: 's3', S3_BUCKET: 'innomarket-files', S3_ENDPOINT: 'https://s3.example.kr', S3_FORCE_PATH_STYLE: 'false' }).s3ForcePathStyle).toBe(false);
  });
});
