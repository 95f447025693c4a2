import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ORDER_LIMITS as LIMITS, OrderStatus, PRICE_MAX_KRW, type OrderInput, type OrderStepInput } from '@inno/contracts';
import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsString, IsUUID, Length, Max, MaxLength, Min } from 'class-validator';
import { PageQueryDto } from '../../common/page-query.dto';
import { IsCalendarDate, IsOptionalNotNull, LongText } from '../../common/validation';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class OrderDto implements OrderInput {
  @ApiProperty({ format: 'uuid' }) @IsUUID() productId: string;
  @ApiProperty() @IsInt() @Min(1) @Max(LIMITS.quantityMax) quantity: number;
  @ApiPropertyOptional({ description: 'KRW per unit incl. VAT, as agreed; the supplier’s asking price when left out' })
  @IsOptionalNotNull() @IsInt() @Min(1) @Max(PRICE_MAX_KRW) unitPrice?: number;
  @ApiProperty() @Transform(trim) @IsString() @Length(LIMITS.deliveryPlace.min, LIMITS.deliveryPlace.max) deliveryPlace: string;
  @ApiProperty({ format: 'date' }) @IsCalendarDate() deliveryDueOn: string;
  @ApiPropertyOptional() @IsOptionalNotNull() @Transform(trim) @IsString() @MaxLength(LIMITS.note.max) @LongText() note?: string;
}

export class OrderStepDto implements OrderStepInput {
  @ApiProperty({ format: 'date', description: 'The day of the delivery, inspection or payment (Korean date), not after today' }) @IsCalendarDate() on: string;
  @ApiPropertyOptional() @IsOptionalNotNull() @Transform(trim) @IsString() @MaxLength(LIMITS.note.max) @LongText() note?: string;
}

export class OrderReasonDto {
  @ApiPropertyOptional({ description: 'Required to decline, and to cancel after acceptance' })
  @IsOptionalNotNull() @Transform(trim) @IsString() @Length(LIMITS.reason.min, LIMITS.reason.max) @LongText() reason?: string;
}

export class OrderQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: Object.values(OrderStatus) }) @IsOptionalNotNull() @IsIn(Object.values(OrderStatus)) status?: OrderStatus;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptionalNotNull() @IsUUID() productId?: string;
}
