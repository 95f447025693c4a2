import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  CompanySize,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  Role,
  SELF_SIGNUP_ROLES,
  type CompanyRegistration,
  type SelfSignupRole,
  type SignupRequest,
} from '@inno/contracts';
import { Transform } from 'class-transformer';
import {
  IsEmail,
  IsIn,
  IsNotEmpty,
  IsString,
  IsUUID,
  Length,
  MaxLength,
  Validate,
  ValidateIf,
  ValidatorConstraint,
  ValidatorConstraintInterface,
  ValidationArguments,
} from 'class-validator';
import { IsAcceptablePassword } from '../../common/is-acceptable-password';
import { IsOptionalNotNull, NestedObject } from '../../common/validation';
import { IsBusinessNumber } from '../../common/is-business-number';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class CompanyRegistrationDto implements CompanyRegistration {
  @ApiProperty({ example: '(주)스마트에어' })
  @Transform(trim) @IsString() @Length(2, 200) name: string;

  @ApiProperty({ example: '220-81-62517', description: '사업자등록번호, check digit verified' })
  @IsString() @IsBusinessNumber() businessNumber: string;

  @ApiProperty({ enum: Object.values(CompanySize) })
  @IsIn(Object.values(CompanySize)) size: CompanySize;

  @ApiProperty({ example: '서울특별시' })
  @Transform(trim) @IsString() @Length(2, 40) region: string;

  @ApiPropertyOptional() @IsOptionalNotNull() @Transform(trim) @IsString() @MaxLength(300) address?: string;
  @ApiPropertyOptional() @IsOptionalNotNull() @Transform(trim) @IsString() @MaxLength(100) representative?: string;
}

/** Organisation fields must match the role: a company for suppliers only, an institution for buyers only. */
@ValidatorConstraint({ name: 'onlyForRole' })
class OnlyForRole implements ValidatorConstraintInterface {
  validate(value: unknown, args: ValidationArguments): boolean {
    const role = (args.object as SignupDto).role;
    return value === undefined || role === args.constraints[0];
  }
  defaultMessage(args: ValidationArguments): string {
    return `${args.property} is only given when signing up as ${args.constraints[0]}`;
  }
}

export class SignupDto implements SignupRequest {
  @ApiProperty({ example: 'officer@example.go.kr' })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value))
  @IsEmail({}, { message: 'email must be an e-mail address' }) @MaxLength(254) email: string;

  @ApiProperty({ minLength: PASSWORD_MIN_LENGTH, maxLength: PASSWORD_MAX_LENGTH })
  @IsString() @IsAcceptablePassword('email')
  password: string;

  @ApiProperty({ example: '김혁신' })
  @Transform(trim) @IsString() @Length(1, 100) name: string;

  @ApiProperty({ enum: SELF_SIGNUP_ROLES, description: 'Staff roles are created by an ADMIN' })
  @IsIn(SELF_SIGNUP_ROLES, { message: `role must be one of ${SELF_SIGNUP_ROLES.join(', ')}` }) role: SelfSignupRole;

  @ApiPropertyOptional({ type: CompanyRegistrationDto, description: 'Required for SUPPLIER' })
  @ValidateIf((o: SignupDto) => o.role === Role.SUPPLIER || o.company !== undefined)
  @Validate(OnlyForRole, [Role.SUPPLIER])
  @IsNotEmpty({ message: 'company is required for a supplier' })
  @NestedObject(() => CompanyRegistrationDto)
  company?: CompanyRegistrationDto;

  @ApiPropertyOptional({ format: 'uuid', description: 'Required for BUYER' })
  @ValidateIf((o: SignupDto) => o.role === Role.BUYER || o.institutionId !== undefined)
  @Validate(OnlyForRole, [Role.BUYER])
  @IsUUID('all', { message: 'institutionId must be the id of a listed institution' })
  institutionId?: string;
}
