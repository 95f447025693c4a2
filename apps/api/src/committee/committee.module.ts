import { Module } from '@nestjs/common';
import { DesignationsModule } from '../designations/designations.module';
import { ProposalsModule } from '../proposals/proposals.module';
import { CommitteeController } from './committee.controller';
import { CommitteeService } from './committee.service';
import { CommitteeViews } from './committee-views';

@Module({ imports: [ProposalsModule, DesignationsModule], controllers: [CommitteeController], providers: [CommitteeService, CommitteeViews] })
export class CommitteeModule {}
