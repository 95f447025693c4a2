import { Global, Injectable, Logger, Module, type OnApplicationShutdown } from '@nestjs/common';
import type { PoolClient } from 'pg';
import { DataSource, EntityManager } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import type { Actor } from '../auth/authenticated-user';
import { AppConfig } from '../config/app.config';
import { dataSourceOptions } from './data-source';

/** A pooled connection for hot paths that skip TypeORM; `replica` tells where it went. */
export interface PublicConnection {
  client: PoolClient;
  replica: boolean;
  release(): void;
}

/** A client of the DataSource's own pg pool (its primary's, for the main one), and how to give it back. */
export async function pooledClient(dataSource: DataSource): Promise<Omit<PublicConnection, 'replica'>> {
  const [client, release] = await (dataSource.driver as PostgresDriver).obtainMasterConnection();
  return { client, release: () => release() };
}

/** After a replica failed, the primary answers for this long before the replica is tried again. */
const RETRY_MS = 5_000;
/** A replica that does not answer a connection attempt in this time counts as down. */
const CONNECT_TIMEOUT_MS = 2_000;

const errorOf = (error: unknown) => ((error as { driverError?: unknown }).driverError ?? error) as { code?: string; message?: string };

/** The standby cancelled the read to replay WAL that conflicted with it: this read goes to the primary. */
const isRecoveryConflict = (error: unknown) => errorOf(error).code === '40001';

/** The replica cannot be reached or is shutting down: the primary answers until it is tried again. */
function isUnreachable(error: unknown): boolean {
  const { code = '', message = '' } = errorOf(error);
  return /^(57P|08)/.test(code) || /^E[A-Z]+$/.test(code) || /Connection terminated|timeout exceeded when trying to connect/.test(message);
}

/** One replica: its own DataSource, connected on first use (a replica down at start-up stops nothing). */
class Replica {
  private connecting?: Promise<DataSource>;
  private downUntil = 0;

  constructor(private readonly url: string, private readonly poolSize: number) {}

  get up(): boolean {
    return Date.now() >= this.downUntil;
  }

  dataSource(): Promise<DataSource> {
    const base = dataSourceOptions(this.url, this.poolSize);
    this.connecting ??= new DataSource({ ...base, migrations: [], extra: { ...base.extra, connectionTimeoutMillis: CONNECT_TIMEOUT_MS } }).initialize();
    return this.connecting.catch((error) => {
      this.connecting = undefined;
      throw error;
    });
  }

  failed(): void {
    this.downUntil = Date.now() + RETRY_MS;
  }

  async close(): Promise<void> {
    const dataSource = await this.connecting?.catch(() => undefined);
    await dataSource?.destroy();
  }
}

/**
 * Where public reads go (DATABASE_REPLICA_URLS). A request nobody signed in to reads from a
 * streaming replica; a signed-in user's reads, and every write, use the primary. That is how
 * read-your-writes holds: only signed-in users write, so they never read a replica that has not yet
 * replayed their own change, however far it lags, and no per-user pin has to be shared between API
 * processes. Anonymous readers see the data as the replica has it, usually milliseconds behind.
 *
 * A module opts in with one line, `return this.publicReads.run(viewer, (manager) => ...)`, doing its
 * reads through `manager`. Without replicas, or while a replica fails, the primary answers.
 */
@Injectable()
export class PublicReads implements OnApplicationShutdown {
  private readonly logger = new Logger(PublicReads.name);
  private readonly replicas: Replica[];

  constructor(
    private readonly dataSource: DataSource,
    config: AppConfig,
  ) {
    this.replicas = config.replicaUrls.map((url) => new Replica(url, config.DB_POOL_SIZE));
  }

  /** Whether this viewer's reads may come from a replica: anonymous, and replicas configured. */
  fromReplica(viewer: Actor | null | undefined): boolean {
    return !viewer && this.replicas.length > 0;
  }

  /** `work`'s reads on a replica for an anonymous viewer, on the primary otherwise. */
  async run<T>(viewer: Actor | null | undefined, work: (manager: EntityManager) => Promise<T>): Promise<T> {
    const replica = this.fromReplica(viewer) ? this.pick() : undefined;
    if (!replica) return work(this.dataSource.manager);
    try {
      return await work((await replica.dataSource()).manager);
    } catch (error) {
      if (isUnreachable(error)) this.failed(replica, error);
      else if (!isRecoveryConflict(error)) throw error;
      return work(this.dataSource.manager);
    }
  }

  /** A raw pg connection, chosen as `run` chooses; the caller releases it. */
  async connect(viewer: Actor | null | undefined): Promise<PublicConnection> {
    const replica = this.fromReplica(viewer) ? this.pick() : undefined;
    if (replica) {
      try {
        return { ...(await pooledClient(await replica.dataSource())), replica: true };
      } catch (error) {
        this.failed(replica, error);
      }
    }
    return { ...(await pooledClient(this.dataSource)), replica: false };
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all(this.replicas.map((replica) => replica.close()));
  }

  /** A replica at random among those not failing. */
  private pick(): Replica | undefined {
    const up = this.replicas.filter((replica) => replica.up);
    return up[Math.floor(Math.random() * up.length)];
  }

  private failed(replica: Replica, error: unknown): void {
    if (replica.up) this.logger.warn(`A read replica failed, the primary answers for ${RETRY_MS / 1000} s: ${(error as Error).message}`);
    replica.failed();
  }
}

@Global()
@Module({ providers: [PublicReads], exports: [PublicReads] })
export class PublicReadsModule {}
