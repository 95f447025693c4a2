import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '../auth/access.decorator';
import { ApiView } from '../openapi/api-response.decorator';
import { StatisticsQueryDto } from './dto/statistics-query.dto';
import { StatisticsService } from './statistics.service';

/** Public statistics (domain.md §5): anyone may read them, signed in or not. */
@ApiTags('statistics')
@Controller('v1/statistics')
export class StatisticsController {
  constructor(private readonly statistics: StatisticsService) {}

  @Get()
  @ApiOperation({ summary: 'Statistics of a year, by month, with filters (통계)' })
  @Public()
  @ApiView('StatisticsView')
  year(@Query() query: StatisticsQueryDto) {
    return this.statistics.statistics(query);
  }

  @Get('headline')
  @ApiOperation({ summary: 'Headline figures for the home page (주요 통계)' })
  @Public()
  @ApiView('HeadlineStatistics')
  headline() {
    return this.statistics.headline();
  }
}
