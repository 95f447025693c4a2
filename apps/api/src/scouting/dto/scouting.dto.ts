import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  NominationStatus,
  PRICE_MAX_KRW,
  type DemoDayInput,
  type NominationInput,
  type ScoutingRoundInput,
} from '@inno/contracts';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsEmail, IsIn, IsInt, IsString, IsUUID, Length, Matches, Max, MaxLength, Min } from 'class-validator';
import { IsBusinessNumber } from '../../common/is-business-number';
import { PageQueryDto } from '../../common/page-query.dto';
import { IsCalendarDate, IsOptionalNotNull, LongText } from '../../common/validation';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class ScoutingRoundDto implements ScoutingRoundInput {
  @ApiProperty() @Transform(trim) @IsString() @Length(2, 200) title: string;
  @ApiProperty() @Transform(trim) @IsString() @Length(5, 5000) @LongText() description: string;
  @ApiPropertyOptional({ default: 3, description: 'Defaults to the rule settings' }) @IsOptionalNotNull() @IsInt() @Min(1) @Max(20) nominationsPerScout?: number;
}

export class NominationDto implements NominationInput {
  @ApiProperty({ format: 'uuid' }) @IsUUID() roundId: string;
  @ApiProperty() @Transform(trim) @IsString() @Length(2, 200) companyName: string;
  @ApiProperty({ example: '123-45-67890' }) @IsString() @IsBusinessNumber() businessNumber: string;
  @ApiProperty() @Transform(trim) @IsString() @Length(2, 100) contactName: string;
  @ApiProperty() @IsEmail({}, { message: 'contactEmail must be an e-mail address' }) @MaxLength(254) contactEmail: string;
  @ApiProperty() @Transform(trim) @IsString() @Length(2, 200) productName: string;
  @ApiProperty() @Transform(trim) @IsString() @Length(10, 5000) @LongText() productDescription: string;
  @ApiProperty({ description: 'Why the scout nominates this company' }) @Transform(trim) @IsString() @Length(10, 5000) @LongText() reason: string;
}

export class NominationQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptionalNotNull() @IsUUID() roundId?: string;
  @ApiPropertyOptional({ enum: Object.values(NominationStatus) }) @IsOptionalNotNull() @IsIn(Object.values(NominationStatus)) status?: NominationStatus;
}

export class PreScreeningDto {
  @ApiProperty({ description: 'Why the nomination passes or fails' }) @Transform(trim) @IsString() @Length(2, 2000) @LongText() note: string;
}

export class ScheduleDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() demoDayId: string;
}

export class ClaimInvitationDto {
  @ApiProperty() @IsString() @Matches(/^[A-Za-z0-9_-]{43}$/, { message: 'token must be an invitation token' }) token: string;
}

export class DemoDayDto implements DemoDayInput {
  @ApiProperty({ format: 'uuid' }) @IsUUID() roundId: string;
  @ApiProperty() @Transform(trim) @IsString() @Length(2, 200) title: string;
  @ApiProperty({ example: '2027-03-15' }) @IsCalendarDate() heldOn: string;
  @ApiProperty() @Transform(trim) @IsString() @Length(2, 200) place: string;
  @ApiPropertyOptional({ default: 200_000_000, description: 'KRW; defaults to the rule settings' }) @IsOptionalNotNull() @IsInt() @Min(1_000_000) @Max(PRICE_MAX_KRW) budget?: number;
  @ApiPropertyOptional({ default: 10 }) @IsOptionalNotNull() @IsInt() @Min(1) @Max(100) recommendedCount?: number;
}

export class PanelDto {
  @ApiProperty({ type: [String] }) @IsArray() @ArrayMaxSize(200) @IsUUID('all', { each: true }) userIds: string[];
}

export class AllocationDto {
  @ApiProperty({ description: 'KRW; 0 takes the investment back' }) @IsInt() @Min(0) @Max(PRICE_MAX_KRW) amount: number;
}
