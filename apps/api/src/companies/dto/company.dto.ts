import { ApiPropertyOptional } from '@nestjs/swagger';
import { CompanyDocumentKind, CompanySize, type CompanyProfileUpdate } from '@inno/contracts';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsString, Length, MaxLength } from 'class-validator';
import { IsCalendarDate, IsOptionalNotNull } from '../../common/validation';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class CompanyProfileUpdateDto implements CompanyProfileUpdate {
  @ApiPropertyOptional() @IsOptionalNotNull() @Transform(trim) @IsString() @Length(2, 200) name?: string;
  @ApiPropertyOptional({ enum: Object.values(CompanySize) }) @IsOptionalNotNull() @IsIn(Object.values(CompanySize)) size?: CompanySize;
  @ApiPropertyOptional() @IsOptionalNotNull() @Transform(trim) @IsString() @Length(2, 40) region?: string;
  @ApiPropertyOptional() @IsOptionalNotNull() @Transform(trim) @IsString() @MaxLength(300) address?: string;
  @ApiPropertyOptional() @IsOptionalNotNull() @Transform(trim) @IsString() @MaxLength(100) representative?: string;
  @ApiPropertyOptional({ type: [String] })
  @IsOptionalNotNull() @IsArray() @ArrayMaxSize(30) @IsString({ each: true }) @Length(1, 60, { each: true }) certifications?: string[];
}

/** The text fields that come with a locker upload (multipart), validated like a body. */
export class CompanyDocumentFieldsDto {
  @ApiPropertyOptional({ enum: Object.values(CompanyDocumentKind) }) @IsIn(Object.values(CompanyDocumentKind)) kind: CompanyDocumentKind;
  @ApiPropertyOptional() @Transform(trim) @IsString() @Length(1, 200) title: string;
  @ApiPropertyOptional() @IsOptionalNotNull() @Transform(trim) @IsString() @Length(1, 60) number?: string;
  @ApiPropertyOptional({ example: '2029-12-31' }) @IsOptionalNotNull() @IsCalendarDate() expiresOn?: string;
}
