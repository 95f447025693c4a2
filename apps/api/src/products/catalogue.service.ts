import { Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { type CatalogPage, message } from '@inno/contracts';
import type { Client, PoolClient } from 'pg';
import { DataSource, EntityManager, type EntitySubscriberInterface, type TransactionCommitEvent, type TransactionRollbackEvent } from 'typeorm';
import type { PostgresDataSourceOptions } from 'typeorm/driver/postgres/PostgresDataSourceOptions';
import type { Actor } from '../auth/authenticated-user';
import { CategoriesService } from '../categories/categories.service';
import { InvalidInputError } from '../common/domain-errors';
import { ChannelListener } from '../database/channel-listener';
import { pooledClient, PublicReads } from '../database/public-reads';
import { CatalogReader, catalogTotals, type CatalogDatabase, type SqlQuery } from './catalogue-reader';
import type { ParsedCatalogQuery } from './catalogue-query';

/** The channel every API process listens on; the payload says what changed. */
export const CATALOGUE_CHANNEL = 'catalogue_changed';
type CatalogueChange = 'products' | 'synonyms';
/** Set on a transaction's query runner that changed the catalogue: this process drops its counts when it commits. */
const CHANGED_IN_TRANSACTION = 'catalogueChanged';

/**
 * The public catalogue: the query checked here, read by CatalogReader (counts cached, page live).
 *
 * Every API process keeps its own cached counts, so a change is announced to all of them with
 * PostgreSQL's NOTIFY, sent in the changing transaction: PostgreSQL delivers it when that commits
 * (never before, so no process recounts the old state and keeps it; never when it rolls back). This
 * process drops its own counts as the commit returns, the others within milliseconds of it.
 */
@Injectable()
export class CatalogueService implements EntitySubscriberInterface, OnApplicationBootstrap, OnApplicationShutdown {
  private readonly reader: CatalogReader;
  private readonly replica: CatalogDatabase;
  private readonly listener: ChannelListener;

  constructor(
    private readonly dataSource: DataSource,
    private readonly categories: CategoriesService,
    private readonly publicReads: PublicReads,
  ) {
    // Clients of TypeORM's own pg pools: the page's transaction is its own, and the hot path skips
    // TypeORM's query runner.
    const on = (connect: Connect): CatalogDatabase => ({
      query: (text, values) => withClient(connect, (query) => query(text, values)),
      withConnection: (work) => withClient(connect, work),
    });
    this.reader = new CatalogReader(on(() => pooledClient(dataSource)));
    // An anonymous reader's: a replica's when there are some.
    this.replica = on(() => publicReads.connect(null));
    dataSource.subscribers.push(this);
    this.listener = new ChannelListener((dataSource.options as PostgresDataSourceOptions).url!, [CATALOGUE_CHANNEL], {
      notified: (_, payload, client) => this.heard(payload as CatalogueChange, client),
      // Changes announced while nobody listened are unknown: drop everything (with no position, replicas' counts wait for the next change's).
      connected: async () => this.reader.invalidateSynonyms(await this.walPosition().catch(() => undefined)),
    }, 'innomarket-catalogue-listener');
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.listener.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.listener.stop();
  }

  /**
   * A product entered, left or changed in the catalogue in `manager`'s transaction: every process
   * drops its cached counts once that commits. Without `manager` (the change is committed already),
   * at once.
   */
  async invalidate(manager?: EntityManager): Promise<void> {
    await this.announce('products', manager);
  }

  /** An operator changed the synonyms: searches read them again, in every process. */
  async invalidateSynonyms(manager?: EntityManager): Promise<void> {
    await this.announce('synonyms', manager);
  }

  private async announce(change: CatalogueChange, manager?: EntityManager): Promise<void> {
    const runner = manager?.queryRunner;
    if (!runner?.isTransactionActive) {
      await (manager ?? this.dataSource.manager).query('SELECT pg_notify($1, $2)', [CATALOGUE_CHANNEL, change]);
      this.dropLocally(change);
      return;
    }
    const changes = (runner.data[CHANGED_IN_TRANSACTION] ??= new Set<CatalogueChange>()) as Set<CatalogueChange>;
    if (changes.has(change)) return; // once per transaction is enough (an import records many products in one)
    await manager!.query('SELECT pg_notify($1, $2)', [CATALOGUE_CHANNEL, change]);
    changes.add(change);
  }

  /** TypeORM, after any transaction's commit (or a savepoint's release: the transaction is then still open). */
  afterTransactionCommit({ queryRunner }: TransactionCommitEvent): void {
    const changes = queryRunner.data?.[CHANGED_IN_TRANSACTION] as Set<CatalogueChange> | undefined;
    if (!changes || queryRunner.isTransactionActive) return;
    delete queryRunner.data[CHANGED_IN_TRANSACTION];
    for (const change of changes) this.dropLocally(change);
  }

  /** Also a savepoint's: a NOTIFY after it may have been undone, so the next change sends one again. */
  afterTransactionRollback({ queryRunner }: TransactionRollbackEvent): void {
    delete queryRunner.data?.[CHANGED_IN_TRANSACTION];
  }

  /** Our own commit: the WAL position is not known here, so replicas' counts wait for the notification (which brings it). */
  private dropLocally(change: CatalogueChange): void {
    if (change === 'synonyms') this.reader.invalidateSynonyms();
    else this.reader.invalidate();
  }

  /** A commit announced a change (ours or another process's); the primary's position now is past it. */
  private async heard(change: CatalogueChange, client: Client): Promise<void> {
    const position = await this.walPosition(client).catch(() => undefined);
    if (change === 'synonyms') this.reader.invalidateSynonyms(position);
    else this.reader.invalidate(position);
  }

  /** The primary's WAL position, which replicas must have replayed to count for everyone; only asked when there are replicas. */
  private async walPosition(client?: Client): Promise<string | undefined> {
    if (!this.publicReads.fromReplica(null)) return undefined;
    const sql = 'SELECT pg_current_wal_lsn()::text AS position';
    const rows = client ? (await client.query(sql)).rows : await this.dataSource.query(sql);
    return rows[0].position;
  }

  /** `viewer`: the signed-in caller, whose reads stay on the primary (database/public-reads.ts). */
  async search(query: ParsedCatalogQuery, viewer: Actor | null = null): Promise<CatalogPage> {
    if (query.category && !(await this.categories.exists(query.category))) {
      throw new InvalidInputError('category', `category ${query.category} is not a catalogue category`, message('FIELD_UNKNOWN_CATEGORY', { code: query.category }));
    }
    const search = await this.reader.searchOf(query);
    const { items, matched, bounded, estimated, facets } = await (this.publicReads.fromReplica(viewer) ? this.reader.read(search, this.replica) : this.reader.read(search));
    if (query.page > 1 && matched <= query.offset) {
      const last = Math.max(1, Math.ceil(matched / query.pageSize));
      throw new InvalidInputError('page', `page ${query.page} is beyond the last page (${last})`, message('PAGE_BEYOND_LAST', { last }));
    }
    return { items, ...catalogTotals(matched, bounded, estimated), page: query.page, pageSize: query.pageSize, facets };
  }
}

type Connect = () => Promise<{ client: PoolClient; release(): void }>;

async function withClient<T>(connect: Connect, work: (query: SqlQuery) => Promise<T>): Promise<T> {
  const { client, release } = await connect();
  try {
    return await work((text, values) => client.query(text, values).then((r) => r.rows));
  } finally {
    release();
  }
}
