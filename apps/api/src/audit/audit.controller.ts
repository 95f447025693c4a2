import { Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Role } from '@inno/contracts';
import { IsString, MaxLength } from 'class-validator';
import { IsOptionalNotNull } from '../common/validation';
import { Access, Public } from '../auth/access.decorator';
import { PageQueryDto } from '../common/page-query.dto';
import { AuditCheckpoints } from './audit-checkpoints';
import { AuditListing } from './audit-listing';
import { AuditService } from './audit.service';

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
  @Access({ roles: [Role.OPERATOR, Role.ADMIN] })
  @ApiOkResponse({ description: 'Audit events, newest first, with the actor’s name' })
  list(@Query() query: AuditQueryDto) {
    return this.listing.list(query);
  }

  @Get('filter-options')
  @Access({ roles: [Role.OPERATOR, Role.ADMIN] })
  @ApiOkResponse({ description: 'The entity types and actions recorded so far, for the list’s filters' })
  filterOptions() {
    return this.listing.filterOptions();
  }

  @Get('verify')
  @Access({ roles: [Role.OPERATOR, Role.ADMIN] })
  @ApiOkResponse({ description: 'Whether every link (hash, MAC) and every signed checkpoint holds, and the first that does not' })
  verify() {
    return this.checkpoints.verify();
  }

  @Post('checkpoints')
  @HttpCode(201)
  @Access({ roles: [Role.OPERATOR, Role.ADMIN] })
  @ApiOkResponse({ description: 'Signs a checkpoint of the chain’s head now (refused while the chain does not verify)' })
  checkpoint() {
    return this.checkpoints.sign();
  }

  @Get('checkpoints')
  @Public()
  @ApiOkResponse({ description: 'The newest signed checkpoints of the audit chain’s head, for anyone to check and keep' })
  published() {
    return this.checkpoints.published();
  }

  @Get('public-key')
  @Public()
  @ApiOkResponse({ description: 'The Ed25519 public key that checkpoint signatures verify with' })
  publicKey() {
    return this.checkpoints.publicKey();
  }
}
