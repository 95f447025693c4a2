import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { MatchmakingController } from './matchmaking.controller';
import { MatchmakingService } from './matchmaking.service';
import { SuggestionMails } from './suggestion-mails';

@Module({ imports: [AuthModule], controllers: [MatchmakingController], providers: [MatchmakingService, SuggestionMails], exports: [MatchmakingService, SuggestionMails] })
export class MatchmakingModule {}
