import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { ApiError } from '@inno/contracts';

export class ApiErrorDto implements ApiError {
  @ApiProperty({ example: 400 }) statusCode: number;
  @ApiProperty({ example: 'Bad Request' }) error: string;
  @ApiProperty({ example: 'The request has invalid fields' }) message: string;
  @ApiPropertyOptional({ description: 'The stable reason of a refusal, for programs', example: 'REPEAT_PILOT' }) code?: string;
  @ApiPropertyOptional({
    description: 'Messages per field (400 only)',
    type: 'object',
    additionalProperties: { type: 'array', items: { type: 'string' } },
    example: { email: ['email must be an email'] },
  })
  details?: Record<string, string[]>;
  @ApiPropertyOptional({ description: 'Quote it when reporting a problem' }) requestId?: string;
}
