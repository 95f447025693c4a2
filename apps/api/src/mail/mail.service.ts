import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { MailStatus, UserStatus, type Language, type Message, type OutboxMailView, type Page } from '@inno/contracts';
import { createTransport, type Transporter } from 'nodemailer';
import { DataSource, EntityManager, In } from 'typeorm';
import { PageQueryDto, toPage } from '../common/page-query.dto';
import { AppConfig } from '../config/app.config';
import { JobQueue } from '../queue/job-queue';
import { MAIL_QUEUE } from '../queue/queues';
import { User } from '../users/user.entity';
import { Mail } from './mail.entity';
import { wordMessage } from './mail-wording';

/** What a notification tells, as codes: the mail words it in each recipient's language. */
export interface MailMessage {
  titleMessage: Message;
  bodyMessage: Message;
  /** The page, as a path of the web app. */
  link?: string;
}

/** The web page where a user chooses which mails they receive. */
export const MAIL_PREFERENCES_PATH = '/my/mail';

/**
 * Mail by a transactional outbox: `write` adds the mails (and their queue jobs) to the caller's
 * transaction; the queue's worker sends each once. Without SMTP_URL mails stay in the outbox.
 */
@Injectable()
export class MailService implements OnApplicationBootstrap {
  private readonly logger = new Logger(MailService.name);
  private readonly transport: Transporter | null;

  constructor(
    private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly queue: JobQueue,
  ) {
    this.transport = config.SMTP_URL ? createTransport(config.SMTP_URL) : null;
  }

  async onApplicationBootstrap(): Promise<void> {
    if (this.transport) await this.queue.work<{ mailId: string }>(MAIL_QUEUE, (job) => this.deliver(job.data.mailId, job.retryCount >= job.retryLimit));
  }

  /** One mail per active recipient who has not muted the kind, in the same transaction as the change. */
  async write(manager: EntityManager, userIds: string[], message: MailMessage): Promise<void> {
    if (userIds.length === 0) return;
    const kind = message.titleMessage.code;
    const users = await manager.find(User, { where: { id: In(userIds), status: UserStatus.ACTIVE }, select: { id: true, email: true, language: true, mutedMailKinds: true } });
    const recipients = users.filter((user) => !user.mutedMailKinds.includes(kind as never));
    if (recipients.length === 0) return;
    const link = message.link ? `${this.config.publicUrl}${message.link}` : null;
    const mails = recipients.map((user) => ({
      userId: user.id,
      toAddress: user.email,
      kind,
      language: user.language,
      ...this.word(message, link, user.language),
      link,
      status: this.transport ? MailStatus.QUEUED : MailStatus.OUTBOX,
    }));
    const ids: { id: string }[] = (await manager.insert(Mail, mails)).identifiers as { id: string }[];
    if (!this.transport) return;
    for (const { id } of ids) {
      await this.queue.send(
        MAIL_QUEUE,
        { mailId: id },
        { id, retryLimit: this.config.MAIL_RETRY_LIMIT, retryDelay: this.config.MAIL_RETRY_DELAY_SECONDS, retryBackoff: true, expireInSeconds: 300 },
        manager,
      );
    }
  }

  /** Subject and plain-text body in `language`, from the web's locale text. */
  private word(message: MailMessage, link: string | null, language: Language): { subject: string; body: string } {
    const preferences = `${this.config.publicUrl}${MAIL_PREFERENCES_PATH}`;
    const parts = [wordMessage(message.bodyMessage, language)];
    if (link) parts.push(wordMessage({ code: 'MAIL_OPEN_LINK', params: { link } }, language));
    parts.push(`-- \n${wordMessage({ code: 'MAIL_FOOTER', params: { preferences } }, language)}`);
    return { subject: wordMessage(message.titleMessage, language).slice(0, 300), body: parts.join('\n\n') };
  }

  /**
   * Sends a queued mail under its row's lock: a second delivery of the same job (after a worker
   * was presumed dead) waits, then finds it SENT. A failure is recorded and thrown for the queue to retry.
   */
  async deliver(mailId: string, lastAttempt: boolean): Promise<void> {
    const failure = await this.dataSource.transaction(async (manager) => {
      const mail = await manager.findOne(Mail, { where: { id: mailId }, lock: { mode: 'pessimistic_write' } });
      if (!mail || mail.status !== MailStatus.QUEUED) return null;
      try {
        await this.transport!.sendMail({
          from: this.config.MAIL_FROM,
          to: mail.toAddress,
          subject: mail.subject,
          text: mail.body,
          messageId: `<${mail.id}@innomarket.kr>`,
          headers: { 'Content-Language': mail.language },
        });
        await manager.update(Mail, mail.id, { status: MailStatus.SENT, attempts: mail.attempts + 1, sentAt: new Date(), lastError: null });
        return null;
      } catch (error) {
        const reason = (error as Error).message.slice(0, 1000);
        await manager.update(Mail, mail.id, { status: lastAttempt ? MailStatus.FAILED : MailStatus.QUEUED, attempts: mail.attempts + 1, lastError: reason });
        return error as Error;
      }
    });
    if (failure) {
      this.logger.warn(`Mail ${mailId} not sent${lastAttempt ? ' (no retry left)' : ', to be retried'}: ${failure.message}`);
      throw failure;
    }
  }

  /** The outbox, newest first: what was sent, and what would have been. */
  async outbox(query: PageQueryDto): Promise<Page<OutboxMailView>> {
    const [rows, total] = await this.dataSource.getRepository(Mail).findAndCount({ order: { createdAt: 'DESC', id: 'ASC' }, skip: query.offset, take: query.pageSize });
    return toPage(
      rows.map((m) => ({
        id: m.id,
        to: m.toAddress,
        kind: m.kind,
        language: m.language,
        subject: m.subject,
        body: m.body,
        link: m.link,
        status: m.status,
        attempts: m.attempts,
        lastError: m.lastError,
        createdAt: m.createdAt.toISOString(),
        sentAt: m.sentAt?.toISOString() ?? null,
      })),
      total,
      query,
    );
  }
}
