import { Module } from '@nestjs/common';
import { IdeasController } from './ideas.controller';
import { IdeasService } from './ideas.service';
import { IncubationController } from './incubation.controller';
import { IncubationService } from './incubation.service';

@Module({ controllers: [IdeasController, IncubationController], providers: [IdeasService, IncubationService] })
export class IdeasModule {}
