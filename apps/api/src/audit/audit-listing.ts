import { Injectable } from '@nestjs/common';
import type { AuditFilterOptions, AuditListItem, Page } from '@inno/contracts';
import { DataSource, In } from 'typeorm';
import type { PageQueryDto } from '../common/page-query.dto';
import { User } from '../users/user.entity';
import { AuditService } from './audit.service';

/** The audit log as operators read it: who by name, and what it can be filtered by. */
@Injectable()
export class AuditListing {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(query: PageQueryDto & { entityType?: string; entityId?: string; action?: string }): Promise<Page<AuditListItem>> {
    const page = await this.audit.list(query);
    const ids = [...new Set(page.items.map((event) => event.actorId).filter((id): id is string => id !== null))];
    const users = ids.length ? await this.dataSource.getRepository(User).find({ where: { id: In(ids) }, select: { id: true, name: true } }) : [];
    const names = new Map(users.map((user) => [user.id, user.name]));
    return { ...page, items: page.items.map((event) => ({ ...event, actorName: event.actorId ? (names.get(event.actorId) ?? null) : null })) };
  }

  async filterOptions(): Promise<AuditFilterOptions> {
    const distinct = async (column: 'entity_type' | 'action') =>
      ((await this.dataSource.query(`SELECT DISTINCT ${column} AS value FROM audit_events ORDER BY 1`)) as { value: string }[]).map((row) => row.value);
    const [entityTypes, actions] = await Promise.all([distinct('entity_type'), distinct('action')]);
    return { entityTypes, actions };
  }
}
