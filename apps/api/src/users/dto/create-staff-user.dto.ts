import { ApiProperty } from '@nestjs/swagger';
import { PASSWORD_MIN_LENGTH, STAFF_ROLES, type CreateStaffUserRequest, type StaffRole } from '@inno/contracts';
import { Transform } from 'class-transformer';
import { IsEmail, IsIn, IsString, Length, MaxLength } from 'class-validator';
import { IsAcceptablePassword } from '../../common/is-acceptable-password';

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
}
