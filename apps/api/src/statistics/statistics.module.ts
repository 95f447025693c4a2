import { Module } from '@nestjs/common';
import { PurchaseTargetsModule } from '../purchase-targets/purchase-targets.module';
import { StatisticsController } from './statistics.controller';
import { StatisticsReader } from './statistics-reader';
import { StatisticsService } from './statistics.service';

@Module({ imports: [PurchaseTargetsModule], controllers: [StatisticsController], providers: [StatisticsReader, StatisticsService] })
export class StatisticsModule {}
