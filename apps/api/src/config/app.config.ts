import { plainToInstance, Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsNumber, IsOptional, IsString, Matches, Max, Min, MinLength, validateSync } from 'class-validator';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { STORAGE_DRIVERS, type StorageDriver } from '../storage/file-storage';

// Reads the raw variable: implicit conversion would have turned "false" into true.
const toBoolean = ({ obj, key }: { obj: Record<string, unknown>; key: string }) => {
  const raw = obj[key];
  if (raw === undefined || raw === '') return undefined;
  if (raw === true || raw === 'true' || raw === '1') return true;
  if (raw === false || raw === 'false' || raw === '0') return false;
  return raw;
};

/**
 * All of the API's configuration, read from the environment once and validated
 * at boot: a wrong variable stops the process with a message naming it.
 */
export class AppConfig {
  @IsIn(['development', 'production', 'test'])
  NODE_ENV: 'development' | 'production' | 'test' = 'development';

  @IsInt() @Min(0) @Max(65535)
  PORT: number = 3000;

  @IsString()
  HOST: string = '0.0.0.0';

  /** When absent, an embedded PostgreSQL is started under EMBEDDED_PG_DIR. */
  @IsOptional() @Matches(/^postgres(ql)?:\/\/.+/, { message: 'DATABASE_URL must be a postgres:// URL' })
  DATABASE_URL?: string;

  /**
   * The owner role that runs migrations (DDL); the API itself connects with DATABASE_URL as a
   * least-privilege role. Without it, migrations run as DATABASE_URL's role, which then needs DDL
   * rights (the API refuses that role in production: see database/roles.ts).
   */
  @IsOptional() @Matches(/^postgres(ql)?:\/\/.+/, { message: 'MIGRATION_DATABASE_URL must be a postgres:// URL' })
  MIGRATION_DATABASE_URL?: string;

  /**
   * Streaming replicas of DATABASE_URL's database, comma-separated (same roles: a physical replica
   * copies them). Anonymous public reads (catalogue, product pages, decisions, statistics, open
   * data) go to one of them; signed-in requests and every write use the primary (database/public-reads.ts).
   */
  @IsOptional() @Matches(/^postgres(ql)?:\/\/[^,\s]+(\s*,\s*postgres(ql)?:\/\/[^,\s]+)*$/, { message: 'DATABASE_REPLICA_URLS must be postgres:// URLs separated by commas' })
  DATABASE_REPLICA_URLS?: string;

  /** Demo accounts and companies; defaults to true on the embedded database, false otherwise. */
  @IsOptional() @IsBoolean() @Transform(toBoolean)
  SEED_DEMO?: boolean;

  @IsString()
  EMBEDDED_PG_DIR: string = '.data/postgres';

  @IsInt() @Min(1024) @Max(65535)
  EMBEDDED_PG_PORT: number = 54320;

  @IsInt() @Min(1) @Max(100)
  DB_POOL_SIZE: number = 4;

  @IsOptional() @IsString() @MinLength(32, { message: 'JWT_SECRET must be at least 32 characters' })
  JWT_SECRET?: string;

  /** The audit log's MAC key; it never enters the database. Required in production. */
  @IsOptional() @IsString() @MinLength(32, { message: 'AUDIT_KEY must be at least 32 characters' })
  AUDIT_KEY?: string;

  /** The Ed25519 key that signs audit checkpoints, as its 32-byte seed in hex. Required in production. */
  @IsOptional() @Matches(/^[0-9a-fA-F]{64}$/, { message: 'AUDIT_SIGNING_KEY must be 64 hex digits (openssl rand -hex 32)' })
  AUDIT_SIGNING_KEY?: string;

  /**
   * The master key that seals challenge solutions until their call closes (a key per challenge is
   * derived from it); it never enters the database. 64 hex digits. Required in production.
   */
  @IsOptional() @Matches(/^[0-9a-fA-F]{64}$/, { message: 'SEALING_KEY must be 64 hex digits (openssl rand -hex 32)' })
  SEALING_KEY?: string;

  /** Outside production, where audit keys not given in the environment are generated once and kept. */
  @IsOptional() @IsString()
  AUDIT_KEY_DIR?: string;

  /** Where signed audit checkpoints are written, for the operator to archive away from the database. One per database. */
  @IsOptional() @IsString()
  AUDIT_CHECKPOINT_DIR?: string;

  /** How often the audit chain's head is checkpointed; 0 turns the timer off (tests). */
  @IsInt() @Min(0) @Max(86400)
  AUDIT_CHECKPOINT_INTERVAL_SECONDS: number = 3600;

  @IsInt() @Min(60) @Max(3600)
  ACCESS_TOKEN_TTL_SECONDS: number = 900;

  @IsInt() @Min(1) @Max(90)
  REFRESH_TOKEN_TTL_DAYS: number = 14;

