import { Module } from '@nestjs/common';
import { ProductsModule } from '../products/products.module';
import { CompaniesController } from './companies.controller';
import { CompaniesService } from './companies.service';
import { SanctionsController } from './sanctions.controller';
import { SanctionsService } from './sanctions.service';

@Module({ imports: [ProductsModule], controllers: [CompaniesController, SanctionsController], providers: [CompaniesService, SanctionsService] })
export class CompaniesModule {}
