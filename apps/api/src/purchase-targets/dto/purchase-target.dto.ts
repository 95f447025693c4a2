import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { INSTITUTION_RULES, InstitutionType } from '@inno/contracts';
import { Transform, Type } from 'class-transformer';
import { IsIn, IsInt, IsNumber, IsString, Length, Max, MaxLength, Min } from 'class-validator';
import { IsOptionalNotNull } from '../../common/validation';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const YEAR = { min: 2020, max: 2100 };

export class YearQueryDto {
  @ApiPropertyOptional({ description: 'Fiscal (calendar) year; this year in Korea when left out' })
  @IsOptionalNotNull() @Type(() => Number) @IsInt() @Min(YEAR.min) @Max(YEAR.max) year?: number;
}

export class TargetQueryDto extends YearQueryDto {
  @ApiPropertyOptional({ enum: Object.values(InstitutionType) }) @IsOptionalNotNull() @IsIn(Object.values(InstitutionType)) type?: InstitutionType;
  @ApiPropertyOptional() @IsOptionalNotNull() @IsString() @MaxLength(INSTITUTION_RULES.sectorLength[1]) sector?: string;
}

export const EXPORT_FORMATS = ['csv', 'xlsx'] as const;

export class TargetExportQueryDto extends TargetQueryDto {
  @ApiProperty({ enum: EXPORT_FORMATS }) @IsIn(EXPORT_FORMATS) format: (typeof EXPORT_FORMATS)[number];
}

export class GoodsPurchasesDto {
  @ApiProperty() @IsInt() @Min(YEAR.min) @Max(YEAR.max) year: number;
  @ApiProperty({ description: 'KRW of goods bought in the year' }) @IsInt() @Min(0) @Max(INSTITUTION_RULES.yearlyGoodsPurchasesMax) amount: number;
}

export class SectorRateDto {
  @ApiProperty() @IsInt() @Min(YEAR.min) @Max(YEAR.max) year: number;
  @ApiProperty() @Transform(trim) @IsString() @Length(INSTITUTION_RULES.sectorLength[0], INSTITUTION_RULES.sectorLength[1]) sector: string;
  @ApiProperty({ example: 0.012, description: 'A share: 0.012 for 1.2%, four decimals at most' })
  @IsNumber({ maxDecimalPlaces: 4 }) @Min(INSTITUTION_RULES.targetRateMin) @Max(INSTITUTION_RULES.targetRateMax) rate: number;
}
