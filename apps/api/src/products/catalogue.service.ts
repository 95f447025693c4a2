import { Injectable } from '@nestjs/common';
import { CATALOG_RESULT_CAP, type CatalogPage } from '@inno/contracts';
import { DataSource } from 'typeorm';
import { CategoriesService } from '../categories/categories.service';
import { InvalidInputError } from '../common/domain-errors';
import { CatalogReader } from './catalogue-reader';
import { catalogSearchOf } from './catalogue-search';
import type { CatalogQueryDto } from './dto/catalog-query.dto';

type PgClient = { query(text: string, values?: unknown[]): Promise<{ rows: Record<string, unknown>[] }> };

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
      // The raw pg client: the page's transaction is its own, and the hot path skips TypeORM's wrapping.
      withConnection: async (work) => {
        const runner = dataSource.createQueryRunner();
        try {
          const client = (await runner.connect()) as PgClient;
          return await work((text, values) => client.query(text, values).then((r) => r.rows));
        } finally {
          await runner.release();
        }
      },
    });
  }

  /** Drops the cached counts: a product entered, left or changed in the catalogue. */
  invalidate(): void {
    this.reader.invalidate();
  }

  async search(query: CatalogQueryDto): Promise<CatalogPage> {
    if (query.category && !(await this.categories.exists(query.category))) {
      throw new InvalidInputError('category', `category ${query.category} is not a catalogue category`);
    }
    if (query.minPrice !== undefined && query.maxPrice !== undefined && query.minPrice > query.maxPrice) {
      throw new InvalidInputError('minPrice', 'minPrice must not exceed maxPrice');
    }
    if (query.offset + query.pageSize > CATALOG_RESULT_CAP) {
      throw new InvalidInputError('page', `Only the first ${CATALOG_RESULT_CAP} results can be paged; narrow the search with words or filters`);
    }
    const { items, matched, facets } = await this.reader.read(catalogSearchOf(query));
    if (query.page > 1 && matched <= query.offset) {
      const last = Math.max(1, Math.ceil(matched / query.pageSize));
      throw new InvalidInputError('page', `page ${query.page} is beyond the last page (${last})`);
    }
    return {
      items,
      total: Math.min(matched, CATALOG_RESULT_CAP),
      totalIsCapped: matched > CATALOG_RESULT_CAP,
      page: query.page,
      pageSize: query.pageSize,
      facets,
    };
  }
}
