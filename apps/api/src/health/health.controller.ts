import { Controller, Get, ServiceUnavailableException } from '@nestjs/common';
import { ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { HealthResponse } from '@inno/contracts';
import { DataSource } from 'typeorm';
import { Public } from '../auth/access.decorator';
import { ApiView } from '../openapi/api-response.decorator';
import { JobQueue } from '../queue/job-queue';

/** Longer than this and the check says "down": a load balancer must not wait on a stuck pool. */
const CHECK_TIMEOUT_MS = 2_000;

/** The check's answer, false when it throws or takes longer than the timeout. */
async function within(check: () => Promise<boolean>): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), CHECK_TIMEOUT_MS)));
  try {
    return await Promise.race([check().catch(() => false), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

@ApiTags('health')
@Controller('v1/health')
export class HealthController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly queue: JobQueue,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Health check (상태 확인)' })
  @Public()
  @ApiView('HealthResponse', { description: 'The API answers, and so do its database and its job queue' })
  @ApiServiceUnavailableResponse({ description: 'The database or the job queue does not answer (the message says which)' })
  async check(): Promise<HealthResponse> {
    const [database, queue] = await Promise.all([within(() => this.dataSource.query('SELECT 1').then(() => true)), within(() => this.queue.answers())]);
    if (!database && !queue) throw new ServiceUnavailableException('The database and the job queue do not answer');
    if (!database) throw new ServiceUnavailableException('The database does not answer');
    if (!queue) throw new ServiceUnavailableException('The job queue does not answer');
    return { status: 'ok', database: 'up', queue: 'up' };
  }
}
