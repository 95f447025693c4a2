import { Module } from '@nestjs/common';
import { CommitteeModule } from '../committee/committee.module';
import { ConcernsService } from './concerns.service';
import { ObserverSessions } from './observer-sessions';
import { ObserversController } from './observers.controller';

/** Observers (시민감시): their reading of closed sessions, and their comments and concerns on decisions. */
@Module({ imports: [CommitteeModule], controllers: [ObserversController], providers: [ObserverSessions, ConcernsService] })
export class ObserversModule {}
