import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { AppConfig } from '../config/app.config';
import { Reminders } from '../mail/reminders';
import { SuggestionMails } from '../matchmaking/suggestion-mails';
import { ProposalsService } from '../proposals/proposals.service';
import { JobQueue } from '../queue/job-queue';
import { SCHEDULED_WORK_QUEUE } from '../queue/queues';
import { DesignationsService } from './designations.service';

/**
 * The platform's own moves, every SCHEDULER_INTERVAL_SECONDS through the durable queue: one job a
 * period across all API processes (a failed run is retried), taken by whichever worker is free.
 * Each move is safe to repeat: designations expire once, reminders are sent once per due date.
 */
@Injectable()
export class DesignationScheduler implements OnApplicationBootstrap {
  private readonly logger = new Logger(DesignationScheduler.name);

  constructor(
    private readonly config: AppConfig,
    private readonly queue: JobQueue,
    private readonly designations: DesignationsService,
    private readonly proposals: ProposalsService,
    private readonly reminders: Reminders,
    private readonly suggestionMails: SuggestionMails,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.SCHEDULER_INTERVAL_SECONDS === 0) return;
    await this.queue.work(SCHEDULED_WORK_QUEUE, async () => {
      const done = await this.runOnce();
      this.logger.log(`Scheduled run: ${done.expired} expired, ${done.lapsed} supplements lapsed, ${done.reminded} reminders, ${done.suggested} suggestion mails`);
    });
    this.queue.every(SCHEDULED_WORK_QUEUE, this.config.SCHEDULER_INTERVAL_SECONDS);
  }

  /** One run; a failure is thrown for the queue to retry. */
  async runOnce(): Promise<{ expired: number; lapsed: number; reminded: number; suggested: number }> {
    const requestId = `scheduler-${randomUUID()}`;
    return {
      expired: await this.designations.expireDue(requestId),
      lapsed: await this.proposals.lapseOverdueSupplements(requestId),
      reminded: await this.reminders.sendDue(),
      suggested: await this.suggestionMails.sendDue(),
    };
  }
}
