import { Module, OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuthModule } from '../auth/auth.module';
import { OwnershipRegistry } from '../auth/ownership';
import { Proposal } from './proposal.entity';
import { ProposalsController } from './proposals.controller';
import { ProposalsService } from './proposals.service';
import { SealedContent } from './sealed-content';
import { Sealing } from '../sealing/sealing';
import { ScoutingModule } from '../scouting/scouting.module';

@Module({ imports: [AuthModule, ScoutingModule], controllers: [ProposalsController], providers: [ProposalsService, Sealing, SealedContent], exports: [ProposalsService, SealedContent] })
export class ProposalsModule implements OnModuleInit {
  constructor(
    private readonly ownership: OwnershipRegistry,
    private readonly dataSource: DataSource,
  ) {}

  /** A proposal belongs to its company. */
  onModuleInit(): void {
    this.ownership.register('proposal', async (id) => {
      const proposal = await this.dataSource.getRepository(Proposal).findOne({ where: { id }, select: { companyId: true } });
      return proposal ? { companyId: proposal.companyId } : null;
    });
  }
}
