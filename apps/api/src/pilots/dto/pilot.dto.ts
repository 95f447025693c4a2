import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  PILOT_APPLICATION_RULES as RULES,
  PILOT_DEFAULTS,
  PILOT_PLAN_RULES as PLAN,
  PILOT_INDICATORS,
  PILOT_RESULT_RULES,
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
  IsISO8601,
  IsObject,
  IsString,
  IsUUID,
  Length,
  MaxLength,
} from 'class-validator';
import { Follows, IsOptionalNotNull, LongText } from '../../common/validation';
import { PageQueryDto } from '../../common/page-query.dto';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class PilotPlanDto implements PilotPlanInput {
  @Follows(PLAN.year, { example: 2027 }) year: number;
  @Follows(PLAN.title) title: string;
  @Follows(PLAN.budget, { description: 'KRW' }) budget: number;
  @ApiProperty() @IsISO8601({ strict: true }, { message: 'surveyOpensAt must be an ISO date-time' }) surveyOpensAt: string;
  @ApiProperty() @IsISO8601({ strict: true }, { message: 'surveyClosesAt must be an ISO date-time' }) surveyClosesAt: string;
  @Follows(PLAN.maxInstitutionsPerProduct, { default: PILOT_DEFAULTS.maxInstitutionsPerProduct }) maxInstitutionsPerProduct?: number;
  @Follows(PLAN.maxAmountPerProduct, { default: PILOT_DEFAULTS.maxAmountPerProduct }) maxAmountPerProduct?: number;
  @Follows(PLAN.maxUsePeriodMonths, { default: PILOT_DEFAULTS.maxUsePeriodMonths }) maxUsePeriodMonths?: number;
  @Follows(PLAN.repeatPilotThreshold, { default: PILOT_DEFAULTS.repeatPilotThreshold, description: 'KRW; defaults to the rule settings' }) repeatPilotThreshold?: number;
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
  @Follows(RULES.quantity) quantity: number;
  @Follows(RULES.amount, { description: 'KRW, within the plan’s cap per product' }) amount: number;
  @Follows(RULES.intendedUse) @LongText() intendedUse: string;
  @Follows(RULES.place) place: string;
  @Follows(RULES.usePeriodMonths, { description: 'Months, within the plan’s maximum' }) usePeriodMonths: number;
  @Follows(RULES.followOnPlanned) followOnPlanned: boolean;
  @Follows(RULES.followOnBudgeted, { description: 'True only with followOnPlanned' }) followOnBudgeted: boolean;
  @Follows(RULES.followOnAmount, { description: 'KRW; required when the follow-on purchase is budgeted' }) followOnAmount?: number;
  @Follows(RULES.need) @LongText() need: string;
}

export class PilotResultDto implements PilotResultInput {
  @ApiProperty({ description: `1 to 5 for each of ${PILOT_INDICATORS.join(', ')}` }) @IsObject() scores: Record<PilotIndicator, number>;
  @ApiProperty() @IsObject() @LongText() comments: Partial<Record<PilotIndicator, string>>;
  @Follows(PILOT_RESULT_RULES.willBuyMore) willBuyMore: boolean;
  @Follows(PILOT_RESULT_RULES.summary) @LongText() summary: string;
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
