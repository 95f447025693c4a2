import { Check, Column, Entity, PrimaryColumn } from 'typeorm';

const bigintAsNumber = { to: (v: number) => v, from: (v: string) => Number(v) };
const numericAsNumber = { to: (v: number) => v, from: (v: string) => Number(v) };

/** An institution's goods purchases for a year, entered by the institution or an operator: the target's base. */
@Entity({ name: 'institution_goods_purchases' })
export class InstitutionGoodsPurchases {
  @PrimaryColumn({ name: 'institution_id', type: 'uuid' }) institutionId: string;
  @PrimaryColumn({ type: 'smallint' }) year: number;
  @Column({ type: 'bigint', transformer: bigintAsNumber }) amount: number;
  @Column({ name: 'updated_by', type: 'uuid' }) updatedBy: string;
  @Column({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}

/** The target rate an operator sets for every institution of a sector in a year (e.g. 1.0% to 1.7%). */
@Entity({ name: 'sector_target_rates' })
@Check('CHK_sector_target_rates_rate', '"rate" > 0 AND "rate" <= 0.1')
export class SectorTargetRate {
  @PrimaryColumn({ type: 'smallint' }) year: number;
  @PrimaryColumn({ type: 'varchar', length: 60 }) sector: string;
  @Column({ type: 'numeric', precision: 5, scale: 4, transformer: numericAsNumber }) rate: number;
  @Column({ name: 'updated_by', type: 'uuid' }) updatedBy: string;
  @Column({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
