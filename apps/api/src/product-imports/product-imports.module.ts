import { Module } from '@nestjs/common';
import { ProductsModule } from '../products/products.module';
import { ProductImportsController } from './product-imports.controller';
import { ProductImportsService } from './product-imports.service';

@Module({ imports: [ProductsModule], controllers: [ProductImportsController], providers: [ProductImportsService] })
export class ProductImportsModule {}
