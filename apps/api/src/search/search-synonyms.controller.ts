import { Body, Controller, Delete, Get, HttpCode, Post, Put } from '@nestjs/common';
import { ApiNoContentResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { Role, SYNONYM_GROUP_WORDS, SYNONYM_WORD_MAX_LENGTH, type SynonymGroupInput, type SynonymGroupView } from '@inno/contracts';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsString, MaxLength } from 'class-validator';
import { Access } from '../auth/access.decorator';
import { CurrentActor, type Actor } from '../auth/authenticated-user';
import { UuidParam } from '../common/uuid-param';
import { SearchSynonymsService } from './search-synonyms.service';
import { ApiList, ApiView } from '../openapi/api-response.decorator';

class SynonymGroupDto implements SynonymGroupInput {
  @ApiProperty({ example: ['드론', '무인기'], description: 'Words search treats as one, compared without spaces, case or punctuation' })
  @IsArray()
  @ArrayMinSize(SYNONYM_GROUP_WORDS.min)
  @ArrayMaxSize(SYNONYM_GROUP_WORDS.max)
  @IsString({ each: true })
  @MaxLength(SYNONYM_WORD_MAX_LENGTH, { each: true })
  words: string[];
}

const OPERATORS = { roles: [Role.OPERATOR, Role.ADMIN] };

/** Search synonyms (드론 ↔ 무인기): operators keep the list; a query for one word finds the others. */
@ApiTags('search')
@Controller('v1/search-synonyms')
export class SearchSynonymsController {
  constructor(private readonly synonyms: SearchSynonymsService) {}

  @Get()
  @ApiOperation({ summary: 'List search synonyms (검색 동의어 목록)' })
  @Access(OPERATORS)
  @ApiList('SynonymGroupView', { description: 'SynonymGroupView[], most recently changed first' })
  list(): Promise<SynonymGroupView[]> {
    return this.synonyms.list();
  }

  @Post()
  @ApiOperation({ summary: 'Add a synonym group (동의어 등록)' })
  @Access(OPERATORS)
  @ApiView('SynonymGroupView')
  create(@CurrentActor() actor: Actor, @Body() dto: SynonymGroupDto): Promise<SynonymGroupView> {
    return this.synonyms.create(actor, dto.words);
  }

  @Put(':id')
  @ApiOperation({ summary: 'Change a synonym group (동의어 수정)' })
  @Access(OPERATORS)
  @ApiView('SynonymGroupView')
  update(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() dto: SynonymGroupDto): Promise<SynonymGroupView> {
    return this.synonyms.update(actor, id, dto.words);
  }

  @Delete(':id')
  @ApiOperation({ summary: 'Remove a synonym group (동의어 삭제)' })
  @Access(OPERATORS)
  @HttpCode(204)
  @ApiNoContentResponse()
  remove(@CurrentActor() actor: Actor, @UuidParam('id') id: string): Promise<void> {
    return this.synonyms.remove(actor, id);
  }
}
