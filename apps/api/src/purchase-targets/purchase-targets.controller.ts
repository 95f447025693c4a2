import { Body, Controller, Get, Put, Query, Res } from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Role, type SectorRateView, type TargetDashboard, type TargetRanking } from '@inno/contracts';
import type { FastifyReply } from 'fastify';
import { Access, type OwnershipRule } from '../auth/access.decorator';
import { CurrentActor, type Actor } from '../auth/authenticated-user';
import { UuidParam } from '../common/uuid-param';
import { ApiFile, ApiList, ApiView } from '../openapi/api-response.decorator';
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
  @ApiOperation({ summary: 'Every institution ranked by purchase-target attainment (기관별 구매목표 달성 순위)' })
  @Access({ roles: STAFF })
  @ApiView('TargetRanking')
  ranking(@Query() query: TargetQueryDto): Promise<TargetRanking> {
    return this.targets.ranking(query);
  }

  @Get('export')
  @ApiOperation({ summary: 'The ranking as CSV or XLSX (달성 순위 내려받기)' })
  @Access({ roles: STAFF })
  @ApiProduces('text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  @ApiFile(['text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'], 'The ranking as CSV (UTF-8 with BOM) or XLSX')
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
  @ApiOperation({ summary: "Each sector's target rate for a year (부문별 목표율)" })
  @Access({ roles: STAFF })
  @ApiList('SectorRateRow')
  sectorRates(@Query() query: YearQueryDto) {
    return this.targets.sectorRates(query.year);
  }

  @Put('sector-rates')
  @ApiOperation({ summary: "Set a sector's target rate for a year (부문별 목표율 설정)" })
  @Access({ roles: [Role.OPERATOR] })
  @ApiView('SectorRateView')
  setSectorRate(@CurrentActor() actor: Actor, @Body() dto: SectorRateDto): Promise<SectorRateView> {
    return this.targets.setSectorRate(actor, dto);
  }

  /** The institution's dashboard: its own buyers, and the agency. */
  @Get('institutions/:id')
  @ApiOperation({ summary: "An institution's purchase-target dashboard (기관 구매목표 현황)" })
  @Access({ roles: STAFF, owners: OWN_INSTITUTION })
  @ApiView('TargetDashboard')
  dashboard(@UuidParam('id') id: string, @Query() query: YearQueryDto): Promise<TargetDashboard> {
    return this.targets.dashboard(id, query.year);
  }

  @Put('institutions/:id/goods-purchases')
  @ApiOperation({ summary: "Enter an institution's yearly goods purchases (기관 물품 구매액 입력)" })
  @Access({ roles: [Role.OPERATOR], owners: OWN_INSTITUTION })
  @ApiView('TargetDashboard', { description: 'TargetDashboard with the figure entered' })
  setGoodsPurchases(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() dto: GoodsPurchasesDto): Promise<TargetDashboard> {
    return this.targets.setGoodsPurchases(actor, id, dto);
  }
}
