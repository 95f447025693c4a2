import { Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import PgBoss from 'pg-boss';
import { DataSource, EntityManager } from 'typeorm';
import type { PostgresDataSourceOptions } from 'typeorm/driver/postgres/PostgresDataSourceOptions';
import { AppConfig } from '../config/app.config';
import { QUEUE_SCHEMA, SCHEDULED_WORK_QUEUE } from './queues';

export type JobHandler<T> = (job: PgBoss.JobWithMetadata<T>) => Promise<void>;

/**
 * The durable queue (pg-boss on the platform's own PostgreSQL, schema `pgboss`): jobs are rows, so
 * they survive a restart, and one worker of all API processes takes each (SKIP LOCKED). A job sent
 * with `manager` is inserted in that transaction: it exists exactly when the change does.
 */
@Injectable()
export class JobQueue implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(JobQueue.name);
  private readonly boss: PgBoss;
  private readonly timers: NodeJS.Timeout[] = [];
  private started = false;

  constructor(
    private readonly config: AppConfig,
    dataSource: DataSource,
  ) {
    this.boss = new PgBoss({
      connectionString: (dataSource.options as PostgresDataSourceOptions).url,
      schema: QUEUE_SCHEMA,
      max: 2,
      // The schema and the queues are the migrations' (the API's role may not create them).
      migrate: false,
      // Cron is not used: timers below send throttled jobs instead.
      schedule: false,
      application_name: 'innomarket-queue',
    });
    this.boss.on('error', (error) => this.logger.error(`Queue: ${error.message}`, error.stack));
  }

  async onModuleInit(): Promise<void> {
    await this.boss.start();
    this.started = true;
  }

  async onModuleDestroy(): Promise<void> {
    for (const timer of this.timers) clearInterval(timer);
    this.started = false;
    // Jobs under way finish (or fail, to be retried by another process) before the pool closes.
    await this.boss.stop({ graceful: true, wait: true, timeout: 10_000 });
  }

  /**
   * For the health check: this process's queue is started and its own pool reaches the queue's
   * tables (a count on one partition: cheap, and it fails when the schema or the pool does).
   */
  async answers(): Promise<boolean> {
    if (!this.started) return false;
    try {
      await this.boss.getQueueSize(SCHEDULED_WORK_QUEUE);
      return true;
    } catch {
      return false;
    }
  }

  async send<T extends object>(name: string, data: T, options: PgBoss.SendOptions, manager?: EntityManager): Promise<void> {
    const db = manager ? { executeSql: async (text: string, values: unknown[]) => ({ rows: await manager.query(text, values) }) } : undefined;
    await this.boss.send(name, data, { ...options, ...(db ? { db } : {}) });
  }

  /** Runs `handler` for each job of the queue, one at a time in this process; a throw retries the job. */
  async work<T>(name: string, handler: JobHandler<T>): Promise<void> {
    await this.boss.work<T>(name, { includeMetadata: true, batchSize: 1, pollingIntervalSeconds: this.config.QUEUE_POLL_SECONDS }, async ([job]) => handler(job));
  }

  /**
   * Every process asks for a job every `seconds`; the queue keeps one per period (a singleton slot),
   * so the work runs once a period across all processes, retried when it fails.
   */
  every(name: string, seconds: number): void {
    const request = () => void this.boss.send(name, {}, { singletonKey: name, singletonSeconds: seconds, retryLimit: 3, retryDelay: 60 }).catch((error: Error) => this.logger.error(`Queue ${name}: ${error.message}`));
    const timer = setInterval(request, seconds * 1000);
    timer.unref();
    this.timers.push(timer);
    request();
  }
}
