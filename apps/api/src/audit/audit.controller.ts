import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Role } from '@inno/contracts';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { Access } from '../auth/access.decorator';
import { PageQueryDto } from '../common/page-query.dto';
import { AuditListing } from './audit-listing';
import { AuditService } from './audit.service';

class AuditQueryDto extends PageQueryDto {
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(40) entityType?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(64) entityId?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(80) action?: string;
}

@ApiTags('audit')
@Controller('v1/audit')
export class AuditController {
  constructor(
    private readonly audit: AuditService,
    private readonly listing: AuditListing,
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
  @ApiOkResponse({ description: 'Whether every link of the chain holds, and the first that does not' })
  verify() {
    return this.audit.verify();
  }
}
