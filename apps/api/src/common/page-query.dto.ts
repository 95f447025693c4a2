import { ApiPropertyOptional } from '@nestjs/swagger';
import { PAGE_SIZE_DEFAULT, PAGE_SIZE_MAX, type Page } from '@inno/contracts';
import { Type } from 'class-transformer';
import { IsInt, Max, Min } from 'class-validator';
import { IsOptionalNotNull } from './validation';

/** `?page=&pageSize=` for every list; pageSize is capped so no request reads an unbounded table. */
export class PageQueryDto {
  @ApiPropertyOptional({ minimum: 1, default: 1 })
  @IsOptionalNotNull() @Type(() => Number) @IsInt() @Min(1) @Max(1_000_000)
  page = 1;

  @ApiPropertyOptional({ minimum: 1, maximum: PAGE_SIZE_MAX, default: PAGE_SIZE_DEFAULT })
  @IsOptionalNotNull() @Type(() => Number) @IsInt() @Min(1) @Max(PAGE_SIZE_MAX)
  pageSize = PAGE_SIZE_DEFAULT;

  get offset(): number {
    return (this.page - 1) * this.pageSize;
  }
}

export function toPage<T>(items: T[], total: number, query: PageQueryDto): Page<T> {
  return { items, total, page: query.page, pageSize: query.pageSize };
}
