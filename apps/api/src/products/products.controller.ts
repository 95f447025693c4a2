import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query, Req } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBody,
  
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiPayloadTooLargeResponse,
  ApiQuery,
  ApiTags,
} from '@nestjs/swagger';
import { Role } from '@inno/contracts';
import type { FastifyRequest } from 'fastify';
import { Access, Public } from '../auth/access.decorator';
import { CurrentActor, OptionalActor, type Actor } from '../auth/authenticated-user';
import { ApiErrorDto } from '../common/api-error.dto';
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
  @Public()
  @ApiOkResponse({ description: 'CatalogPage: items, a total capped at 1,000 (totalIsCapped), facet counts (lower bounds past 5,000 matches: facetsAreLowerBounds)' })
  @ApiBadRequestResponse({ type: ApiErrorDto, description: 'Unknown category, bad price range, page beyond range' })
  @ApiQuery({ type: CatalogQueryDto })
  search(@CatalogQueryParam() query: ParsedCatalogQuery) {
    return this.catalogue.search(query);
  }

  @Post()
  @Access({ roles: [Role.SUPPLIER] })
  @ApiCreatedResponse({ description: 'ProductView of the new, not yet designated, product' })
  @ApiBadRequestResponse({ type: ApiErrorDto })
  create(@CurrentActor() actor: Actor, @Body() dto: ProductInputDto) {
    return this.products.create(actor, dto);
  }

  @Post('type1')
  @Access({ roles: [Role.OPERATOR] })
  @ApiCreatedResponse({ description: 'ProductView of the recorded Type 1 product' })
  @ApiBadRequestResponse({ type: ApiErrorDto })
  recordType1(@CurrentActor() actor: Actor, @Body() dto: Type1ProductDto) {
    return this.products.recordType1View(actor, dto);
  }

  @Get(':id')
  @Public()
  @ApiOkResponse({ description: 'ProductDetail with price history and similar products' })
  @ApiNotFoundResponse({ type: ApiErrorDto, description: 'Unknown, or not in force and not yours' })
  detail(@UuidParam('id') id: string, @OptionalActor() viewer: Actor | null) {
    return this.products.detail(id, viewer);
  }

  @Patch(':id')
  @Access({ roles: [], owners: [OWN_PRODUCT] })
  @ApiOkResponse({ description: 'ProductView after the edit' })
  @ApiBadRequestResponse({ type: ApiErrorDto })
  update(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() dto: ProductUpdateDto) {
    return this.products.update(actor, id, dto);
  }

  @Get(':id/versions')
  @Access({ roles: [Role.OPERATOR, Role.ADMIN], owners: [OWN_PRODUCT] })
  @ApiOkResponse({ description: 'ProductVersionView[], newest first' })
  versions(@UuidParam('id') id: string) {
    return this.products.versions(id);
  }

  @Post(':id/images')
  @Access({ roles: [], owners: [OWN_PRODUCT] })
  @UploadRoute()
  @ApiBody(FILE_BODY)
  @ApiCreatedResponse({ description: 'StoredFileView (JPEG, PNG or WebP up to 5 MB, decided by the bytes)' })
  @ApiBadRequestResponse({ type: ApiErrorDto })
  @ApiPayloadTooLargeResponse({ type: ApiErrorDto })
  async addImage(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Req() request: FastifyRequest) {
    return this.products.addFile(actor, id, await this.uploads.readMultipart(request), FilePurpose.PRODUCT_IMAGE);
  }

  @Post(':id/documents')
  @Access({ roles: [], owners: [OWN_PRODUCT] })
  @UploadRoute()
  @ApiBody(FILE_BODY)
  @ApiCreatedResponse({ description: 'StoredFileView (PDF up to 20 MB, decided by the bytes)' })
  @ApiBadRequestResponse({ type: ApiErrorDto })
  @ApiPayloadTooLargeResponse({ type: ApiErrorDto })
  async addDocument(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Req() request: FastifyRequest) {
    return this.products.addFile(actor, id, await this.uploads.readMultipart(request), FilePurpose.PRODUCT_DOCUMENT);
  }

  @Delete(':id/files/:fileId')
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
  @Access({ roles: [Role.OPERATOR, Role.ADMIN], owners: [{ role: Role.SUPPLIER, resource: 'company', param: 'id' }] })
  @ApiOkResponse({ description: 'Page of ProductSummary' })
  list(@UuidParam('id') id: string, @Query() query: PageQueryDto) {
    return this.products.companyProducts(id, query);
  }
}
