import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, Max, Min } from 'class-validator';
import { PRICE_MAX_KRW, type IdeaRules, type ObserverRules, type PilotRules, type RuleSettings, type ScoutingRules } from '@inno/contracts';
import { CriteriaSetDto, DesignationRulesDto } from '../../calls/dto/call-input.dto';
import { IsOptionalNotNull, NestedObject } from '../../common/validation';

export class PilotRulesDto implements PilotRules {
  @ApiProperty({ example: 5 }) @IsInt() @Min(1) @Max(100) maxInstitutionsPerProduct: number;
  @ApiProperty({ example: 300_000_000 }) @IsInt() @Min(1) @Max(PRICE_MAX_KRW) maxAmountPerProduct: number;
  @ApiProperty({ example: 12 }) @IsInt() @Min(1) @Max(36) maxUsePeriodMonths: number;
  @ApiProperty({ example: 50_000_000 }) @IsInt() @Min(0) @Max(PRICE_MAX_KRW) repeatPilotThreshold: number;
}

export class ScoutingRulesDto implements ScoutingRules {
  @ApiProperty({ example: 3 }) @IsInt() @Min(1) @Max(20) nominationsPerScout: number;
  @ApiProperty({ example: 200_000_000 }) @IsInt() @Min(1_000_000) @Max(PRICE_MAX_KRW) demoDayBudget: number;
  @ApiProperty({ example: 10 }) @IsInt() @Min(1) @Max(100) recommendedCount: number;
}

export class IdeaRulesDto implements IdeaRules {
  @ApiProperty({ example: 5 }) @IsInt() @Min(1) @Max(100) maxSelectedPerMonth: number;
}

export class ObserverRulesDto implements ObserverRules {
  @ApiProperty({ example: 14 }) @IsInt() @Min(1) @Max(90) concernAnswerDays: number;
}

/** `ideas` and `observers` may be left out: the rules saved before stay. */
export class RuleSettingsDto implements Omit<RuleSettings, 'ideas' | 'observers'> {
  @ApiProperty({ type: CriteriaSetDto }) @NestedObject(() => CriteriaSetDto) criteria: CriteriaSetDto;
  @ApiProperty({ type: DesignationRulesDto }) @NestedObject(() => DesignationRulesDto) designation: DesignationRulesDto;
  @ApiProperty({ type: PilotRulesDto }) @NestedObject(() => PilotRulesDto) pilot: PilotRulesDto;
  @ApiProperty({ type: ScoutingRulesDto }) @NestedObject(() => ScoutingRulesDto) scouting: ScoutingRulesDto;
  @ApiPropertyOptional({ type: IdeaRulesDto }) @IsOptionalNotNull() @NestedObject(() => IdeaRulesDto) ideas?: IdeaRulesDto;
  @ApiPropertyOptional({ type: ObserverRulesDto }) @IsOptionalNotNull() @NestedObject(() => ObserverRulesDto) observers?: ObserverRulesDto;
}
