import { Controller, Get, HttpCode, Post, Query, Req } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBadRequestResponse, ApiBody, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Role, TYPE1_CSV_COLUMNS } from '@inno/contracts';
import type { FastifyRequest } from 'fastify';
import { Access } from '../auth/access.decorator';
import { CurrentActor, type Actor } from '../auth/authenticated-user';
import { ApiErrorDto } from '../common/api-error.dto';
import { PageQueryDto } from '../common/page-query.dto';
import { UuidParam } from '../common/uuid-param';
import { UploadsService } from '../storage/uploads.service';
import { UploadRoute } from '../storage/upload-route';
import { ProductImportsService } from './product-imports.service';

@ApiTags('product-imports')
@Controller('v1/product-imports')
export class ProductImportsController {
  constructor(
    private readonly imports: ProductImportsService,
    private readonly uploads: UploadsService,
  ) {}

  @Post()
  @HttpCode(202)
  @Access({ roles: [Role.OPERATOR] })
  @UploadRoute()
  @ApiBody({ schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary', description: `CSV with the header ${TYPE1_CSV_COLUMNS.join(',')}` } } } })
  @ApiAcceptedResponse({ description: 'ImportJobView, RUNNING: poll GET /product-imports/:id' })
  @ApiBadRequestResponse({ type: ApiErrorDto, description: 'Not a CSV, or its header lacks columns' })
  async start(@CurrentActor() actor: Actor, @Req() request: FastifyRequest) {
    return this.imports.start(actor, await this.uploads.readMultipart(request));
  }

  @Get()
  @Access({ roles: [Role.OPERATOR, Role.ADMIN] })
  @ApiOkResponse({ description: 'Page of ImportJobView, newest first' })
  list(@Query() query: PageQueryDto) {
    return this.imports.list(query);
  }

  @Get(':id')
  @Access({ roles: [Role.OPERATOR, Role.ADMIN] })
  @ApiOkResponse({ description: 'ImportJobView with progress and the errors per line' })
  get(@UuidParam('id') id: string) {
    return this.imports.get(id);
  }
}
