import { Injectable } from '@nestjs/common';
import { DEFAULT_RULE_SETTINGS, designationRulesProblems, type DesignationRules, type RuleSettings, type RuleSettingsView } from '@inno/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../auth/authenticated-user';
import { RequestValidationError } from '../common/validation';
import { checkCriteria } from '../calls/criteria';
import { RuleSettingsRecord } from './rule-settings.entity';

const CURRENT = 1;

/** A designation's terms must fit under the ceiling they are counted against (the rule shared with the web). */
export function checkDesignationRules(rules: DesignationRules, field = 'designation'): void {
  const problems = designationRulesProblems(rules, `${field}.`);
  if (Object.keys(problems).length) throw new RequestValidationError(problems);
}

/** Settings saved before a group of rules existed read that group's built-in defaults. */
const withDefaults = (settings: RuleSettings | undefined): RuleSettings => ({ ...DEFAULT_RULE_SETTINGS, ...settings });

@Injectable()
export class RuleSettingsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** The defaults a new call or plan copies; the built-in ones until an operator saves others. */
  async current(manager: EntityManager = this.dataSource.manager): Promise<RuleSettings> {
    const record = await manager.findOneBy(RuleSettingsRecord, { id: CURRENT });
    return withDefaults(record?.settings);
  }

  async view(): Promise<RuleSettingsView> {
    const record = await this.dataSource.manager.findOneBy(RuleSettingsRecord, { id: CURRENT });
    return { ...withDefaults(record?.settings), updatedAt: record?.updatedAt?.toISOString() ?? null, updatedBy: record?.updatedBy ?? null };
  }

  /** Changes the defaults for calls and plans opened from now on; those already open keep theirs. */
  async update(actor: Actor, settings: Omit<RuleSettings, 'ideas' | 'observers'> & Partial<Pick<RuleSettings, 'ideas' | 'observers'>>): Promise<RuleSettingsView> {
    checkCriteria(settings.criteria);
    checkDesignationRules(settings.designation);
    await this.dataSource.transaction(async (manager) => {
      // Row lock: two operators saving at once are applied one after the other, each audited with what it replaced.
      const previous = await manager.findOne(RuleSettingsRecord, { where: { id: CURRENT }, lock: { mode: 'pessimistic_write' } });
      const ideas = settings.ideas ?? previous?.settings.ideas ?? DEFAULT_RULE_SETTINGS.ideas;
      const observers = settings.observers ?? withDefaults(previous?.settings).observers;
      const next: RuleSettings = { criteria: settings.criteria, designation: settings.designation, pilot: settings.pilot, scouting: settings.scouting, ideas, observers };
      await manager.upsert(RuleSettingsRecord, { id: CURRENT, settings: next, updatedAt: new Date(), updatedBy: actor.userId }, ['id']);
      await this.audit.record(manager, actor, {
        action: 'rule_settings.updated',
        entityType: 'rule_settings',
        entityId: String(CURRENT),
        data: { previous: withDefaults(previous?.settings), settings: next },
      });
    });
    return this.view();
  }
}
