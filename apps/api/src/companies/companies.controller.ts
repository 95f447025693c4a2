import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Req, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBody,
  
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiPayloadTooLargeResponse,
  ApiProperty,
  ApiPropertyOptional,
  ApiTags,
} from '@nestjs/swagger';
import { CompanyDocumentKind, CompanySize, Role, type CompanyView } from '@inno/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Access } from '../auth/access.decorator';
import { CurrentActor, type Actor } from '../auth/authenticated-user';
import { ApiErrorDto } from '../common/api-error.dto';
import { UuidParam } from '../common/uuid-param';
import { sendFile } from '../storage/files.controller';
import { UploadsService } from '../storage/uploads.service';
import { UploadRoute } from '../storage/upload-route';
import { CompaniesService } from './companies.service';
import { CompanyProfileUpdateDto } from './dto/company.dto';

class CompanyViewDto implements CompanyView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ example: '220-81-62517' }) businessNumber: string;
  @ApiProperty({ enum: Object.values(CompanySize) }) size: CompanySize;
  @ApiProperty() region: string;
  @ApiPropertyOptional({ nullable: true }) address: string | null;
  @ApiPropertyOptional({ nullable: true }) representative: string | null;
  @ApiProperty({ type: [String] }) certifications: string[];
  @ApiPropertyOptional({ nullable: true, format: 'date', description: 'Sanctioned through this date' }) sanctionedUntil: string | null;
}

const STAFF = [Role.OPERATOR, Role.ADMIN];
const OWN_COMPANY = [{ role: Role.SUPPLIER, resource: 'company', param: 'id' }] as const;

@ApiTags('companies')
@Controller('v1/companies')
export class CompaniesController {
  constructor(
    private readonly companies: CompaniesService,
    private readonly uploads: UploadsService,
  ) {}

  @Get(':id')
  @Access({ roles: STAFF, owners: OWN_COMPANY })
  @ApiOkResponse({ type: CompanyViewDto })
  get(@UuidParam('id') id: string) {
    return this.companies.get(id);
  }

  @Patch(':id')
  @Access({ roles: [Role.ADMIN], owners: OWN_COMPANY })
  @ApiOkResponse({ type: CompanyViewDto, description: 'Only the company administrator (or an ADMIN) edits' })
  @ApiBadRequestResponse({ type: ApiErrorDto })
  update(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() dto: CompanyProfileUpdateDto) {
    return this.companies.update(actor, id, dto);
  }

  @Get(':id/members')
  @Access({ roles: STAFF, owners: OWN_COMPANY })
  @ApiOkResponse({ description: 'CompanyMemberView[]' })
  members(@UuidParam('id') id: string) {
    return this.companies.members(id);
  }

  @Post(':id/members/:userId/approve')
  @HttpCode(200)
  @Access({ roles: [], owners: OWN_COMPANY })
  @ApiOkResponse({ description: 'CompanyMemberView, now ACTIVE' })
  approve(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @UuidParam('userId') userId: string) {
    return this.companies.decideMember(actor, id, userId, true);
  }

  @Post(':id/members/:userId/reject')
  @HttpCode(200)
  @Access({ roles: [], owners: OWN_COMPANY })
  @ApiOkResponse({ description: 'CompanyMemberView, now REJECTED' })
  reject(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @UuidParam('userId') userId: string) {
    return this.companies.decideMember(actor, id, userId, false);
  }

  @Get(':id/documents')
  @Access({ roles: STAFF, owners: OWN_COMPANY })
  @ApiOkResponse({ description: 'CompanyDocumentView[]: the document locker' })
  documents(@UuidParam('id') id: string) {
    return this.companies.documents(id);
  }

  @Post(':id/documents')
  @Access({ roles: [], owners: OWN_COMPANY })
  @UploadRoute()
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file', 'kind', 'title'],
      properties: {
        file: { type: 'string', format: 'binary' },
        kind: { type: 'string', enum: Object.values(CompanyDocumentKind) },
        title: { type: 'string' },
        number: { type: 'string' },
        expiresOn: { type: 'string', format: 'date' },
      },
    },
  })
  @ApiCreatedResponse({ description: 'CompanyDocumentView (PDF, or an image, up to 20 MB)' })
  @ApiBadRequestResponse({ type: ApiErrorDto })
  @ApiPayloadTooLargeResponse({ type: ApiErrorDto })
  async addDocument(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Req() request: FastifyRequest) {
    return this.companies.addDocument(actor, id, await this.uploads.readMultipart(request));
  }

  @Get(':id/documents/:documentId/file')
  @Access({ roles: STAFF, owners: OWN_COMPANY })
  @ApiOkResponse({ description: 'The document file' })
  async documentFile(@UuidParam('id') id: string, @UuidParam('documentId') documentId: string, @Res() reply: FastifyReply) {
    return sendFile(reply, this.uploads, await this.companies.documentFile(id, documentId), false);
  }

  @Delete(':id/documents/:documentId')
  @HttpCode(204)
  @Access({ roles: [], owners: OWN_COMPANY })
  @ApiNoContentResponse()
  async removeDocument(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @UuidParam('documentId') documentId: string): Promise<void> {
    await this.companies.removeDocument(actor, id, documentId);
  }
}
