import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { SCREENING_CHECKLIST, type ProposalContent, type ProposalInput, type ScreeningItem } from '@inno/contracts';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsInt, IsISO8601, IsString, IsUUID, Length, Max, MaxLength, Min } from 'class-validator';
import { IsOptionalNotNull, LongText, NestedObject } from '../../common/validation';
import { PageQueryDto } from '../../common/page-query.dto';
import { PatentDto } from '../../products/dto/product-input.dto';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class ProposalContentDto implements Partial<ProposalContent> {
  @ApiPropertyOptional({ description: 'What is new, and why it beats what exists' })
  @IsOptionalNotNull() @Transform(trim) @IsString() @MaxLength(10_000) @LongText() innovation?: string;
  @ApiPropertyOptional() @IsOptionalNotNull() @Transform(trim) @IsString() @MaxLength(10_000) @LongText() publicValue?: string;
  @ApiPropertyOptional({ minimum: 1, maximum: 9 }) @IsOptionalNotNull() @IsInt() @Min(1) @Max(9) trl?: number;
  @ApiPropertyOptional({ type: [PatentDto] })
  @IsOptionalNotNull() @IsArray() @ArrayMaxSize(20) @NestedObject(() => PatentDto, { each: true }) patents?: PatentDto[];
  @ApiPropertyOptional({ description: 'How a public institution would pilot it (at most a year)' })
  @IsOptionalNotNull() @Transform(trim) @IsString() @MaxLength(10_000) @LongText() pilotPlan?: string;
  @ApiPropertyOptional({ type: [String], description: 'Documents from the company locker' })
  @IsOptionalNotNull() @IsArray() @ArrayMaxSize(30) @IsUUID('all', { each: true }) documentIds?: string[];
}

export class ProposalInputDto extends ProposalContentDto implements ProposalInput {
  @ApiProperty({ format: 'uuid' }) @IsUUID() callId: string;
  @ApiProperty({ format: 'uuid' }) @IsUUID() productId: string;
  @ApiProperty({ example: 'ENV-01' }) @IsString() @Length(1, 20) subArea: string;
}

/** Every field may be left out; none may be sent as null (PartialType would let null through). */
export class ProposalUpdateDto extends PartialType(ProposalContentDto, { skipNullProperties: false }) {
  @ApiPropertyOptional() @IsOptionalNotNull() @IsString() @Length(1, 20) subArea?: string;
}

export class SupplementRequestDto {
  @ApiProperty() @Transform(trim) @IsString() @Length(1, 2000) @LongText() message: string;
  @ApiProperty({ example: '2026-12-20T18:00:00+09:00' }) @IsISO8601({ strict: true }, { message: 'deadline must be an ISO date-time' }) deadline: string;
}

export class ScreeningItemDto implements ScreeningItem {
  @ApiProperty({ enum: SCREENING_CHECKLIST }) @IsIn(SCREENING_CHECKLIST) key: ScreeningItem['key'];
  @ApiProperty() @IsBoolean() passed: boolean;
  @ApiProperty() @Transform(trim) @IsString() @Length(1, 1000) @LongText() reason: string;
}

export class ScreeningDto {
  @ApiProperty({ type: [ScreeningItemDto] })
  @IsArray() @ArrayMaxSize(10) @NestedObject(() => ScreeningItemDto, { each: true }) checklist: ScreeningItemDto[];
}

export class ReasonDto {
  @ApiPropertyOptional() @IsOptionalNotNull() @Transform(trim) @IsString() @MaxLength(2000) @LongText() reason?: string;
}

export class ProposalQueryDto extends PageQueryDto {
  @ApiPropertyOptional() @IsOptionalNotNull() @IsString() @MaxLength(24) status?: string;
  @ApiPropertyOptional() @IsOptionalNotNull() @IsUUID() callId?: string;
}
