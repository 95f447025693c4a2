import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Role } from '@inno/contracts';
import { IsString, MaxLength } from 'class-validator';
import { IsOptionalNotNull } from '../common/validation';
import { Access } from '../auth/access.decorator';
import { PageQueryDto } from '../common/page-query.dto';
import { AuditService } from './audit.service';

class AuditQueryDto extends PageQueryDto {
  @ApiPropertyOptional() @IsOptionalNotNull() @IsString() @MaxLength(40) entityType?: string;
  @ApiPropertyOptional() @IsOptionalNotNull() @IsString() @MaxLength(64) entityId?: string;
  @ApiPropertyOptional() @IsOptionalNotNull() @IsString() @MaxLength(80) action?: string;
}

@ApiTags('audit')
@Controller('v1/audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get('events')
  @Access({ roles: [Role.OPERATOR, Role.ADMIN] })
  @ApiOkResponse({ description: 'Audit events, newest first' })
  list(@Query() query: AuditQueryDto) {
    return this.audit.list(query);
  }

  @Get('verify')
  @Access({ roles: [Role.OPERATOR, Role.ADMIN] })
  @ApiOkResponse({ description: 'Whether every link of the chain holds, and the first that does not' })
  verify() {
    return this.audit.verify();
  }
}
