import { Injectable } from '@nestjs/common';
import type { InstitutionView } from '@inno/contracts';
import { DataSource, EntityManager, Not } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../auth/authenticated-user';
import { ConflictError, NotFoundError } from '../common/domain-errors';
import type { InstitutionDto, InstitutionUpdateDto } from './dto/institution.dto';
import { Institution } from './institution.entity';

const FIELDS = ['code', 'name', 'nameEn', 'type', 'sector', 'yearlyGoodsPurchases', 'targetRate'] as const;

export const toInstitutionView = ({ id, code, name, nameEn, type, sector, yearlyGoodsPurchases, targetRate }: Institution): InstitutionView => ({
  id, code, name, nameEn, type, sector, yearlyGoodsPurchases, targetRate,
});

/** Public institutions, kept by an ADMIN: each creation and edit audited with what changed. */
@Injectable()
export class InstitutionsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async create(actor: Actor, dto: InstitutionDto): Promise<InstitutionView> {
    const institution = await this.dataSource.transaction(async (manager) => {
      await this.checkCodeFree(manager, dto.code);
      const saved = await manager.save(manager.create(Institution, Object.fromEntries(FIELDS.map((f) => [f, dto[f]]))));
      await this.audit.record(manager, actor, { action: 'institution.created', entityType: 'institution', entityId: saved.id, data: { ...toInstitutionView(saved) } });
      return saved;
    });
    return toInstitutionView(institution);
  }

  async update(actor: Actor, id: string, dto: InstitutionUpdateDto): Promise<InstitutionView> {
    const institution = await this.dataSource.transaction(async (manager) => {
      const current = await manager.findOne(Institution, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!current) throw new NotFoundError('institution', id);
      const changes: Record<string, { from: unknown; to: unknown }> = {};
      for (const field of FIELDS) {
        if (dto[field] !== undefined && dto[field] !== current[field]) changes[field] = { from: current[field], to: dto[field] };
      }
      if (!Object.keys(changes).length) return current;
      if (changes.code) await this.checkCodeFree(manager, dto.code!, id);
      const updated = await manager.save(manager.merge(Institution, current, Object.fromEntries(Object.entries(changes).map(([f, c]) => [f, c.to]))));
      await this.audit.record(manager, actor, { action: 'institution.updated', entityType: 'institution', entityId: id, data: { changes } });
      return updated;
    });
    return toInstitutionView(institution);
  }

  /** A clear refusal for a code in use; the unique index still decides between two creations at once. */
  private async checkCodeFree(manager: EntityManager, code: string, exceptId?: string) {
    if (await manager.existsBy(Institution, { code, ...(exceptId ? { id: Not(exceptId) } : {}) })) {
      throw new ConflictError(`An institution with the code ${code} already exists`, 'DUPLICATE_CODE', undefined, { code });
    }
  }
}
