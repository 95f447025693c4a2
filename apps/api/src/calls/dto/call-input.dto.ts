import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CallKind, ChallengeSelection, type CallInput, type CriteriaGroup, type CriteriaSet, type Criterion, type DesignationRules } from '@inno/contracts';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsIn, IsInt, IsISO8601, IsNumber, IsString, Length, Matches, Max, Min } from 'class-validator';
import { IsOptionalNotNull, LongText, NestedObject } from '../../common/validation';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const KEY = /^[A-Za-z][A-Za-z0-9]{0,39}$/;

class CriterionDto implements Criterion {
  @ApiProperty() @Matches(KEY, { message: 'key must be letters and digits' }) key: string;
  @ApiProperty() @Transform(trim) @IsString() @Length(1, 200) name: string;
  @ApiProperty() @IsInt() @Min(1) @Max(100) points: number;
}

class CriteriaGroupDto implements CriteriaGroup {
  @ApiProperty() @Matches(KEY, { message: 'key must be letters and digits' }) key: string;
  @ApiProperty() @Transform(trim) @IsString() @Length(1, 200) name: string;
  @ApiProperty({ type: [CriterionDto] }) @IsArray() @ArrayMinSize(1) @ArrayMaxSize(20) @NestedObject(() => CriterionDto, { each: true }) criteria: CriterionDto[];
  @ApiProperty({ example: 0.6, description: 'A whole percent as a share: 0.55 for 55%' }) @IsNumber() @Min(0) @Max(1) passRatio: number;
}

export class CriteriaSetDto implements CriteriaSet {
  @ApiProperty({ type: [CriteriaGroupDto] }) @IsArray() @ArrayMinSize(1) @ArrayMaxSize(10) @NestedObject(() => CriteriaGroupDto, { each: true }) groups: CriteriaGroupDto[];
  @ApiProperty({ example: 70, description: 'Whole points' }) @IsInt() @Min(0) @Max(1000) passMark: number;
}

export class DesignationRulesDto implements DesignationRules {
  @ApiProperty({ example: 3 }) @IsInt() @Min(1) @Max(10) validityYears: number;
  @ApiProperty({ example: [1, 2], type: [Number] }) @IsArray() @ArrayMaxSize(5) @IsInt({ each: true }) @Min(1, { each: true }) @Max(10, { each: true }) extensionYears: number[];
  @ApiProperty({ example: 6 }) @IsInt() @Min(1) @Max(30) maxTotalYears: number;
  @ApiProperty({ example: 5 }) @IsInt() @Min(3) @Max(100) trimmedMeanMinSheets: number;
  @ApiProperty({ example: false, description: 'The members present vote on each item after scoring' }) @IsBoolean() committeeVote: boolean;
}

export class CallInputDto implements CallInput {
  @ApiProperty({ example: '2026년 4차 혁신제품 공모' }) @Transform(trim) @IsString() @Length(2, 200) title: string;
  @ApiProperty({ enum: Object.values(CallKind) }) @IsIn(Object.values(CallKind)) kind: CallKind;
  @ApiProperty() @Transform(trim) @IsString() @Length(1, 5000) @LongText() description: string;
  @ApiProperty({ type: [String], example: ['SAF', 'ENV-01'] }) @IsArray() @ArrayMinSize(1) @ArrayMaxSize(50) @IsString({ each: true }) subAreas: string[];
  @ApiProperty({ example: '2026-12-01T09:00:00+09:00' }) @IsISO8601({ strict: true }, { message: 'opensAt must be an ISO date-time' }) opensAt: string;
  @ApiProperty({ example: '2026-12-15T18:00:00+09:00' }) @IsISO8601({ strict: true }, { message: 'closesAt must be an ISO date-time' }) closesAt: string;
  @ApiPropertyOptional({ type: DesignationRulesDto, description: 'Defaults to the rule settings in force when the call is opened' })
  @IsOptionalNotNull() @NestedObject(() => DesignationRulesDto) rules?: DesignationRulesDto;
  @ApiPropertyOptional({ type: CriteriaSetDto, description: 'Defaults to the rule settings in force (the 100-point set of domain.md §3.1)' })
  @IsOptionalNotNull() @NestedObject(() => CriteriaSetDto) criteria?: CriteriaSetDto;
  @ApiPropertyOptional({ enum: Object.values(ChallengeSelection), description: 'A call for challenges only: who selects them (defaults to OPERATOR)' })
  @IsOptionalNotNull() @IsIn(Object.values(ChallengeSelection), { message: 'challengeSelection must be OPERATOR or COMMITTEE' }) challengeSelection?: ChallengeSelection;
}
