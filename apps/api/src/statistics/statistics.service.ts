import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import type { HeadlineStatistics, StatisticsFilters, StatisticsView } from '@inno/contracts';
import { Clock, koreanDate } from '../clock/clock';
import { AppConfig } from '../config/app.config';
import type { StatisticsQueryDto } from './dto/statistics-query.dto';
import { StatisticsReader } from './statistics-reader';

/**
 * Figures stay fresh this long, then are recomputed while the older ones are still served (up to
 * STALE_SECONDS): a year's figures cost a few scans of the workflow tables (see docs/performance.md,
 * "Statistics"), so no visitor waits for them but the first, and the page says how old they are.
 */
export const FRESH_SECONDS = 300;
const STALE_SECONDS = 3_600;
const CACHE_MAX = 200;

interface Cached<T> {
  value: T;
  computedAt: number;
}

/** The public statistics (통계) and the home page's headline figures, computed from the workflow tables and kept in memory a while. */
@Injectable()
export class StatisticsService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(StatisticsService.name);
  private readonly cache = new Map<string, Cached<unknown>>();
  private readonly computing = new Map<string, Promise<Cached<unknown>>>();
  /** Computations run one after another, so however many filters are asked at once the pool keeps connections for other requests. */
  private queue: Promise<unknown> = Promise.resolve();
  private warming?: NodeJS.Timeout;

  constructor(
    private readonly reader: StatisticsReader,
    private readonly clock: Clock,
    private readonly config: AppConfig,
  ) {}

  /**
   * Keeps the home page's figures (and so the statistics page's default year) computed in this
   * process, so no visitor waits for them after a start or a quiet hour. Off where the platform's
   * own schedule is off (tests).
   */
  onApplicationBootstrap(): void {
    if (this.config.SCHEDULER_INTERVAL_SECONDS === 0) return;
    const warm = () => void this.headline().catch((error: unknown) => this.logger.warn(`Statistics not computed: ${error instanceof Error ? error.message : String(error)}`));
    warm();
    this.warming = setInterval(warm, FRESH_SECONDS * 1000).unref();
  }

  onModuleDestroy(): void {
    clearInterval(this.warming);
  }

  private thisYear(): number {
    return Number(koreanDate(this.clock.now()).slice(0, 4));
  }

  async statistics(query: StatisticsQueryDto): Promise<StatisticsView> {
    const thisYear = this.thisYear();
    const year = query.year ?? thisYear;
    const filters: StatisticsFilters = { region: query.region ?? null, kind: query.kind ?? null, institutionType: query.institutionType ?? null };
    const { value, computedAt } = await this.yearFigures(year, thisYear, filters);
    return { year, filters, ...value, ...this.freshness(computedAt) };
  }

  /** This year's figures without filters (the statistics page's default, so both show the same), and the catalogue now. */
  async headline(): Promise<HeadlineStatistics> {
    const year = this.thisYear();
    const [figures, listed] = await Promise.all([
      this.yearFigures(year, year, { region: null, kind: null, institutionType: null }),
      this.cached('listed', () => this.reader.listed()),
    ]);
    const sum = (field: 'designations' | 'pilotsContracted' | 'pilotAmount' | 'orders' | 'orderAmount' | 'ideas') => figures.value.months.reduce((total, month) => total + month[field], 0);
    return {
      year,
      ...listed.value,
      designations: sum('designations'),
      pilotsContracted: sum('pilotsContracted'),
      pilotAmount: sum('pilotAmount'),
      orders: sum('orders'),
      orderAmount: sum('orderAmount'),
      institutions: figures.value.targets.institutions,
      institutionsMet: figures.value.targets.met,
      ideas: sum('ideas'),
      ...this.freshness(Math.min(figures.computedAt, listed.computedAt)),
    };
  }

  private yearFigures(year: number, thisYear: number, filters: StatisticsFilters) {
    return this.cached(JSON.stringify([year, thisYear, filters]), () => this.reader.yearFigures(year, thisYear, filters));
  }

  private freshness(computedAt: number) {
    return { asOf: new Date(computedAt).toISOString(), freshSeconds: FRESH_SECONDS };
  }

  /** Fresh figures as they are; stale ones while a recount runs in the background; none: computed once for everyone asking. */
  private async cached<T>(key: string, compute: () => Promise<T>): Promise<Cached<T>> {
    const now = this.clock.now().getTime();
    const cached = this.cache.get(key) as Cached<T> | undefined;
    const age = cached ? (now - cached.computedAt) / 1000 : Infinity;
    if (cached && age < FRESH_SECONDS) return cached;
    const running = this.computing.get(key) as Promise<Cached<T>> | undefined;
    const computing =
      running ??
      (() => {
        const promise = this.queue
          .then(async () => ({ started: this.clock.now().getTime(), value: await compute() }))
          .then(({ started, value }) => {
            const entry = { value, computedAt: started };
            this.cache.delete(key);
            if (this.cache.size >= CACHE_MAX) this.cache.delete(this.cache.keys().next().value!);
            this.cache.set(key, entry);
            return entry;
          })
          .finally(() => this.computing.delete(key));
        this.queue = promise.catch(() => undefined);
        this.computing.set(key, promise);
        return promise;
      })();
    if (cached && age < STALE_SECONDS) {
      computing.catch(() => undefined); // a failed recount keeps the older figures; a later request tries again
      return cached;
    }
    return computing;
  }
}