  /** Failed sign-ins for one e-mail from one client address before that pair waits out LOGIN_THROTTLE_MINUTES. */
  @IsInt() @Min(1) @Max(100)
  LOGIN_MAX_FAILURES: number = 5;

  @IsInt() @Min(1) @Max(1440)
  LOGIN_THROTTLE_MINUTES: number = 15;

  /**
   * Failed sign-ins for one e-mail from all addresses in a day (NIST SP 800-63B's ceiling of 100)
   * before only addresses it signed in from recently may still try.
   */
  @IsInt() @Min(1) @Max(100000)
  LOGIN_ACCOUNT_MAX_FAILURES: number = 100;

  /** Sign-in and sign-up attempts per client address per minute. */
  @IsInt() @Min(1) @Max(100000)
  AUTH_RATE_LIMIT_PER_MINUTE: number = 20;

  /**
   * Which peers may tell the client's address in X-Forwarded-For: off (the socket's peer is the
   * client), a number of proxy hops, or addresses and CIDR ranges (also loopback, linklocal, uniquelocal).
   */
  @IsOptional() @IsString()
  @Matches(/^(?!true$)(false|\d{1,2}|[0-9A-Za-z.:/_-]+(\s*,\s*[0-9A-Za-z.:/_-]+)*)$/, {
    message: 'TRUST_PROXY must be false, a hop count, or a comma-separated list of addresses or CIDR ranges (never true: anyone could pick their address)',
  })
  TRUST_PROXY?: string;

  @IsOptional() @IsBoolean() @Transform(toBoolean)
  COOKIE_SECURE?: boolean;

  /** How often designations are expired, lapsed supplements closed and reminders sent (through the queue); 0 turns it off (tests). */
  @IsInt() @Min(0) @Max(86400)
  SCHEDULER_INTERVAL_SECONDS: number = 3600;

  /**
   * The SMTP server mails go through (`smtp://user:pass@host:587`, `smtps://…:465`; nodemailer's URL
   * options such as `?ignoreTLS=true` apply). Without it nothing is sent: mails wait in the outbox an
   * administrator reads on the web.
   */
  @IsOptional() @Matches(/^smtps?:\/\/[^\s]+$/, { message: 'SMTP_URL must be an smtp:// or smtps:// URL' })
  SMTP_URL?: string;

  /** The sender of every mail. */
  @IsString() @Matches(/^[^\r\n]*<?[^@\s<>]+@[^@\s<>]+>?$/, { message: 'MAIL_FROM must be an address, optionally with a name: Name <address@host>' })
  MAIL_FROM: string = '혁신장터 <no-reply@innomarket.kr>';

  /** The web's address as people reach it: the links in mails start with it. Defaults to http://localhost:PORT. */
  @IsOptional() @Matches(/^https?:\/\/[^\s]+[^/\s]$/, { message: 'PUBLIC_URL must be an http(s):// URL without a trailing slash' })
  PUBLIC_URL?: string;

  /** Tries after a mail's first failed send, each after twice the wait of the one before. */
  @IsInt() @Min(0) @Max(20)
  MAIL_RETRY_LIMIT: number = 8;

  /** The wait before the first retry of a mail (then doubled, with jitter). */
  @IsInt() @Min(1) @Max(3600)
  MAIL_RETRY_DELAY_SECONDS: number = 30;

  /** How often each process asks the queue for work when idle. */
  @IsNumber() @Min(0.5) @Max(60)
  QUEUE_POLL_SECONDS: number = 2;

  /**
   * The prefix of every open-data `ocid` (OCDS): `ocds-` and the 6 characters the Open Contracting
   * Partnership registers for a publisher, then our own part. The default is a placeholder until the
   * prefix is registered; once published, ocids must not change, so set it once.
   */
  @Matches(/^ocds-[a-z0-9]{6}(-[A-Za-z0-9]+)*$/, { message: 'OCDS_OCID_PREFIX must be ocds- and 6 letters or digits, optionally followed by -parts (e.g. ocds-xxxxxx-innomarket)' })
  OCDS_OCID_PREFIX: string = 'ocds-xxxxxx-innomarket';

  /**
   * Where uploaded files' bytes live: `postgres` (in the database: shared by every replica, in every
   * backup), `s3` (an S3-compatible store, S3_*), or `local` (STORAGE_DIR: one process only).
   */
  @IsIn(STORAGE_DRIVERS)
  STORAGE_DRIVER: StorageDriver = 'postgres';

  /** The `local` driver's directory, and where `npm run storage:migrate` reads files from. */
  @IsString()
  STORAGE_DIR: string = '.data/files';

  /** The `s3` driver's bucket (required with it); it must exist. */
  @IsOptional() @Matches(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, { message: 'S3_BUCKET must be an S3 bucket name (3 to 63 lowercase letters, digits, dots, hyphens)' })
  S3_BUCKET?: string;

