import { ApiPropertyOptional } from '@nestjs/swagger';
import { SUGGESTION_LIMITS } from '@inno/contracts';
import { Type } from 'class-transformer';
import { IsInt, Max, Min } from 'class-validator';
import { IsOptionalNotNull } from '../../common/validation';

export class SuggestionQueryDto {
  @ApiPropertyOptional({ description: `How many suggestions (default ${SUGGESTION_LIMITS.default})`, minimum: 1, maximum: SUGGESTION_LIMITS.max })
  @IsOptionalNotNull() @Type(() => Number) @IsInt() @Min(1) @Max(SUGGESTION_LIMITS.max) limit?: number;
}
