import { Injectable } from '@nestjs/common';
import { UserStatus, type Message, type NotificationView, type Page } from '@inno/contracts';
import { DataSource, EntityManager, In, IsNull } from 'typeorm';
import { NotFoundError } from '../common/domain-errors';
import { PageQueryDto, toPage } from '../common/page-query.dto';
import { MailService } from '../mail/mail.service';
import { User } from '../users/user.entity';
import { Notification } from './notification.entity';

/** A notification in English (`title`, `body`) and as the codes the web words when it is read. */
export interface NotificationMessage {
  title: string;
  body: string;
  titleMessage: Message;
  bodyMessage: Message;
  link?: string;
}

/** In-app notifications and their mails, written in the same transaction as the change they tell of. */
@Injectable()
export class NotificationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly mail: MailService,
  ) {}

  async notifyUsers(manager: EntityManager, userIds: string[], message: NotificationMessage): Promise<void> {
    const unique = [...new Set(userIds)];
    if (unique.length === 0) return;
    await manager.insert(
      Notification,
      unique.map((userId) => ({ userId, title: message.title, body: message.body, titleMessage: message.titleMessage, bodyMessage: message.bodyMessage, link: message.link ?? null })),
    );
    await this.mail.write(manager, unique, message);
  }

  /** Every active user of a company (a proposal concerns all of them). */
  async notifyCompany(manager: EntityManager, companyId: string, message: NotificationMessage): Promise<void> {
    const users = await manager.find(User, { where: { companyId, status: UserStatus.ACTIVE }, select: { id: true } });
    await this.notifyUsers(manager, users.map((u) => u.id), message);
  }

  /** Every active officer of an institution. */
  async notifyInstitution(manager: EntityManager, institutionId: string, message: NotificationMessage): Promise<void> {
    const users = await manager.find(User, { where: { institutionId, status: UserStatus.ACTIVE }, select: { id: true } });
    await this.notifyUsers(manager, users.map((u) => u.id), message);
  }

  async list(userId: string, query: PageQueryDto & { unread?: boolean }): Promise<Page<NotificationView> & { unread: number }> {
    const repository = this.dataSource.getRepository(Notification);
    const where = query.unread ? { userId, readAt: IsNull() } : { userId };
    const [rows, total] = await repository.findAndCount({ where, order: { createdAt: 'DESC', id: 'ASC' }, skip: query.offset, take: query.pageSize });
    const unread = await repository.countBy({ userId, readAt: IsNull() });
    return {
      ...toPage(
        rows.map((n) => ({ id: n.id, title: n.title, body: n.body, titleMessage: n.titleMessage, bodyMessage: n.bodyMessage, link: n.link, createdAt: n.createdAt.toISOString(), readAt: n.readAt?.toISOString() ?? null })),
        total,
        query,
      ),
      unread,
    };
  }

  /** Marks the user's own notifications read; someone else's is "not found". */
  async markRead(userId: string, ids: string[]): Promise<void> {
    const result = await this.dataSource.getRepository(Notification).update({ id: In(ids), userId, readAt: IsNull() }, { readAt: new Date() });
    if (ids.length === 1 && result.affected === 0) {
      const mine = await this.dataSource.getRepository(Notification).existsBy({ id: ids[0], userId });
      if (!mine) throw new NotFoundError('notification', ids[0]);
    }
  }
}
