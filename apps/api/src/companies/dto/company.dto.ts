import { ApiPropertyOptional } from '@nestjs/swagger';
import { CompanyDocumentKind, CompanySize, type CompanyProfileUpdate } from '@inno/contracts';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsString, Length, Matches, MaxLength } from 'class-validator';
import { ISO_DATE } from '../../products/dto/product-input.dto';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class CompanyProfileUpdateDto implements CompanyProfileUpdate {
  @ApiPropertyOptional() @IsOptional() @Transform(trim) @IsString() @Length(2, 200) name?: string;
  @ApiPropertyOptional({ enum: Object.values(CompanySize) }) @IsOptional() @IsIn(Object.values(CompanySize)) size?: CompanySize;
  @ApiPropertyOptional() @IsOptional() @Transform(trim) @IsString() @Length(2, 40) region?: string;
  @ApiPropertyOptional() @IsOptional() @Transform(trim) @IsString() @MaxLength(300) address?: string;
  @ApiPropertyOptional() @IsOptional() @Transform(trim) @IsString() @MaxLength(100) representative?: string;
  @ApiPropertyOptional({ type: [String] })
  @IsOptional() @IsArray() @ArrayMaxSize(30) @IsString({ each: true }) @Length(1, 60, { each: true }) certifications?: string[];
}

/** The text fields that come with a locker upload (multipart), validated like a body. */
export class CompanyDocumentFieldsDto {
  @ApiPropertyOptional({ enum: Object.values(CompanyDocumentKind) }) @IsIn(Object.values(CompanyDocumentKind)) kind: CompanyDocumentKind;
  @ApiPropertyOptional() @Transform(trim) @IsString() @Length(1, 200) title: string;
  @ApiPropertyOptional() @IsOptional() @Transform(trim) @IsString() @Length(1, 60) number?: string;
  @ApiPropertyOptional({ example: '2029-12-31' }) @IsOptional() @Matches(ISO_DATE, { message: 'expiresOn must be a date (YYYY-MM-DD)' }) expiresOn?: string;
}
