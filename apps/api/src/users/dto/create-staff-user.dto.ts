import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PASSWORD_MIN_LENGTH, STAFF_ROLES, type CreateStaffUserRequest, type StaffRole } from '@inno/contracts';
import { Transform } from 'class-transformer';
import { IsEmail, IsIn, IsString, Length, MaxLength } from 'class-validator';
import { IsAcceptablePassword } from '../../common/is-acceptable-password';
import { IsCalendarDate, IsOptionalNotNull } from '../../common/validation';

export class CreateStaffUserDto implements CreateStaffUserRequest {
  @ApiProperty()
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value))
  @IsEmail({}, { message: 'email must be an e-mail address' }) @MaxLength(254) email: string;

  @ApiProperty({ minLength: PASSWORD_MIN_LENGTH })
  @IsString() @IsAcceptablePassword('email')
  password: string;

  @ApiProperty()
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value)) @IsString() @Length(1, 100) name: string;

  @ApiProperty({ enum: STAFF_ROLES })
  @IsIn(STAFF_ROLES, { message: `role must be one of ${STAFF_ROLES.join(', ')}` }) role: StaffRole;

  @ApiPropertyOptional({ description: 'The NGO or body an OBSERVER speaks for (required for an observer, refused for any other role)' })
  @IsOptionalNotNull() @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value)) @IsString() @Length(1, 200) organisation?: string;

  @ApiPropertyOptional({ format: 'date', description: 'First day of an OBSERVER’s term (Korean date)' })
  @IsOptionalNotNull() @IsCalendarDate() termFrom?: string;

  @ApiPropertyOptional({ format: 'date', description: 'Last day of an OBSERVER’s term (Korean date), counted' })
  @IsOptionalNotNull() @IsCalendarDate() termTo?: string;
}
