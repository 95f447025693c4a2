import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Presence, VoteChoice, type AttendanceInput, type ScoreSheet, type SessionInput } from '@inno/contracts';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsIn, IsISO8601, IsObject, IsString, IsUrl, IsUUID, Length, MaxLength, ValidateIf } from 'class-validator';
import { IsOptionalNotNull, LongText, NestedObject } from '../../common/validation';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class SessionInputDto implements SessionInput {
  @ApiProperty() @Transform(trim) @IsString() @Length(2, 200) title: string;
  @ApiProperty({ example: '2026-12-18T14:00:00+09:00' }) @IsISO8601({ strict: true }, { message: 'startsAt must be an ISO date-time' }) startsAt: string;
  @ApiProperty({ example: '2026-12-18T17:00:00+09:00' }) @IsISO8601({ strict: true }, { message: 'endsAt must be an ISO date-time' }) endsAt: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'An evaluation room; or give onlineUrl' })
  @ValidateIf((o: SessionInputDto) => o.roomId !== undefined || o.onlineUrl === undefined)
  @IsUUID('all', { message: 'roomId must be a room id (or give onlineUrl)' }) roomId?: string;
  @ApiPropertyOptional({ description: 'An online meeting link' })
  @IsOptionalNotNull() @IsUrl({ protocols: ['https'], require_protocol: true }, { message: 'onlineUrl must be an https:// link' }) @MaxLength(500) onlineUrl?: string;
  @ApiProperty({ type: [String] }) @IsArray() @ArrayMinSize(1) @ArrayMaxSize(30) @IsUUID('all', { each: true }) memberIds: string[];
  @ApiProperty({ format: 'uuid', description: 'One of the members' }) @IsUUID() chairId: string;
}

/** A proposal in EVALUATION, or a challenge PROPOSED into a closed call for challenges that the committee selects: one of the two. */
export class AgendaItemInputDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'A proposal in EVALUATION (or give challengeId)' })
  @ValidateIf((o: AgendaItemInputDto) => o.proposalId !== undefined || o.challengeId === undefined)
  @IsUUID('all', { message: 'proposalId must be a proposal id (or give challengeId)' }) proposalId?: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'A PROPOSED challenge of a call whose challenges the committee selects' })
  @ValidateIf((o: AgendaItemInputDto) => o.challengeId !== undefined)
  @IsUUID('all', { message: 'challengeId must be a challenge id' }) challengeId?: string;
}

export class DeclarationDto {
  @ApiProperty({ description: 'True declares a conflict of interest: the member is recused from the item' }) @IsBoolean() conflict: boolean;
  @ApiPropertyOptional() @IsOptionalNotNull() @Transform(trim) @IsString() @MaxLength(1000) @LongText() reason?: string;
}

export class ScoreSheetDto implements ScoreSheet {
  @ApiProperty({ example: { publicIssue: 8, novelty: 9 }, description: 'Whole points per criterion key, each within its points' })
  @IsObject() points: Record<string, number>;
  @ApiProperty({ example: { publicIssue: '현장 수요가 뚜렷함' }, description: 'A comment per criterion key' })
  @IsObject() @LongText() comments: Record<string, string>;
}

class AttendanceEntryDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID('all', { message: 'memberId must be a member id' }) memberId: string;
  @ApiProperty({ enum: Object.values(Presence) }) @IsIn(Object.values(Presence), { message: 'presence must be ROOM, ONLINE or ABSENT' }) presence: Presence;
}

export class AttendanceDto implements AttendanceInput {
  @ApiProperty({ type: [AttendanceEntryDto], description: 'Every member of the session once: in the room, online, or absent' })
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(30) @NestedObject(() => AttendanceEntryDto, { each: true }) attendance: AttendanceEntryDto[];
}

export class VoteDto {
  @ApiProperty({ enum: Object.values(VoteChoice) }) @IsIn(Object.values(VoteChoice), { message: 'choice must be FOR, AGAINST or ABSTAIN' }) choice: VoteChoice;
}
