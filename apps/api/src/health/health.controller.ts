import { Controller, Get, ServiceUnavailableException } from '@nestjs/common';
import { ApiOkResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { HealthResponse } from '@inno/contracts';
import { DataSource } from 'typeorm';
import { Public } from '../auth/access.decorator';
import { ApiErrorDto } from '../common/api-error.dto';

@ApiTags('health')
@Controller('v1/health')
export class HealthController {
  constructor(private readonly dataSource: DataSource) {}

  @Get()
  @Public()
  @ApiOkResponse({ description: 'The API answers and its database does too' })
  @ApiServiceUnavailableResponse({ type: ApiErrorDto })
  async check(): Promise<HealthResponse> {
    try {
      await this.dataSource.query('SELECT 1');
    } catch {
      throw new ServiceUnavailableException('The database does not answer');
    }
    return { status: 'ok', database: 'up' };
  }
}
