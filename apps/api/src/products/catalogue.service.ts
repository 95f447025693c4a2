import { Injectable } from '@nestjs/common';
import { type CatalogPage, message } from '@inno/contracts';
import type { Pool } from 'pg';
import { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { CategoriesService } from '../categories/categories.service';
import { InvalidInputError } from '../common/domain-errors';
import { CatalogReader, catalogTotals } from './catalogue-reader';
import type { ParsedCatalogQuery } from './catalogue-query';

/** The public catalogue: the query checked here, read by CatalogReader (counts cached, page live). */
@Injectable()
export class CatalogueService {
  private readonly reader: CatalogReader;

  constructor(
    dataSource: DataSource,
    private readonly categories: CategoriesService,
  ) {
    this.reader = new CatalogReader({
      query: (text, values) => dataSource.query(text, values),
      // A client of TypeORM's own pg pool: the page's transaction is its own, and the hot path skips
      // TypeORM's query runner.
      withConnection: async (work) => {
        const client = await ((dataSource.driver as PostgresDriver).master as Pool).connect();
        try {
          return await work((text, values) => client.query(text, values).then((r) => r.rows));
        } finally {
          client.release();
        }
      },
    });
  }

  /** Drops the cached counts: a product entered, left or changed in the catalogue. */
  invalidate(): void {
    this.reader.invalidate();
  }

  /** An operator changed the synonyms: searches read them again. */
  invalidateSynonyms(): void {
    this.reader.invalidateSynonyms();
  }

  async search(query: ParsedCatalogQuery): Promise<CatalogPage> {
    if (query.category && !(await this.categories.exists(query.category))) {
      throw new InvalidInputError('category', `category ${query.category} is not a catalogue category`, message('FIELD_UNKNOWN_CATEGORY', { code: query.category }));
    }
    const { items, matched, bounded, estimated, facets } = await this.reader.read(await this.reader.searchOf(query));
    if (query.page > 1 && matched <= query.offset) {
      const last = Math.max(1, Math.ceil(matched / query.pageSize));
      throw new InvalidInputError('page', `page ${query.page} is beyond the last page (${last})`, message('PAGE_BEYOND_LAST', { last }));
    }
    return { items, ...catalogTotals(matched, bounded, estimated), page: query.page, pageSize: query.pageSize, facets };
  }
}
