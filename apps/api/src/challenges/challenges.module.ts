import { Module, OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuthModule } from '../auth/auth.module';
import { OwnershipRegistry } from '../auth/ownership';
import { CallsModule } from '../calls/calls.module';
import { ProposalsModule } from '../proposals/proposals.module';
import { Challenge } from './challenge.entity';
import { ChallengesController } from './challenges.controller';
import { ChallengesService } from './challenges.service';

@Module({ imports: [AuthModule, CallsModule, ProposalsModule], controllers: [ChallengesController], providers: [ChallengesService], exports: [ChallengesService] })
export class ChallengesModule implements OnModuleInit {
  constructor(
    private readonly ownership: OwnershipRegistry,
    private readonly dataSource: DataSource,
  ) {}

  /** A challenge belongs to its institution. */
  onModuleInit(): void {
    this.ownership.register('challenge', async (id) => {
      const challenge = await this.dataSource.getRepository(Challenge).findOne({ where: { id }, select: { institutionId: true } });
      return challenge ? { institutionId: challenge.institutionId } : null;
    });
  }
}
