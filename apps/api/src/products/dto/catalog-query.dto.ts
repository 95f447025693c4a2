import { ApiPropertyOptional } from '@nestjs/swagger';
import { CatalogSort, PRICE_MAX_KRW, ProductKind, type CatalogQuery } from '@inno/contracts';
import { Transform, Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { PageQueryDto } from '../../common/page-query.dto';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() || undefined : value);

export class CatalogQueryDto extends PageQueryDto implements CatalogQuery {
  @ApiPropertyOptional({ description: 'Words (Korean or English, or parts of words) that must all appear' })
  @IsOptional() @Transform(trim) @IsString() @MaxLength(100) q?: string;

  @ApiPropertyOptional({ enum: Object.values(ProductKind) })
  @IsOptional() @IsIn(Object.values(ProductKind)) kind?: ProductKind;

  @ApiPropertyOptional({ description: 'A category code of any level' })
  @IsOptional() @IsString() @MaxLength(20) category?: string;

  @ApiPropertyOptional() @IsOptional() @Transform(trim) @IsString() @MaxLength(60) certification?: string;
  @ApiPropertyOptional() @IsOptional() @Transform(trim) @IsString() @MaxLength(100) designatingBody?: string;
  @ApiPropertyOptional() @IsOptional() @Transform(trim) @IsString() @MaxLength(40) region?: string;

  @ApiPropertyOptional() @IsOptional() @Type(() => Number) @IsInt() @Min(0) @Max(PRICE_MAX_KRW) minPrice?: number;
  @ApiPropertyOptional() @IsOptional() @Type(() => Number) @IsInt() @Min(0) @Max(PRICE_MAX_KRW) maxPrice?: number;

  @ApiPropertyOptional({ enum: Object.values(CatalogSort), default: CatalogSort.RELEVANCE })
  @IsOptional() @IsIn(Object.values(CatalogSort)) sort: CatalogSort = CatalogSort.RELEVANCE;
}
