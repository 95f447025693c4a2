import { ApiPropertyOptional } from '@nestjs/swagger';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, type UpdateProfileRequest } from '@inno/contracts';
import { Transform } from 'class-transformer';
import { IsNotEmpty, IsString, Length, MaxLength, ValidateIf } from 'class-validator';
import { IsAcceptablePassword } from '../../common/is-acceptable-password';
import { IsOptionalNotNull } from '../../common/validation';

export class UpdateProfileDto implements UpdateProfileRequest {
  @ApiPropertyOptional()
  @IsOptionalNotNull() @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value)) @IsString() @Length(1, 100)
  name?: string;

  @ApiPropertyOptional({ description: 'Required with newPassword' })
  @ValidateIf((o: UpdateProfileDto) => o.newPassword !== undefined || o.currentPassword !== undefined)
  @IsString() @IsNotEmpty({ message: 'currentPassword is required to change the password' }) @MaxLength(PASSWORD_MAX_LENGTH)
  currentPassword?: string;

  @ApiPropertyOptional({ minLength: PASSWORD_MIN_LENGTH })
  @ValidateIf((o: UpdateProfileDto) => o.newPassword !== undefined || o.currentPassword !== undefined)
  @IsString() @IsAcceptablePassword()
  newPassword?: string;
}
