import { ApiPropertyOptional } from '@nestjs/swagger';
import { ROLES, UserStatus, type Role } from '@inno/contracts';
import { IsIn, IsString, MaxLength } from 'class-validator';
import { IsOptionalNotNull } from '../../common/validation';
import { PageQueryDto } from '../../common/page-query.dto';

export class UserQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: Object.values(UserStatus) })
  @IsOptionalNotNull() @IsIn(Object.values(UserStatus)) status?: UserStatus;

  @ApiPropertyOptional({ enum: ROLES })
  @IsOptionalNotNull() @IsIn(ROLES) role?: Role;

  @ApiPropertyOptional({ description: 'Part of the name or e-mail' })
  @IsOptionalNotNull() @IsString() @MaxLength(100) q?: string;
}
