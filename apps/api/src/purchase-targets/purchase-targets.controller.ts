import { Body, Controller, Get, Put, Query, Res } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Role, type SectorRateView, type TargetDashboard, type TargetRanking } from '@inno/contracts';
import type { FastifyReply } from 'fastify';
import { Access, type OwnershipRule } from '../auth/access.decorator';
import { CurrentActor, type Actor } from '../auth/authenticated-user';
import { ApiErrorDto } from '../common/api-error.dto';
import { UuidParam } from '../common/uuid-param';
import { GoodsPurchasesDto, SectorRateDto, TargetExportQueryDto, TargetQueryDto, YearQueryDto } from './dto/purchase-target.dto';
import { PurchaseTargetsService } from './purchase-targets.service';
import { rankingCsv, rankingXlsx } from './target-export';

const STAFF = [Role.OPERATOR, Role.ADMIN];
const OWN_INSTITUTION: OwnershipRule[] = [{ role: Role.BUYER, resource: 'institution', param: 'id' }];

@ApiTags('purchase-targets')
@Controller('v1/purchase-targets')
export class PurchaseTargetsController {
  constructor(private readonly targets: PurchaseTargetsService) {}

  /** Every institution ranked by attainment, with the total over those listed. */
  @Get()
  @Access({ roles: STAFF })
  @ApiOkResponse({ description: 'TargetRanking' })
  ranking(@Query() query: TargetQueryDto): Promise<TargetRanking> {
    return this.targets.ranking(query);
  }

  @Get('export')
  @Access({ roles: STAFF })
  @ApiProduces('text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  @ApiOkResponse({ description: 'The ranking as CSV (UTF-8 with BOM) or XLSX' })
  async export(@Query() query: TargetExportQueryDto, @Res() reply: FastifyReply) {
    const ranking = await this.targets.ranking(query);
    const [body, type] =
      query.format === 'csv' ? [rankingCsv(ranking), 'text/csv; charset=utf-8'] : [await rankingXlsx(ranking), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'];
    return reply
      .header('content-type', type)
      .header('content-disposition', `attachment; filename="purchase-targets-${ranking.year}.${query.format}"`)
      .header('cache-control', 'private, no-store')
      .send(body);
  }

  /** Each sector with the rate set for it in the year (null: each institution keeps its own). */
  @Get('sector-rates')
  @Access({ roles: STAFF })
  @ApiOkResponse({ description: 'SectorRateView[] (rate null where none is set)' })
  sectorRates(@Query() query: YearQueryDto) {
    return this.targets.sectorRates(query.year);
  }

  @Put('sector-rates')
  @Access({ roles: [Role.OPERATOR] })
  @ApiOkResponse({ description: 'SectorRateView' })
  @ApiBadRequestResponse({ type: ApiErrorDto })
  setSectorRate(@CurrentActor() actor: Actor, @Body() dto: SectorRateDto): Promise<SectorRateView> {
    return this.targets.setSectorRate(actor, dto);
  }

  /** The institution's dashboard: its own buyers, and the agency. */
  @Get('institutions/:id')
  @Access({ roles: STAFF, owners: OWN_INSTITUTION })
  @ApiOkResponse({ description: 'TargetDashboard' })
  dashboard(@UuidParam('id') id: string, @Query() query: YearQueryDto): Promise<TargetDashboard> {
    return this.targets.dashboard(id, query.year);
  }

  @Put('institutions/:id/goods-purchases')
  @Access({ roles: [Role.OPERATOR], owners: OWN_INSTITUTION })
  @ApiOkResponse({ description: 'TargetDashboard with the figure entered' })
  @ApiBadRequestResponse({ type: ApiErrorDto })
  setGoodsPurchases(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() dto: GoodsPurchasesDto): Promise<TargetDashboard> {
    return this.targets.setGoodsPurchases(actor, id, dto);
  }
}
