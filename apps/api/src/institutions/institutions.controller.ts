import { Body, Controller, Get, Patch, Post, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiCreatedResponse, ApiOkResponse, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { InstitutionType, Role, type InstitutionView, type Page } from '@inno/contracts';
import { IsIn, IsString, MaxLength } from 'class-validator';
import { IsOptionalNotNull } from '../common/validation';
import { DataSource } from 'typeorm';
import { Access, Public } from '../auth/access.decorator';
import { CurrentActor, type Actor } from '../auth/authenticated-user';
import { ApiErrorDto } from '../common/api-error.dto';
import { NotFoundError } from '../common/domain-errors';
import { PageQueryDto, toPage } from '../common/page-query.dto';
import { UuidParam } from '../common/uuid-param';
import { matchWhere } from '../search/text-match';
import { InstitutionDto, InstitutionUpdateDto } from './dto/institution.dto';
import { Institution } from './institution.entity';
import { InstitutionsService, toInstitutionView as toView } from './institutions.service';

class InstitutionQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Part of the Korean or English name, or the code' })
  @IsOptionalNotNull() @IsString() @MaxLength(100) q?: string;

  @ApiPropertyOptional({ enum: Object.values(InstitutionType) })
  @IsOptionalNotNull() @IsIn(Object.values(InstitutionType)) type?: InstitutionType;
}

class InstitutionViewDto implements InstitutionView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() code: string;
  @ApiProperty() name: string;
  @ApiProperty() nameEn: string;
  @ApiProperty({ enum: Object.values(InstitutionType) }) type: InstitutionType;
  @ApiProperty() sector: string;
  @ApiProperty({ description: 'KRW per year' }) yearlyGoodsPurchases: number;
  @ApiProperty({ example: 0.01 }) targetRate: number;
}

/** Public institutions are public reference data: anyone may list them (a buyer picks one at sign-up); an ADMIN keeps them. */
@ApiTags('institutions')
@Controller('v1/institutions')
export class InstitutionsController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly institutions: InstitutionsService,
  ) {}

  @Post()
  @Access({ roles: [Role.ADMIN] })
  @ApiCreatedResponse({ type: InstitutionViewDto })
  @ApiBadRequestResponse({ type: ApiErrorDto })
  @ApiConflictResponse({ type: ApiErrorDto, description: 'The code is in use (DUPLICATE_CODE)' })
  create(@CurrentActor() actor: Actor, @Body() dto: InstitutionDto): Promise<InstitutionView> {
    return this.institutions.create(actor, dto);
  }

  @Patch(':id')
  @Access({ roles: [Role.ADMIN] })
  @ApiOkResponse({ type: InstitutionViewDto })
  @ApiBadRequestResponse({ type: ApiErrorDto })
  @ApiConflictResponse({ type: ApiErrorDto, description: 'The new code is in use (DUPLICATE_CODE)' })
  update(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() dto: InstitutionUpdateDto): Promise<InstitutionView> {
    return this.institutions.update(actor, id, dto);
  }

  @Get()
  @Public()
  @ApiOkResponse({ description: 'Page of InstitutionView' })
  async list(@Query() query: InstitutionQueryDto): Promise<Page<InstitutionView>> {
    const qb = this.dataSource.getRepository(Institution).createQueryBuilder('i');
    if (query.type) qb.andWhere('i.type = :type', { type: query.type });
    if (query.q) {
      // Korean-aware matching (src/search/text-match.ts): parts of compounds, spacing, case, punctuation.
      const { where, parameters } = matchWhere(query.q, { text: `search_compact(i.name || ' ' || i.nameEn || ' ' || i.code)` });
      qb.andWhere(where, parameters);
    }
    const [institutions, total] = await qb.orderBy('i.type').addOrderBy('i.name').skip(query.offset).take(query.pageSize).getManyAndCount();
    return toPage(institutions.map(toView), total, query);
  }

  @Get(':id')
  @Public()
  @ApiOkResponse({ type: InstitutionViewDto })
  async get(@UuidParam('id') id: string): Promise<InstitutionView> {
    const institution = await this.dataSource.getRepository(Institution).findOneBy({ id });
    if (!institution) throw new NotFoundError('institution', id);
    return toView(institution);
  }
}
