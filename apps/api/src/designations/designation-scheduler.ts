import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { AppConfig } from '../config/app.config';
import { ProposalsService } from '../proposals/proposals.service';
import { DesignationsService } from './designations.service';

/**
 * The platform's own moves on a timer: designations expire on their day and supplement requests
 * lapse at their deadline. Safe with several API processes (see expireDue).
 */
@Injectable()
export class DesignationScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(DesignationScheduler.name);
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly config: AppConfig,
    private readonly designations: DesignationsService,
    private readonly proposals: ProposalsService,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.SCHEDULER_INTERVAL_SECONDS === 0) return;
    this.timer = setInterval(() => void this.runOnce(), this.config.SCHEDULER_INTERVAL_SECONDS * 1000);
    this.timer.unref();
    void this.runOnce();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  async runOnce(): Promise<{ expired: number; lapsed: number }> {
    const requestId = `scheduler-${randomUUID()}`;
    try {
      return { expired: await this.designations.expireDue(requestId), lapsed: await this.proposals.lapseOverdueSupplements(requestId) };
    } catch (error) {
      this.logger.error('Scheduled run failed', (error as Error).stack);
      return { expired: 0, lapsed: 0 };
    }
  }
}
