import type { RuleSettings } from '@inno/contracts';
import { Check, Column, Entity, PrimaryColumn } from 'typeorm';

/** The one record of default rules that new calls and plans copy (domain.md: defaults, not constants). */
@Entity({ name: 'rule_settings' })
@Check('CHK_rule_settings_single', '"id" = 1')
export class RuleSettingsRecord {
  /** Always 1: there is one current set; each call and plan keeps the copy it was opened with. */
  @PrimaryColumn({ type: 'smallint' }) id: number;
  @Column({ type: 'jsonb' }) settings: RuleSettings;
  @Column({ name: 'updated_at', type: 'timestamptz', nullable: true }) updatedAt: Date | null;
  @Column({ name: 'updated_by', type: 'uuid', nullable: true }) updatedBy: string | null;
}
