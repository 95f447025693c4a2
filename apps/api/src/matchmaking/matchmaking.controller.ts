import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Role, type SuggestionList } from '@inno/contracts';
import { Access } from '../auth/access.decorator';
import { UuidParam } from '../common/uuid-param';
import { ApiView } from '../openapi/api-response.decorator';
import { SuggestionQueryDto } from './dto/suggestion-query.dto';
import { MatchmakingService } from './matchmaking.service';

@ApiTags('matchmaking')
@Controller('v1/matchmaking')
export class MatchmakingController {
  constructor(private readonly matchmaking: MatchmakingService) {}

  /** The institution's own buyers, and the agency's staff for any institution. */
  @Get('institutions/:id/suggestions')
  @ApiOperation({ summary: 'Designated products suggested to an institution, each with its reason (기관 맞춤 혁신제품 추천)' })
  @Access({ roles: [Role.OPERATOR, Role.ADMIN], owners: [{ role: Role.BUYER, resource: 'institution', param: 'id' }] })
  @ApiView('SuggestionList')
  suggestions(@UuidParam('id') id: string, @Query() query: SuggestionQueryDto): Promise<SuggestionList> {
    return this.matchmaking.suggestions(id, query.limit);
  }
}
