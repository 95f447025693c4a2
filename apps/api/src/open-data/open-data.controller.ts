import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiOperation, ApiParam, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Public } from '../auth/access.decorator';
import { ApiFile, ApiView } from '../openapi/api-response.decorator';
import { ReleaseQueryDto } from './dto/release-query.dto';
import { OpenDataService } from './open-data.service';

/** The public open-data feed (OCDS 1.1, CC BY 4.0): no sign-in, nothing a person would not see on the site. */
@ApiTags('open-data')
@Controller('v1/open-data')
export class OpenDataController {
  constructor(private readonly openData: OpenDataService) {}

  @Get('releases')
  @ApiOperation({ summary: 'OCDS release package, paged by date (공공조달 개방 데이터: 릴리스 패키지)' })
  @Public()
  @ApiView('OcdsReleasePackage', { description: 'An OCDS 1.1 release package; `links.next` continues it' })
  releases(@Query() query: ReleaseQueryDto) {
    return this.openData.releasePackage(query);
  }

  @Get('releases.jsonl')
  @ApiOperation({ summary: 'Every OCDS release as JSON Lines, streamed (개방 데이터 일괄 내려받기)' })
  @Public()
  @ApiProduces('application/x-ndjson')
  @ApiFile(['application/x-ndjson'], 'One OCDS release per line, oldest first')
  bulk(@Res() reply: FastifyReply) {
    return reply
      .header('content-type', 'application/x-ndjson; charset=utf-8')
      .header('content-disposition', 'attachment; filename="innomarket-ocds-releases.jsonl"')
      .header('cache-control', 'public, max-age=300')
      .send(this.openData.bulk());
  }

  @Get('records/:ocid')
  @ApiOperation({ summary: 'OCDS record package of one contracting process (개방 데이터: 레코드)' })
  @ApiParam({ name: 'ocid', description: 'The process’s ocid, e.g. ocds-xxxxxx-innomarket-order-<uuid>' })
  @Public()
  @ApiView('OcdsRecordPackage', { description: 'An OCDS 1.1 record package: the releases and the compiled release' })
  record(@Param('ocid') ocid: string) {
    return this.openData.recordPackage(ocid);
  }
}
