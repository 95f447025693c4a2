import { ApiProperty, PartialType } from '@nestjs/swagger';
import { INSTITUTION_RULES as R, InstitutionType, type InstitutionInput } from '@inno/contracts';
import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsNumber, IsString, Length, Matches, Max, MaxLength, Min } from 'class-validator';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const upperTrim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toUpperCase() : value);

export class InstitutionDto implements InstitutionInput {
  @ApiProperty({ example: 'CG-101', description: 'The platform’s own code: upper-case letters and digits with hyphens' })
  @Transform(upperTrim) @IsString() @MaxLength(R.codeMaxLength) @Matches(R.code, { message: 'code must be upper-case letters and digits with hyphens (e.g. CG-001)' })
  code: string;
  @ApiProperty({ example: '조달청' }) @Transform(trim) @IsString() @Length(R.nameLength[0], R.nameLength[1]) name: string;
  @ApiProperty({ example: 'Public Procurement Service' }) @Transform(trim) @IsString() @Length(R.nameLength[0], R.nameLength[1]) nameEn: string;
  @ApiProperty({ enum: Object.values(InstitutionType) }) @IsIn(Object.values(InstitutionType)) type: InstitutionType;
  @ApiProperty({ example: '행정' }) @Transform(trim) @IsString() @Length(R.sectorLength[0], R.sectorLength[1]) sector: string;
  @ApiProperty({ description: 'KRW per year', example: 38_000_000_000 })
  @IsInt() @Min(0) @Max(R.yearlyGoodsPurchasesMax)
  yearlyGoodsPurchases: number;
  @ApiProperty({ description: 'Share of goods purchases, 0.01 for 1%', example: R.targetRateDefault })
  @IsNumber({ maxDecimalPlaces: 4, allowNaN: false, allowInfinity: false }, { message: 'targetRate must be a share with at most four decimals (0.0125 for 1.25%)' })
  @Min(R.targetRateMin) @Max(R.targetRateMax)
  targetRate: number;
}

/** An edit: any of the fields, each checked as on creation. */
export class InstitutionUpdateDto extends PartialType(InstitutionDto, { skipNullProperties: false }) {}
