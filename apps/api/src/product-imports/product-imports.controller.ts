import { Controller, Get, HttpCode, Post, Query, Req } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBody, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Role, TYPE1_CSV_COLUMNS } from '@inno/contracts';
import type { FastifyRequest } from 'fastify';
import { Access } from '../auth/access.decorator';
import { CurrentActor, type Actor } from '../auth/authenticated-user';
import { PageQueryDto } from '../common/page-query.dto';
import { UuidParam } from '../common/uuid-param';
import { UploadsService } from '../storage/uploads.service';
import { UploadRoute } from '../storage/upload-route';
import { ProductImportsService } from './product-imports.service';
import { ApiPage, ApiView } from '../openapi/api-response.decorator';

@ApiTags('product-imports')
@Controller('v1/product-imports')
export class ProductImportsController {
  constructor(
    private readonly imports: ProductImportsService,
    private readonly uploads: UploadsService,
  ) {}

  @Post()
  @ApiOperation({ summary: 'Import Type 1 products from CSV (1유형 제품 일괄 등록)' })
  @HttpCode(202)
  @Access({ roles: [Role.OPERATOR] })
  @UploadRoute()
  @ApiBody({ schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary', description: `CSV with the header ${TYPE1_CSV_COLUMNS.join(',')}` } } } })
  @ApiView('ImportJobView', { description: 'ImportJobView, RUNNING: poll GET /product-imports/:id' })
  @ApiBadRequestResponse({ description: 'Not a CSV, or its header lacks columns' })
  async start(@CurrentActor() actor: Actor, @Req() request: FastifyRequest) {
    return this.imports.start(actor, await this.uploads.readMultipart(request));
  }

  @Get()
  @ApiOperation({ summary: 'List imports (일괄 등록 목록)' })
  @Access({ roles: [Role.OPERATOR, Role.ADMIN] })
  @ApiPage('ImportJobView', { description: 'Page of ImportJobView, newest first' })
  list(@Query() query: PageQueryDto) {
    return this.imports.list(query);
  }

  @Get(':id')
  @ApiOperation({ summary: 'An import with its progress (일괄 등록 진행 상황)' })
  @Access({ roles: [Role.OPERATOR, Role.ADMIN] })
  @ApiView('ImportJobView', { description: 'ImportJobView with progress and the errors per line' })
  get(@UuidParam('id') id: string) {
    return this.imports.get(id);
  }
}
