import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ExtensionBasis, type ExtensionRequestInput } from '@inno/contracts';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsString, Length, MaxLength } from 'class-validator';
import { IsOptionalNotNull, LongText } from '../../common/validation';
import { PageQueryDto } from '../../common/page-query.dto';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class SuspensionDto {
  @ApiProperty({ description: 'Why trading stops (e.g. a safety problem); published' }) @Transform(trim) @IsString() @Length(5, 2000) @LongText() reason: string;
}

export class ReinstatementDto {
  @ApiProperty() @Transform(trim) @IsString() @Length(5, 2000) @LongText() reason: string;
}

export class RevocationDto {
  @ApiProperty({ type: [String], description: 'Each reason; published' })
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(10) @IsString({ each: true }) @Length(5, 2000, { each: true }) @LongText() reasons: string[];
}

export class ExtensionRequestDto implements ExtensionRequestInput {
  @ApiProperty({ enum: Object.values(ExtensionBasis) }) @IsIn(Object.values(ExtensionBasis)) basis: ExtensionBasis;
  @ApiProperty({ description: 'The sales, contract, award or recognition that qualifies the product' }) @Transform(trim) @IsString() @Length(10, 5000) @LongText() evidence: string;
}

export class ExtensionDecisionDto {
  @ApiPropertyOptional() @IsOptionalNotNull() @Transform(trim) @IsString() @MaxLength(2000) @LongText() reason?: string;
}

export class ExtensionQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: ['PENDING', 'APPROVED', 'REFUSED'] }) @IsOptionalNotNull() @IsIn(['PENDING', 'APPROVED', 'REFUSED']) status?: 'PENDING' | 'APPROVED' | 'REFUSED';
}

export class DecisionQueryDto extends PageQueryDto {
  @ApiPropertyOptional() @IsOptionalNotNull() @IsString() @MaxLength(24) kind?: string;
}
