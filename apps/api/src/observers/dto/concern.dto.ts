import { ApiPropertyOptional } from '@nestjs/swagger';
import { CONCERN_RULES, ConcernStatus, type ConcernAnswerInput, type ConcernInput, type ConcernKind } from '@inno/contracts';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsUUID } from 'class-validator';
import { PageQueryDto } from '../../common/page-query.dto';
import { Follows, IsOptionalNotNull, LongText } from '../../common/validation';

export class ConcernDto implements ConcernInput {
  @Follows(CONCERN_RULES.kind, { description: 'COMMENT: a public comment; CONCERN: a formal concern the operator must answer in time' }) kind: ConcernKind;
  @Follows(CONCERN_RULES.body) @LongText() body: string;
}

export class ConcernAnswerDto implements ConcernAnswerInput {
  @Follows(CONCERN_RULES.answer, { description: 'Published with the decision' }) @LongText() answer: string;
}

export class ConcernQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptionalNotNull() @IsUUID() decisionId?: string;
  @ApiPropertyOptional({ enum: Object.values(ConcernStatus) }) @IsOptionalNotNull() @IsIn(Object.values(ConcernStatus)) status?: ConcernStatus;
  @ApiPropertyOptional({ description: 'Only formal concerns past their due day and unanswered' })
  @IsOptionalNotNull()
  @Transform(({ obj }) => (obj.overdue === 'true' ? true : obj.overdue === 'false' ? false : obj.overdue))
  @IsBoolean()
  overdue?: boolean;
}
