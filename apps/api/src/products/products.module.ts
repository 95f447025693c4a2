import { Module, OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuthModule } from '../auth/auth.module';
import { OwnershipRegistry } from '../auth/ownership';
import { CatalogueService } from './catalogue.service';
import { Product } from './product.entity';
import { CompanyProductsController, ProductsController } from './products.controller';
import { ProductsService } from './products.service';
import { SearchSynonymsController } from '../search/search-synonyms.controller';
import { SearchSynonymsService } from '../search/search-synonyms.service';

@Module({
  imports: [AuthModule],
  // The search synonyms live here because the catalogue is what they change.
  controllers: [ProductsController, CompanyProductsController, SearchSynonymsController],
  providers: [ProductsService, CatalogueService, SearchSynonymsService],
  exports: [ProductsService, CatalogueService],
})
export class ProductsModule implements OnModuleInit {
  constructor(
    private readonly ownership: OwnershipRegistry,
    private readonly dataSource: DataSource,
  ) {}

  /** A product belongs to its company: the access guard asks here. */
  onModuleInit(): void {
    this.ownership.register('product', async (id) => {
      const product = await this.dataSource.getRepository(Product).findOne({ where: { id }, select: { companyId: true } });
      return product ? { companyId: product.companyId } : null;
    });
  }
}
