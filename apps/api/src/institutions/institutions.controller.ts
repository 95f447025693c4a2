import { Body, Controller, Get, Patch, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { InstitutionType, Role, type InstitutionView, type Page } from '@inno/contracts';
import { IsIn, IsString, MaxLength } from 'class-validator';
import { IsOptionalNotNull } from '../common/validation';
import { DataSource } from 'typeorm';
import { Access, Public } from '../auth/access.decorator';
import { CurrentActor, type Actor } from '../auth/authenticated-user';
import { NotFoundError } from '../common/domain-errors';
import { PageQueryDto, toPage } from '../common/page-query.dto';
import { UuidParam } from '../common/uuid-param';
import { matchWhere } from '../search/text-match';
import { InstitutionDto, InstitutionUpdateDto } from './dto/institution.dto';
import { Institution } from './institution.entity';
import { InstitutionsService, toInstitutionView as toView } from './institutions.service';
import { ApiPage, ApiView } from '../openapi/api-response.decorator';

class InstitutionQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Part of the Korean or English name, or the code' })
  @IsOptionalNotNull() @IsString() @MaxLength(100) q?: string;

  @ApiPropertyOptional({ enum: Object.values(InstitutionType) })
  @IsOptionalNotNull() @IsIn(Object.values(InstitutionType)) type?: InstitutionType;
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
  @ApiOperation({ summary: 'Add a public institution (공공기관 등록)' })
  @Access({ roles: [Role.ADMIN] })
  @ApiView('InstitutionView')
  @ApiConflictResponse({ description: 'The code is in use (DUPLICATE_CODE)' })
  create(@CurrentActor() actor: Actor, @Body() dto: InstitutionDto): Promise<InstitutionView> {
    return this.institutions.create(actor, dto);
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Edit a public institution (공공기관 수정)' })
  @Access({ roles: [Role.ADMIN] })
  @ApiView('InstitutionView')
  @ApiConflictResponse({ description: 'The new code is in use (DUPLICATE_CODE)' })
  update(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() dto: InstitutionUpdateDto): Promise<InstitutionView> {
    return this.institutions.update(actor, id, dto);
  }

  @Get()
  @ApiOperation({ summary: 'List public institutions (공공기관 목록)' })
  @Public()
  @ApiPage('InstitutionView')
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
  @ApiOperation({ summary: 'A public institution (공공기관 상세)' })
  @Public()
  @ApiView('InstitutionView')
  async get(@UuidParam('id') id: string): Promise<InstitutionView> {
    const institution = await this.dataSource.getRepository(Institution).findOneBy({ id });
    if (!institution) throw new NotFoundError('institution', id);
    return toView(institution);
  }
}
