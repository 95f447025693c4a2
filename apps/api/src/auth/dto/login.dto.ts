import { ApiProperty } from '@nestjs/swagger';
import { PASSWORD_MAX_LENGTH, type LoginRequest } from '@inno/contracts';
import { Transform } from 'class-transformer';
import { IsEmail, IsNotEmpty, IsString, MaxLength } from 'class-validator';

export class LoginDto implements LoginRequest {
  @ApiProperty({ example: 'supplier@demo.innomarket.kr' })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value))
  @IsEmail({}, { message: 'email must be an e-mail address' }) @MaxLength(254) email: string;

  @ApiProperty()
  @IsString() @IsNotEmpty() @MaxLength(PASSWORD_MAX_LENGTH) password: string;
}
