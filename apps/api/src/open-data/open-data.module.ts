import { Module } from '@nestjs/common';
import { OpenDataController } from './open-data.controller';
import { OpenDataService } from './open-data.service';

/** The open-data feed in OCDS: releases written with each change, published without sign-in. */
@Module({
  controllers: [OpenDataController],
  providers: [OpenDataService],
  exports: [OpenDataService],
})
export class OpenDataModule {}
