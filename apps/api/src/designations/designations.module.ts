import { Module } from '@nestjs/common';
import { MatchmakingModule } from '../matchmaking/matchmaking.module';
import { ProductsModule } from '../products/products.module';
import { ProposalsModule } from '../proposals/proposals.module';
import { DesignationScheduler } from './designation-scheduler';
import { DesignationsController } from './designations.controller';
import { DesignationsService } from './designations.service';

@Module({
  imports: [ProductsModule, ProposalsModule, MatchmakingModule],
  controllers: [DesignationsController],
  providers: [DesignationsService, DesignationScheduler],
  exports: [DesignationsService, DesignationScheduler],
})
export class DesignationsModule {}
