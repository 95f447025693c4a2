import { Module, OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuthModule } from '../auth/auth.module';
import { OwnershipRegistry } from '../auth/ownership';
import { DemoDaysService } from './demo-days.service';
import { Nomination } from './nomination.entity';
import { NominationsService } from './nominations.service';
import { ScoutingController } from './scouting.controller';

@Module({ imports: [AuthModule], controllers: [ScoutingController], providers: [NominationsService, DemoDaysService], exports: [NominationsService] })
export class ScoutingModule implements OnModuleInit {
  constructor(
    private readonly ownership: OwnershipRegistry,
    private readonly dataSource: DataSource,
  ) {}

  /** A nomination belongs to the scout who made it and, once linked, to the nominated company. */
  onModuleInit(): void {
    this.ownership.register('nomination', async (id) => {
      const nomination = await this.dataSource.getRepository(Nomination).findOne({ where: { id }, select: { scoutId: true, companyId: true } });
      return nomination ? { userId: nomination.scoutId, companyId: nomination.companyId } : null;
    });
  }
}
