import { Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Role } from '@inno/contracts';
import { IsString, MaxLength } from 'class-validator';
import { IsOptionalNotNull } from '../common/validation';
import { Access, Public } from '../auth/access.decorator';
import { PageQueryDto } from '../common/page-query.dto';
import { AuditCheckpoints } from './audit-checkpoints';
import { AuditListing } from './audit-listing';
import { AuditService } from './audit.service';
import { ApiList, ApiPage, ApiView } from '../openapi/api-response.decorator';

class AuditQueryDto extends PageQueryDto {
  @ApiPropertyOptional() @IsOptionalNotNull() @IsString() @MaxLength(40) entityType?: string;
  @ApiPropertyOptional() @IsOptionalNotNull() @IsString() @MaxLength(64) entityId?: string;
  @ApiPropertyOptional() @IsOptionalNotNull() @IsString() @MaxLength(80) action?: string;
}

@ApiTags('audit')
@Controller('v1/audit')
export class AuditController {
  constructor(
    private readonly audit: AuditService,
    private readonly listing: AuditListing,
    private readonly checkpoints: AuditCheckpoints,
  ) {}

  @Get('events')
  @ApiOperation({ summary: 'List audit events (감사 기록 조회)' })
  @Access({ roles: [Role.OPERATOR, Role.ADMIN] })
  @ApiPage('AuditListItem', { description: 'Audit events, newest first, with the actor’s name' })
  list(@Query() query: AuditQueryDto) {
    return this.listing.list(query);
  }

  @Get('filter-options')
  @ApiOperation({ summary: 'Audit list filters (감사 기록 필터 항목)' })
  @Access({ roles: [Role.OPERATOR, Role.ADMIN] })
  @ApiView('AuditFilterOptions', { description: 'The entity types and actions recorded so far, for the list’s filters' })
  filterOptions() {
    return this.listing.filterOptions();
  }

  @Get('verify')
  @ApiOperation({ summary: 'Verify the audit chain (감사 체인 검증)' })
  @Access({ roles: [Role.OPERATOR, Role.ADMIN] })
  @ApiView('AuditVerification', { description: 'Whether every link (hash, MAC) and every signed checkpoint holds, and the first that does not' })
  verify() {
    return this.checkpoints.verify();
  }

  @Post('checkpoints')
  @ApiOperation({ summary: 'Sign a checkpoint of the audit chain (감사 체크포인트 서명)' })
  @ApiConflictResponse({ description: 'The chain does not verify' })
  @HttpCode(201)
  @Access({ roles: [Role.OPERATOR, Role.ADMIN] })
  @ApiView('AuditCheckpointView', { description: 'A checkpoint of the chain’s head, signed now' })
  checkpoint() {
    return this.checkpoints.sign();
  }

  @Get('checkpoints')
  @ApiOperation({ summary: 'Published audit checkpoints (공개 감사 체크포인트)' })
  @Public()
  @ApiList('AuditCheckpointView', { description: 'The newest signed checkpoints of the audit chain’s head, for anyone to check and keep' })
  published() {
    return this.checkpoints.published();
  }

  @Get('public-key')
  @ApiOperation({ summary: 'Audit signing public key (감사 서명 공개키)' })
  @Public()
  @ApiView('AuditPublicKey', { description: 'The Ed25519 public key that checkpoint signatures verify with' })
  publicKey() {
    return this.checkpoints.publicKey();
  }
}
