import { Injectable } from '@nestjs/common';
import { CATALOG_RESULT_CAP, type CatalogPage, type FacetCount } from '@inno/contracts';
import { DataSource } from 'typeorm';
import { CategoriesService } from '../categories/categories.service';
import { InvalidInputError } from '../common/domain-errors';
import { catalogFacetsSql, catalogSearchSql, tagsOf, termsOf, type CatalogSearch } from './catalogue-search';
import type { CatalogQueryDto } from './dto/catalog-query.dto';
import { toSummaryFromRow } from './product.view';

const FACET_TTL_MS = 30_000;
const FACET_CACHE_MAX = 1_000;

type Facets = CatalogPage['facets'];

/**
 * The public catalogue. The page and a capped total come from one statement; facet counts
 * cover every match and are cached briefly per search (30 s; cleared at once in this process
 * when a product changes — another replica may lag by up to that long).
 */
@Injectable()
export class CatalogueService {
  private readonly facetCache = new Map<string, { at: number; facets: Facets }>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly categories: CategoriesService,
  ) {}

  invalidate(): void {
    this.facetCache.clear();
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
    const search: CatalogSearch = {
      terms: termsOf(query.q),
      tags: tagsOf(query),
      minPrice: query.minPrice,
      maxPrice: query.maxPrice,
      sort: query.sort,
      limit: query.pageSize,
      offset: query.offset,
    };
    const { text, values } = catalogSearchSql(search);
    const [rows, facets] = await Promise.all([this.dataSource.query(text, values), this.facets(search)]);
    const matched: number = rows[0].total;
    const items = rows.filter((row: { id: string | null }) => row.id !== null).map(toSummaryFromRow);
    if (items.length === 0 && query.page > 1 && matched <= query.offset) {
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

  private async facets(search: CatalogSearch): Promise<Facets> {
    const key = JSON.stringify([search.terms, [...search.tags].sort(), search.minPrice, search.maxPrice]);
    const cached = this.facetCache.get(key);
    if (cached && Date.now() - cached.at < FACET_TTL_MS) return cached.facets;
    const { text, values } = catalogFacetsSql(search);
    const rows: { facet: keyof Facets; value: string; count: number }[] = await this.dataSource.query(text, values);
    const facets: Facets = { kind: [], category: [], region: [] };
    for (const row of rows) facets[row.facet].push({ value: row.value, count: row.count });
    const byCount = (a: FacetCount, b: FacetCount) => b.count - a.count || a.value.localeCompare(b.value);
    facets.kind.sort(byCount);
    facets.category.sort(byCount);
    facets.region.sort(byCount);
    if (this.facetCache.size >= FACET_CACHE_MAX) this.facetCache.delete(this.facetCache.keys().next().value!);
    this.facetCache.set(key, { at: Date.now(), facets });
    return facets;
  }
}
