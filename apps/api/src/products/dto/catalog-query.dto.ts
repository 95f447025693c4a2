import { ApiPropertyOptional } from '@nestjs/swagger';
import { CATALOGUE_QUERY_RULES as RULES, CatalogSort, PAGE_SIZE_DEFAULT, type CatalogQuery, type ProductKind } from '@inno/contracts';

/**
 * GET /api/v1/products's query for OpenAPI; parseCatalogQuery (catalogue-query.ts) reads and checks
 * it. Both take their limits from CATALOGUE_QUERY_RULES, which the web's search form checks too.
 */
export class CatalogQueryDto implements CatalogQuery {
  @ApiPropertyOptional({ type: 'integer', minimum: RULES.page.min, maximum: RULES.page.max, default: 1 })
  page?: number;

  @ApiPropertyOptional({ type: 'integer', minimum: RULES.pageSize.min, maximum: RULES.pageSize.max, default: PAGE_SIZE_DEFAULT })
  pageSize?: number;

  @ApiPropertyOptional({ type: String, description: 'Words (Korean or English, or parts of words) that must all appear', maxLength: RULES.q.max })
  q?: string;

  @ApiPropertyOptional({ enum: [...RULES.kind.choices] })
  kind?: ProductKind;

  @ApiPropertyOptional({ type: String, description: 'A category code of any level', maxLength: RULES.category.max })
  category?: string;

  @ApiPropertyOptional({ type: String, maxLength: RULES.certification.max }) certification?: string;
  @ApiPropertyOptional({ type: String, maxLength: RULES.designatingBody.max }) designatingBody?: string;
  @ApiPropertyOptional({ type: String, maxLength: RULES.region.max }) region?: string;

  @ApiPropertyOptional({ minimum: RULES.minPrice.min, maximum: RULES.minPrice.max, type: 'integer' }) minPrice?: number;
  @ApiPropertyOptional({ minimum: RULES.maxPrice.min, maximum: RULES.maxPrice.max, type: 'integer', description: 'Not below minPrice' }) maxPrice?: number;

  @ApiPropertyOptional({ enum: [...RULES.sort.choices], default: CatalogSort.RELEVANCE })
  sort?: CatalogSort;
}
