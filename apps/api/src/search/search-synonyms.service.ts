import { Injectable } from '@nestjs/common';
import { synonymGroupProblems, type SynonymGroupView } from '@inno/contracts';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../auth/authenticated-user';
import { NotFoundError } from '../common/domain-errors';
import { RequestValidationError } from '../common/validation';
import { CatalogueService } from '../products/catalogue.service';
import { SearchSynonym } from './search-synonym.entity';

const toView = (group: SearchSynonym): SynonymGroupView => ({ id: group.id, words: group.words, updatedAt: group.updatedAt.toISOString(), updatedBy: group.updatedBy });

/** The synonym groups operators keep; every change is audited and reaches the catalogue's next search. */
@Injectable()
export class SearchSynonymsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly catalogue: CatalogueService,
  ) {}

  async list(): Promise<SynonymGroupView[]> {
    return (await this.dataSource.getRepository(SearchSynonym).find({ order: { updatedAt: 'DESC' } })).map(toView);
  }

  async create(actor: Actor, words: string[]): Promise<SynonymGroupView> {
    const cleaned = check(words);
    const group = await this.dataSource.transaction(async (manager) => {
      const saved = await manager.save(SearchSynonym, manager.create(SearchSynonym, { words: cleaned, updatedBy: actor.userId }));
      await this.audit.record(manager, actor, { action: 'search_synonyms.created', entityType: 'search_synonyms', entityId: saved.id, data: { words: cleaned } });
      await this.catalogue.invalidateSynonyms(manager);
      return saved;
    });
    return toView(group);
  }

  async update(actor: Actor, id: string, words: string[]): Promise<SynonymGroupView> {
    const cleaned = check(words);
    const group = await this.dataSource.transaction(async (manager) => {
      const current = await manager.findOne(SearchSynonym, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!current) throw new NotFoundError('search_synonyms', id);
      const previous = current.words;
      current.words = cleaned;
      current.updatedBy = actor.userId;
      const saved = await manager.save(current);
      await this.audit.record(manager, actor, { action: 'search_synonyms.updated', entityType: 'search_synonyms', entityId: id, data: { previous, words: cleaned } });
      await this.catalogue.invalidateSynonyms(manager);
      return saved;
    });
    return toView(group);
  }

  async remove(actor: Actor, id: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const current = await manager.findOne(SearchSynonym, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!current) throw new NotFoundError('search_synonyms', id);
      await manager.delete(SearchSynonym, { id });
      await this.audit.record(manager, actor, { action: 'search_synonyms.deleted', entityType: 'search_synonyms', entityId: id, data: { previous: current.words } });
      await this.catalogue.invalidateSynonyms(manager);
    });
  }
}

/** The words trimmed, checked by the rule shared with the web (400 with `details.words` otherwise). */
function check(words: string[]): string[] {
  const cleaned = words.map((w) => w.trim().normalize('NFC'));
  const problems = synonymGroupProblems(cleaned);
  if (problems.length) throw new RequestValidationError({ words: problems.map((p) => p.message) }, { words: problems.map((p) => p.why) });
  return cleaned;
}
