import { ApiProperty } from '@nestjs/swagger';
import { SANCTION_LEGAL_BASIS_MIN, SANCTION_MAX_MONTHS, SANCTION_REASON_MIN, type SanctionInput } from '@inno/contracts';
import { Transform } from 'class-transformer';
import { IsInt, IsString, Length, Max, Min } from 'class-validator';
import { IsCalendarDate, LongText } from '../../common/validation';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class SanctionDto implements SanctionInput {
  @ApiProperty({ example: '2026-11-20', description: 'First day, today or earlier (Korean date)' })
  @IsCalendarDate() startsOn: string;
  @ApiProperty({ minimum: 1, maximum: SANCTION_MAX_MONTHS }) @IsInt() @Min(1) @Max(SANCTION_MAX_MONTHS) months: number;
  @ApiProperty({ description: 'Why; published on the decisions register' }) @Transform(trim) @IsString() @Length(SANCTION_REASON_MIN, 2000) @LongText() reason: string;
  @ApiProperty({ example: '국가를 당사자로 하는 계약에 관한 법률 제27조', description: 'The law and article the sanction rests on; published' })
  @Transform(trim) @IsString() @Length(SANCTION_LEGAL_BASIS_MIN, 500) legalBasis: string;
}

export class SanctionLiftDto {
  @ApiProperty({ description: 'Why the sanction ends early; published' }) @Transform(trim) @IsString() @Length(SANCTION_REASON_MIN, 2000) @LongText() reason: string;
}
