import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query, Req } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBody, ApiNoContentResponse, ApiNotFoundResponse, ApiOperation, ApiPayloadTooLargeResponse, ApiQuery, ApiTags } from '@nestjs/swagger';
import { Role } from '@inno/contracts';
import type { FastifyRequest } from 'fastify';
import { Access, Public } from '../auth/access.decorator';
import { CurrentActor, OptionalActor, type Actor } from '../auth/authenticated-user';
import { PageQueryDto } from '../common/page-query.dto';
import { UuidParam } from '../common/uuid-param';
import { FilePurpose } from '../storage/stored-file.entity';
import { UploadsService } from '../storage/uploads.service';
import { UploadRoute } from '../storage/upload-route';
import { CatalogQueryParam } from './catalog-query.param';
import type { ParsedCatalogQuery } from './catalogue-query';
import { CatalogueService } from './catalogue.service';
import { CatalogQueryDto } from './dto/catalog-query.dto';
import { ProductInputDto, ProductUpdateDto, Type1ProductDto } from './dto/product-input.dto';
import { ProductsService } from './products.service';
import { ApiList, ApiPage, ApiView } from '../openapi/api-response.decorator';
import { CATALOG_PAGE_EXAMPLE } from '../openapi/examples';

const OWN_PRODUCT = { role: Role.SUPPLIER, resource: 'product', param: 'id' } as const;
const FILE_BODY = { schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } }, required: ['file'] } };

@ApiTags('products')
@Controller('v1/products')
export class ProductsController {
  constructor(
    private readonly products: ProductsService,
    private readonly catalogue: CatalogueService,
    private readonly uploads: UploadsService,
  ) {}

  /** The public catalogue: products whose designation is in force. */
  @Get()
  @ApiOperation({ summary: 'Search the catalogue (혁신제품 검색)' })
  @Public()
  @ApiView('CatalogPage', {
    description:
      'Items, a total capped at 1,000 (totalIsCapped), facet counts (lower bounds past 5,000 matches: facetsAreLowerBounds; for a broad search of a large catalogue, estimated from a repeatable sample: totalIsEstimate, estimatedTotal, facetsAreEstimates)',
    example: CATALOG_PAGE_EXAMPLE,
  })
  @ApiBadRequestResponse({ description: 'Unknown category, bad price range, page beyond range' })
  @ApiQuery({ type: CatalogQueryDto })
  search(@CatalogQueryParam() query: ParsedCatalogQuery, @OptionalActor() viewer: Actor | null) {
    return this.catalogue.search(query, viewer);
  }

  @Post()
  @ApiOperation({ summary: 'Register a product (제품 등록)' })
  @Access({ roles: [Role.SUPPLIER] })
  @ApiView('ProductView', { description: 'ProductView of the new, not yet designated, product' })
  create(@CurrentActor() actor: Actor, @Body() dto: ProductInputDto) {
    return this.products.create(actor, dto);
  }

  @Post('type1')
  @ApiOperation({ summary: 'Record a Type 1 product (1유형 제품 등록)' })
  @Access({ roles: [Role.OPERATOR] })
  @ApiView('ProductView', { description: 'ProductView of the recorded Type 1 product' })
  recordType1(@CurrentActor() actor: Actor, @Body() dto: Type1ProductDto) {
    return this.products.recordType1View(actor, dto);
  }

  @Get(':id')
  @ApiOperation({ summary: 'A product (제품 상세)' })
  @Public()
  @ApiView('ProductDetail', { description: 'ProductDetail with price history and similar products' })
  @ApiNotFoundResponse({ description: 'Unknown, or not in force and not yours' })
  detail(@UuidParam('id') id: string, @OptionalActor() viewer: Actor | null) {
    return this.products.detail(id, viewer);
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Edit a product (제품 수정)' })
  @Access({ roles: [], owners: [OWN_PRODUCT] })
  @ApiView('ProductView', { description: 'ProductView after the edit' })
  update(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() dto: ProductUpdateDto) {
    return this.products.update(actor, id, dto);
  }

  @Get(':id/versions')
  @ApiOperation({ summary: "A product's versions (제품 변경 이력)" })
  @Access({ roles: [Role.OPERATOR, Role.ADMIN], owners: [OWN_PRODUCT] })
  @ApiList('ProductVersionView', { description: 'ProductVersionView[], newest first' })
  versions(@UuidParam('id') id: string) {
    return this.products.versions(id);
  }

  @Post(':id/images')
  @ApiOperation({ summary: 'Upload a product image (제품 사진 등록)' })
  @Access({ roles: [], owners: [OWN_PRODUCT] })
  @UploadRoute()
  @ApiBody(FILE_BODY)
  @ApiView('StoredFileView', { description: 'StoredFileView (JPEG, PNG or WebP up to 5 MB, decided by the bytes)' })
  @ApiPayloadTooLargeResponse()
  async addImage(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Req() request: FastifyRequest) {
    return this.products.addFile(actor, id, await this.uploads.readMultipart(request), FilePurpose.PRODUCT_IMAGE);
  }

  @Post(':id/documents')
  @ApiOperation({ summary: 'Upload a product document (제품 자료 등록)' })
  @Access({ roles: [], owners: [OWN_PRODUCT] })
  @UploadRoute()
  @ApiBody(FILE_BODY)
  @ApiView('StoredFileView', { description: 'StoredFileView (PDF up to 20 MB, decided by the bytes)' })
  @ApiPayloadTooLargeResponse()
  async addDocument(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Req() request: FastifyRequest) {
    return this.products.addFile(actor, id, await this.uploads.readMultipart(request), FilePurpose.PRODUCT_DOCUMENT);
  }

  @Delete(':id/files/:fileId')
  @ApiOperation({ summary: 'Remove a product file (제품 파일 삭제)' })
  @HttpCode(204)
  @Access({ roles: [], owners: [OWN_PRODUCT] })
  @ApiNoContentResponse()
  async removeFile(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @UuidParam('fileId') fileId: string): Promise<void> {
    await this.products.removeFile(actor, id, fileId);
  }
}

@ApiTags('products')
@Controller('v1/companies/:id/products')
export class CompanyProductsController {
  constructor(private readonly products: ProductsService) {}

  /** A supplier's own products in every state ("my products"). */
  @Get()
  @ApiOperation({ summary: "A company's products (기업 제품 목록)" })
  @Access({ roles: [Role.OPERATOR, Role.ADMIN], owners: [{ role: Role.SUPPLIER, resource: 'company', param: 'id' }] })
  @ApiPage('ProductSummary')
  list(@UuidParam('id') id: string, @Query() query: PageQueryDto) {
    return this.products.companyProducts(id, query);
  }
}
