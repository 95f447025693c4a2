import { ApiPropertyOptional } from '@nestjs/swagger';
import { CATALOGUE_QUERY_RULES, InstitutionType, ProductKind } from '@inno/contracts';
import { IsIn, IsString, MaxLength } from 'class-validator';
import { IsOptionalNotNull } from '../../common/validation';
import { YearQueryDto } from '../../purchase-targets/dto/purchase-target.dto';

export class StatisticsQueryDto extends YearQueryDto {
  @ApiPropertyOptional({ description: 'Region (시·도) of the product (or of the company, for registrations)' })
  @IsOptionalNotNull() @IsString() @MaxLength(CATALOGUE_QUERY_RULES.region.max) region?: string;
  @ApiPropertyOptional({ enum: Object.values(ProductKind) }) @IsOptionalNotNull() @IsIn(Object.values(ProductKind)) kind?: ProductKind;
  @ApiPropertyOptional({ enum: Object.values(InstitutionType), description: 'Type of the buying institution (pilots, orders, targets)' })
  @IsOptionalNotNull() @IsIn(Object.values(InstitutionType)) institutionType?: InstitutionType;
}
