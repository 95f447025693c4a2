import { Module } from '@nestjs/common';
import { ProductsModule } from '../products/products.module';
import { CompaniesController } from './companies.controller';
import { CompaniesService } from './companies.service';

@Module({ imports: [ProductsModule], controllers: [CompaniesController], providers: [CompaniesService] })
export class CompaniesModule {}
