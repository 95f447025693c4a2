import { ApiProperty, PartialType } from '@nestjs/swagger';
import {
  CompanySize,
  DETAIL_ITEM_NO,
  GOODS_CLASS_NO,
  PRICE_MAX_KRW,
  type PatentRef,
  type ProductInput,
  type Type1ProductInput,
} from '@inno/contracts';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsString,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { IsBusinessNumber } from '../../common/is-business-number';
import { IsCalendarDate, LongText, NestedObject } from '../../common/validation';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const trimAll = ({ value }: { value: unknown }) =>
  Array.isArray(value) ? value.map((v) => (typeof v === 'string' ? v.trim() : v)) : value;

export class PatentDto implements PatentRef {
  @ApiProperty({ example: '10-2345678' }) @Transform(trim) @IsString() @Length(3, 40) number: string;
  @ApiProperty() @Transform(trim) @IsString() @Length(1, 200) title: string;
  @ApiProperty({ example: '2031-05-31' }) @IsCalendarDate() expiresOn: string;
}

export class ProductInputDto implements ProductInput {
  @ApiProperty({ example: '스마트 공기청정기' }) @Transform(trim) @IsString() @Length(2, 200) nameKo: string;
  @ApiProperty({ example: 'Smart air purifier' }) @Transform(trim) @IsString() @Length(2, 200) nameEn: string;
  @ApiProperty({ example: 'SAP-3000' }) @Transform(trim) @IsString() @Length(1, 100) modelName: string;
  @ApiProperty() @Transform(trim) @IsString() @Length(10, 5000) @LongText() description: string;
  @ApiProperty({ example: 'ENV-01-01', description: 'A category code from GET /categories' })
  @IsString() @MaxLength(20) categoryCode: string;
  @ApiProperty({ example: '40161601', description: '물품분류번호: 8 digits' })
  @Matches(GOODS_CLASS_NO, { message: 'goodsClassNo must be 8 digits' }) goodsClassNo: string;
  @ApiProperty({ example: '4016160101', description: '세부품명번호: 10 digits' })
  @Matches(DETAIL_ITEM_NO, { message: 'detailItemNo must be 10 digits' }) detailItemNo: string;
  @ApiProperty({ example: '대' }) @Transform(trim) @IsString() @Length(1, 20) tradingUnit: string;
  @ApiProperty({ example: 1_850_000, description: "KRW incl. VAT: the supplier's hoped-for price" })
  @IsInt({ message: 'askingPrice must be a whole number of won' }) @Min(0) @Max(PRICE_MAX_KRW) askingPrice: number;
  @ApiProperty({ type: [String], example: ['GS', 'KC'] })
  @IsArray() @ArrayMaxSize(20) @Transform(trimAll) @IsString({ each: true }) @Length(1, 60, { each: true }) certifications: string[];
  @ApiProperty({ type: [PatentDto] })
  @IsArray() @ArrayMaxSize(20) @NestedObject(() => PatentDto, { each: true }) patents: PatentDto[];
  @ApiProperty({ minimum: 1, maximum: 9 }) @IsInt() @Min(1) @Max(9) trl: number;
  @ApiProperty({ example: '서울특별시' }) @Transform(trim) @IsString() @Length(2, 40) region: string;
}

/** Every field may be left out; none may be sent as null (PartialType would let null through). */
export class ProductUpdateDto extends PartialType(ProductInputDto, { skipNullProperties: false }) {}

export class Type1CompanyDto {
  @ApiProperty() @Transform(trim) @IsString() @Length(2, 200) name: string;
  @ApiProperty({ example: '220-81-62517' }) @IsString() @IsBusinessNumber() businessNumber: string;
  @ApiProperty({ enum: Object.values(CompanySize) }) @IsIn(Object.values(CompanySize)) size: CompanySize;
  @ApiProperty() @Transform(trim) @IsString() @Length(2, 40) region: string;
}

export class Type1ProductDto extends ProductInputDto implements Type1ProductInput {
  @ApiProperty({ type: Type1CompanyDto }) @NestedObject(() => Type1CompanyDto) company: Type1CompanyDto;
  @ApiProperty({ example: '산업통상자원부' }) @Transform(trim) @IsString() @Length(2, 100) designatingBody: string;
  @ApiProperty({ example: 'NEP-2025-0412' }) @Transform(trim) @IsString() @Length(2, 60) certificateNumber: string;
  @ApiProperty({ example: '2025-03-14' }) @IsCalendarDate() designatedOn: string;
}

