import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { ChallengeStatus, PRICE_MAX_KRW } from '@inno/contracts';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsInt, IsISO8601, IsString, IsUUID, Length, Max, MaxLength, Min } from 'class-validator';
import { PageQueryDto } from '../../common/page-query.dto';
import { IsCalendarDate, IsOptionalNotNull, LongText } from '../../common/validation';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/** The problem as the institution states it; a draft may be saved incomplete, submitting needs it whole. */
export class ChallengeContentDto {
  @ApiProperty({ example: '도로 결빙 구간 실시간 감지' }) @Transform(trim) @IsString() @Length(2, 200) title: string;
  @ApiPropertyOptional({ description: 'What the institution needs solved' })
  @IsOptionalNotNull() @Transform(trim) @IsString() @MaxLength(10_000) @LongText() need?: string;
  @ApiPropertyOptional({ description: 'How it is done today' })
  @IsOptionalNotNull() @Transform(trim) @IsString() @MaxLength(10_000) @LongText() currentMethod?: string;
  @ApiPropertyOptional({ description: 'What today’s way costs a year (KRW)' }) @IsOptionalNotNull() @IsInt() @Min(0) @Max(PRICE_MAX_KRW) currentCost?: number;
  @ApiPropertyOptional() @IsOptionalNotNull() @Transform(trim) @IsString() @MaxLength(10_000) @LongText() expectedEffect?: string;
  @ApiPropertyOptional({ description: 'The budget the institution could commit (KRW)' }) @IsOptionalNotNull() @IsInt() @Min(0) @Max(PRICE_MAX_KRW) budget?: number;
  @ApiPropertyOptional() @IsOptionalNotNull() @IsInt() @Min(1) @Max(1_000_000) quantity?: number;
  @ApiPropertyOptional({ example: 'SAF', description: 'A catalogue category code' }) @IsOptionalNotNull() @IsString() @Length(1, 20) field?: string;
}

export class ChallengeInputDto extends ChallengeContentDto {
  @ApiProperty({ format: 'uuid', description: 'An open call for challenges' }) @IsUUID() callId: string;
}

/** Every field may be left out; none may be sent as null. */
export class ChallengeUpdateDto extends PartialType(ChallengeInputDto, { skipNullProperties: false }) {}

export class SelectionDto {
  @ApiProperty({ description: 'Why it was (not) selected: published with the result' }) @Transform(trim) @IsString() @Length(1, 2000) @LongText() reason: string;
}

export class SolutionCallDto {
  @ApiProperty({ example: '2027-01-04T09:00:00+09:00' }) @IsISO8601({ strict: true }, { message: 'opensAt must be an ISO date-time' }) opensAt: string;
  @ApiProperty({ example: '2027-01-29T18:00:00+09:00' }) @IsISO8601({ strict: true }, { message: 'closesAt must be an ISO date-time' }) closesAt: string;
  @ApiPropertyOptional({ type: [String], description: 'Defaults to the challenge’s field' })
  @IsOptionalNotNull() @IsArray() @ArrayMinSize(1) @ArrayMaxSize(50) @IsString({ each: true }) subAreas?: string[];
}

export class PurchaseDto {
  @ApiProperty({ example: 120_000_000 }) @IsInt() @Min(1) @Max(PRICE_MAX_KRW) amount: number;
  @ApiProperty({ example: '2027-03-02' }) @IsCalendarDate() contractedOn: string;
  @ApiProperty({ example: '조달-2027-0001' }) @Transform(trim) @IsString() @Length(1, 100) contractReference: string;
}

export class ChallengeQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: Object.values(ChallengeStatus), isArray: true, description: 'Comma-separated' })
  @IsOptionalNotNull()
  @Transform(({ value }) => (typeof value === 'string' ? value.split(',') : value))
  @IsArray() @IsIn(Object.values(ChallengeStatus), { each: true })
  status?: ChallengeStatus[];
  @ApiPropertyOptional() @IsOptionalNotNull() @IsUUID() callId?: string;
}
