import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  PILOT_APPLICATION_LIMITS as LIMITS,
  PILOT_INDICATORS,
  PRICE_MAX_KRW,
  UsageState,
  type CheckInInput,
  type PilotApplicationInput,
  type PilotIndicator,
  type PilotPlanInput,
  type PilotResultInput,
  type PilotUsePlan,
} from '@inno/contracts';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsObject,
  IsString,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
  ValidateIf,
} from 'class-validator';
import { IsOptionalNotNull, LongText } from '../../common/validation';
import { PageQueryDto } from '../../common/page-query.dto';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class PilotPlanDto implements PilotPlanInput {
  @ApiProperty({ example: 2027 }) @IsInt() @Min(2020) @Max(2100) year: number;
  @ApiProperty() @Transform(trim) @IsString() @Length(2, 200) title: string;
  @ApiProperty({ description: 'KRW' }) @IsInt() @Min(1) @Max(PRICE_MAX_KRW * 10) budget: number;
  @ApiProperty() @IsISO8601({ strict: true }, { message: 'surveyOpensAt must be an ISO date-time' }) surveyOpensAt: string;
  @ApiProperty() @IsISO8601({ strict: true }, { message: 'surveyClosesAt must be an ISO date-time' }) surveyClosesAt: string;
  @ApiPropertyOptional({ default: 5 }) @IsOptionalNotNull() @IsInt() @Min(1) @Max(100) maxInstitutionsPerProduct?: number;
  @ApiPropertyOptional({ default: 300_000_000 }) @IsOptionalNotNull() @IsInt() @Min(1) @Max(PRICE_MAX_KRW) maxAmountPerProduct?: number;
  @ApiPropertyOptional({ default: 12 }) @IsOptionalNotNull() @IsInt() @Min(1) @Max(36) maxUsePeriodMonths?: number;
  @ApiPropertyOptional({ default: 50_000_000, description: 'KRW; defaults to the rule settings' }) @IsOptionalNotNull() @IsInt() @Min(0) @Max(PRICE_MAX_KRW) repeatPilotThreshold?: number;
  @ApiPropertyOptional({ type: [String] }) @IsOptionalNotNull() @IsArray() @ArrayMaxSize(5000) @IsUUID('all', { each: true }) productIds?: string[];
}

export class UsePlanDto implements PilotUsePlan {
  @ApiProperty() @Transform(trim) @IsString() @Length(5, 5000) @LongText() offering: string;
  @ApiProperty() @Transform(trim) @IsString() @Length(5, 5000) @LongText() installation: string;
  @ApiProperty() @Transform(trim) @IsString() @Length(5, 5000) @LongText() training: string;
  @ApiProperty() @Transform(trim) @IsString() @Length(5, 5000) @LongText() support: string;
}

export class PilotApplicationDto implements PilotApplicationInput {
  @ApiProperty({ format: 'uuid' }) @IsUUID() planId: string;
  @ApiProperty({ format: 'uuid' }) @IsUUID() productId: string;
  @ApiProperty() @IsInt() @Min(1) @Max(LIMITS.quantityMax) quantity: number;
  @ApiProperty({ description: 'KRW, within the plan’s cap per product' }) @IsInt() @Min(1) @Max(PRICE_MAX_KRW) amount: number;
  @ApiProperty() @Transform(trim) @IsString() @Length(LIMITS.intendedUse.min, LIMITS.intendedUse.max) @LongText() intendedUse: string;
  @ApiProperty() @Transform(trim) @IsString() @Length(LIMITS.place.min, LIMITS.place.max) place: string;
  @ApiProperty({ description: 'Months, within the plan’s maximum' }) @IsInt() @Min(1) @Max(LIMITS.usePeriodMonthsMax) usePeriodMonths: number;
  @ApiProperty() @IsBoolean() followOnPlanned: boolean;
  @ApiProperty() @IsBoolean() followOnBudgeted: boolean;
  @ApiPropertyOptional({ description: 'KRW; required when the follow-on purchase is budgeted' })
  @ValidateIf((o: PilotApplicationDto) => o.followOnBudgeted === true || o.followOnAmount !== undefined)
  @IsInt({ message: 'followOnAmount is required when the follow-on purchase is budgeted' }) @Min(1) @Max(PRICE_MAX_KRW)
  followOnAmount?: number;
  @ApiProperty() @Transform(trim) @IsString() @Length(LIMITS.need.min, LIMITS.need.max) @LongText() need: string;
}

export class PilotResultDto implements PilotResultInput {
  @ApiProperty({ description: `1 to 5 for each of ${PILOT_INDICATORS.join(', ')}` }) @IsObject() scores: Record<PilotIndicator, number>;
  @ApiProperty() @IsObject() @LongText() comments: Partial<Record<PilotIndicator, string>>;
  @ApiProperty() @IsBoolean() willBuyMore: boolean;
  @ApiProperty() @Transform(trim) @IsString() @Length(5, 5000) @LongText() summary: string;
}

export class CheckInDto implements CheckInInput {
  @ApiProperty({ enum: [3, 6] }) @IsIn([3, 6]) month: 3 | 6;
  @ApiProperty({ enum: Object.values(UsageState) }) @IsIn(Object.values(UsageState)) state: UsageState;
  @ApiProperty() @Transform(trim) @IsString() @Length(2, 2000) @LongText() why: string;
}

export class PilotReasonDto {
  @ApiPropertyOptional() @IsOptionalNotNull() @Transform(trim) @IsString() @MaxLength(2000) @LongText() reason?: string;
}

export class PlanProductQueryDto extends PageQueryDto {
  @ApiPropertyOptional() @IsOptionalNotNull() @Transform(trim) @IsString() @MaxLength(100) q?: string;
  @ApiPropertyOptional() @IsOptionalNotNull() @IsString() @MaxLength(20) category?: string;
  @ApiPropertyOptional() @IsOptionalNotNull() @Transform(({ obj }) => (obj.eligible === 'true' ? true : obj.eligible === 'false' ? false : obj.eligible)) @IsBoolean() eligible?: boolean;
}

export class PilotQueryDto extends PageQueryDto {
  @ApiPropertyOptional() @IsOptionalNotNull() @IsUUID() planId?: string;
  @ApiPropertyOptional() @IsOptionalNotNull() @IsString() @MaxLength(28) status?: string;
}

export class ApplyMatchingDto {
  @ApiProperty({ type: [String], description: 'The applications to match, as proposed or adjusted' })
  @IsArray() @ArrayMaxSize(5000) @IsUUID('all', { each: true }) applicationIds: string[];
}