  @IsString()
  S3_REGION: string = 'us-east-1';

  /** An S3-compatible server (`http://minio:9000`); absent for AWS S3 itself. */
  @IsOptional() @Matches(/^https?:\/\/[^\s/]+(\/[^\s]*)?$/, { message: 'S3_ENDPOINT must be an http(s):// URL' })
  S3_ENDPOINT?: string;

  /** With S3_SECRET_ACCESS_KEY; absent, the AWS SDK's own chain (environment, instance or task role). */
  @IsOptional() @IsString()
  S3_ACCESS_KEY_ID?: string;

  @IsOptional() @IsString()
  S3_SECRET_ACCESS_KEY?: string;

  /** Bucket in the path rather than the host name; defaults to true with S3_ENDPOINT (MinIO), false without. */
  @IsOptional() @IsBoolean() @Transform(toBoolean)
  S3_FORCE_PATH_STYLE?: boolean;

  /** The built web app served at `/`; absent in API-only deployments. */
  @IsString()
  WEB_DIST_DIR: string = 'dist/apps/web';

  get usesEmbeddedDatabase(): boolean {
    return !this.DATABASE_URL;
  }

  /** Beside the embedded database's data directory (keys and checkpoints belong to one database), else `.data`. */
  private get dataDir(): string {
    return this.usesEmbeddedDatabase ? join(this.EMBEDDED_PG_DIR, '..') : '.data';
  }

  get auditKeyDir(): string {
    return this.AUDIT_KEY_DIR ?? join(this.dataDir, 'keys');
  }

  get auditCheckpointDir(): string {
    return this.AUDIT_CHECKPOINT_DIR ?? join(this.dataDir, 'audit-checkpoints');
  }

  get replicaUrls(): string[] {
    return (this.DATABASE_REPLICA_URLS ?? '').split(',').map((url) => url.trim()).filter(Boolean);
  }

  /** The URL migrations run with: the owner role's. */
  get migrationDatabaseUrl(): string | undefined {
    return this.MIGRATION_DATABASE_URL ?? this.DATABASE_URL;
  }

  get publicUrl(): string {
    return this.PUBLIC_URL ?? `http://localhost:${this.PORT}`;
  }

  get seedDemo(): boolean {
    return this.SEED_DEMO ?? this.usesEmbeddedDatabase;
  }

  /** Fastify's `trustProxy`: never `true`, which would believe X-Forwarded-For from anyone. */
  get trustProxy(): false | number | string[] {
    const value = (this.TRUST_PROXY ?? 'false').trim();
    if (value === 'false' || value === '0') return false;
    if (/^\d+$/.test(value)) return Number(value);
    return value.split(',').map((entry) => entry.trim());
  }

  get s3ForcePathStyle(): boolean {
    return this.S3_FORCE_PATH_STYLE ?? this.S3_ENDPOINT !== undefined;
  }

  get cookieSecure(): boolean {
    return this.COOKIE_SECURE ?? this.NODE_ENV === 'production';
  }
}

export class ConfigError extends Error {}

export function loadConfig(env: Record<string, string | undefined>): AppConfig {
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const config = plainToInstance(AppConfig, present, { enableImplicitConversion: true, excludeExtraneousValues: false });
  const errors = validateSync(config, { whitelist: false, skipMissingProperties: false });
  if (errors.length > 0) {
    const lines = errors.flatMap((e) => Object.values(e.constraints ?? {}).map((m) => `  ${e.property}: ${m}`));
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  if (config.NODE_ENV === 'production') {
    const missing = (['JWT_SECRET', 'AUDIT_KEY', 'AUDIT_SIGNING_KEY', 'SEALING_KEY'] as const).filter((name) => !config[name]);
    if (missing.length) throw new ConfigError(`Invalid configuration:\n${missing.map((name) => `  ${name}: required in production`).join('\n')}`);
  }
  if (config.STORAGE_DRIVER === 's3') {
    const missing = [!config.S3_BUCKET && '  S3_BUCKET: required with STORAGE_DRIVER=s3', !config.S3_ACCESS_KEY_ID !== !config.S3_SECRET_ACCESS_KEY && '  S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY: give both or neither'].filter(Boolean);
    if (missing.length) throw new ConfigError(`Invalid configuration:\n${missing.join('\n')}`);
  }
  if (config.DATABASE_REPLICA_URLS && config.usesEmbeddedDatabase) {
    throw new ConfigError('Invalid configuration:\n  DATABASE_REPLICA_URLS: replicas need DATABASE_URL, the primary they replicate');
  }
  if (!config.JWT_SECRET) {
    // Development and tests: tokens simply do not survive a restart.
    config.JWT_SECRET = randomBytes(32).toString('hex');
  }
  return config;
}
