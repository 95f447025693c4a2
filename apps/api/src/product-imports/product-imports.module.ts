import { Module, OnApplicationShutdown } from '@nestjs/common';
import { ProductsModule } from '../products/products.module';
import { ProductImportsController } from './product-imports.controller';
import { ProductImportsService } from './product-imports.service';

@Module({ imports: [ProductsModule], controllers: [ProductImportsController], providers: [ProductImportsService] })
export class ProductImportsModule implements OnApplicationShutdown {
  constructor(private readonly imports: ProductImportsService) {}

  /** Let imports under way finish (or roll back) before the database connections close. */
  async onApplicationShutdown(): Promise<void> {
    await Promise.allSettled([...this.imports.running]);
  }
}
