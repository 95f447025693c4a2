import { ApiPropertyOptional } from '@nestjs/swagger';
import { ROLES, UserStatus, type Role } from '@inno/contracts';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { PageQueryDto } from '../../common/page-query.dto';

export class UserQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: Object.values(UserStatus) })
  @IsOptional() @IsIn(Object.values(UserStatus)) status?: UserStatus;

  @ApiPropertyOptional({ enum: ROLES })
  @IsOptional() @IsIn(ROLES) role?: Role;

  @ApiPropertyOptional({ description: 'Part of the name or e-mail' })
  @IsOptional() @IsString() @MaxLength(100) q?: string;
}
