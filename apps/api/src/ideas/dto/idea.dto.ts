import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IdeaRoute, IdeaStatus, type IdeaContent, type IdeaScores, type IncubationInput } from '@inno/contracts';
import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsString, IsUUID, Length, Matches, Max, Min } from 'class-validator';
import { PageQueryDto } from '../../common/page-query.dto';
import { IsCalendarDate, IsOptionalNotNull, LongText, NestedObject } from '../../common/validation';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class IdeaInputDto implements IdeaContent {
  @ApiProperty({ example: '버스 정류장 무더위 쉼터' }) @Transform(trim) @IsString() @Length(2, 200) title: string;
  @ApiProperty({ description: 'The problem' }) @Transform(trim) @IsString() @Length(10, 5000) @LongText() problem: string;
  @ApiProperty({ description: 'Who suffers it' }) @Transform(trim) @IsString() @Length(2, 2000) @LongText() affected: string;
  @ApiProperty({ description: 'The idea' }) @Transform(trim) @IsString() @Length(10, 5000) @LongText() idea: string;
  @ApiProperty({ description: 'Where it would be used' }) @Transform(trim) @IsString() @Length(2, 2000) @LongText() whereUsed: string;
}

export class IdeaScoresDto implements IdeaScores {
  @ApiProperty({ minimum: 1, maximum: 5 }) @IsInt() @Min(1) @Max(5) innovativeness: number;
  @ApiProperty({ minimum: 1, maximum: 5 }) @IsInt() @Min(1) @Max(5) socialImpact: number;
  @ApiProperty({ minimum: 1, maximum: 5 }) @IsInt() @Min(1) @Max(5) procurementFit: number;
}

export class IdeaReasonDto {
  @ApiProperty() @Transform(trim) @IsString() @Length(1, 2000) @LongText() reason: string;
}

/** An incubation task: an owner institution or an operator team (one of the two), a goal and a due date. */
export class IncubationInputDto implements IncubationInput {
  @ApiPropertyOptional({ format: 'uuid', description: 'The institution that carries it (or give ownerTeam)' }) @IsOptionalNotNull() @IsUUID() ownerInstitutionId?: string;
  @ApiPropertyOptional({ example: '혁신조달 운영팀', description: 'The operator team that carries it (or give ownerInstitutionId)' })
  @IsOptionalNotNull() @Transform(trim) @IsString() @Length(2, 100) ownerTeam?: string;
  @ApiProperty({ description: 'What the incubation should reach' }) @Transform(trim) @IsString() @Length(2, 2000) @LongText() goal: string;
  @ApiProperty({ example: '2027-06-30', description: 'Today or later, Korea time' }) @IsCalendarDate() dueOn: string;
}

export class IdeaSelectionDto extends IdeaReasonDto {
  @ApiProperty({ enum: Object.values(IdeaRoute) }) @IsIn(Object.values(IdeaRoute)) route: IdeaRoute;
  @ApiPropertyOptional({ format: 'uuid', description: 'For a challenge: the institution it is prefilled for' }) @IsOptionalNotNull() @IsUUID() institutionId?: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'For a challenge: an open call for challenges (the buyer may pick one later)' }) @IsOptionalNotNull() @IsUUID() callId?: string;
  @ApiPropertyOptional({ example: 'SAF' }) @IsOptionalNotNull() @IsString() @Length(1, 20) field?: string;
  @ApiPropertyOptional({ type: IncubationInputDto, description: 'For incubation: the task it becomes' }) @IsOptionalNotNull() @NestedObject(() => IncubationInputDto) incubation?: IncubationInputDto;
}

export class ReviewInputDto {
  @ApiProperty({ example: '2026-11', description: 'YYYY-MM, Korea time' }) @Matches(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'month must be YYYY-MM' }) month: string;
}

export class IdeaQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: ['support', 'newest'], default: 'newest' }) @IsOptionalNotNull() @IsIn(['support', 'newest']) sort?: 'support' | 'newest';
  @ApiPropertyOptional({ enum: Object.values(IdeaStatus) }) @IsOptionalNotNull() @IsIn(Object.values(IdeaStatus)) status?: IdeaStatus;
  @ApiPropertyOptional({ example: '2026-11' }) @IsOptionalNotNull() @Matches(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'month must be YYYY-MM' }) month?: string;
}
