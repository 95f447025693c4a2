import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsISO8601, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { IsOptionalNotNull } from '../../common/validation';

export const RELEASES_LIMIT_DEFAULT = 100;
export const RELEASES_LIMIT_MAX = 1000;

/** `?since=&cursor=&limit=`: releases dated from `since`, continuing after a page's `links.next` cursor. */
export class ReleaseQueryDto {
  @ApiPropertyOptional({ description: 'Only releases dated at or after this ISO date-time', example: '2026-01-01T00:00:00+09:00' })
  @IsOptionalNotNull() @IsISO8601({ strict: true }, { message: 'since must be an ISO date-time' })
  since?: string;

  @ApiPropertyOptional({ description: 'Where the previous page ended: take it from that page’s links.next' })
  @IsOptionalNotNull() @IsString() @MaxLength(200) @Matches(/^[A-Za-z0-9_-]+$/, { message: 'cursor must be a value from a links.next of this feed' })
  cursor?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: RELEASES_LIMIT_MAX, default: RELEASES_LIMIT_DEFAULT })
  @IsOptionalNotNull() @Type(() => Number) @IsInt() @Min(1) @Max(RELEASES_LIMIT_MAX)
  limit = RELEASES_LIMIT_DEFAULT;
}
