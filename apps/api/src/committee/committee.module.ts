import { Module } from '@nestjs/common';
import { DesignationsModule } from '../designations/designations.module';
import { ProposalsModule } from '../proposals/proposals.module';
import { ChallengesModule } from '../challenges/challenges.module';
import { CommitteeController } from './committee.controller';
import { CommitteeService } from './committee.service';
import { CommitteeViews } from './committee-views';

@Module({ imports: [ProposalsModule, DesignationsModule, ChallengesModule], controllers: [CommitteeController], providers: [CommitteeService, CommitteeViews], exports: [CommitteeViews] })
export class CommitteeModule {}
