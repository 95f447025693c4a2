import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Req, Res } from '@nestjs/common';
import { ApiBody, ApiNoContentResponse, ApiOperation, ApiPayloadTooLargeResponse, ApiTags } from '@nestjs/swagger';
import { CompanyDocumentKind, Role } from '@inno/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Access } from '../auth/access.decorator';
import { CurrentActor, type Actor } from '../auth/authenticated-user';
import { UuidParam } from '../common/uuid-param';
import { sendFile } from '../storage/files.controller';
import { UploadsService } from '../storage/uploads.service';
import { UploadRoute } from '../storage/upload-route';
import { CompaniesService } from './companies.service';
import { CompanyProfileUpdateDto } from './dto/company.dto';
import { ApiFile, ApiList, ApiView } from '../openapi/api-response.decorator';

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
  @ApiOperation({ summary: 'A company profile (기업 정보)' })
  @Access({ roles: STAFF, owners: OWN_COMPANY })
  @ApiView('CompanyView')
  get(@UuidParam('id') id: string) {
    return this.companies.get(id);
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Edit the company profile (기업 정보 수정)' })
  @Access({ roles: [Role.ADMIN], owners: OWN_COMPANY })
  @ApiView('CompanyView', { description: 'Only the company administrator (or an ADMIN) edits' })
  update(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() dto: CompanyProfileUpdateDto) {
    return this.companies.update(actor, id, dto);
  }

  @Get(':id/members')
  @ApiOperation({ summary: "A company's members (기업 구성원)" })
  @Access({ roles: STAFF, owners: OWN_COMPANY })
  @ApiList('CompanyMemberView')
  members(@UuidParam('id') id: string) {
    return this.companies.members(id);
  }

  @Post(':id/members/:userId/approve')
  @ApiOperation({ summary: "Approve a member's request to join (구성원 가입 승인)" })
  @HttpCode(200)
  @Access({ roles: [], owners: OWN_COMPANY })
  @ApiView('CompanyMemberView', { description: 'CompanyMemberView, now ACTIVE' })
  approve(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @UuidParam('userId') userId: string) {
    return this.companies.decideMember(actor, id, userId, true);
  }

  @Post(':id/members/:userId/reject')
  @ApiOperation({ summary: "Reject a member's request to join (구성원 가입 거절)" })
  @HttpCode(200)
  @Access({ roles: [], owners: OWN_COMPANY })
  @ApiView('CompanyMemberView', { description: 'CompanyMemberView, now REJECTED' })
  reject(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @UuidParam('userId') userId: string) {
    return this.companies.decideMember(actor, id, userId, false);
  }

  @Get(':id/documents')
  @ApiOperation({ summary: "The company's document locker (기업 서류함)" })
  @Access({ roles: STAFF, owners: OWN_COMPANY })
  @ApiList('CompanyDocumentView', { description: 'CompanyDocumentView[]: the document locker' })
  documents(@UuidParam('id') id: string) {
    return this.companies.documents(id);
  }

  @Post(':id/documents')
  @ApiOperation({ summary: 'Upload a company document (기업 서류 등록)' })
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
  @ApiView('CompanyDocumentView', { description: 'CompanyDocumentView (PDF, or an image, up to 20 MB)' })
  @ApiPayloadTooLargeResponse()
  async addDocument(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Req() request: FastifyRequest) {
    return this.companies.addDocument(actor, id, await this.uploads.readMultipart(request));
  }

  @Get(':id/documents/:documentId/file')
  @ApiOperation({ summary: 'Download a company document (기업 서류 내려받기)' })
  @Access({ roles: STAFF, owners: OWN_COMPANY })
  @ApiFile(['application/pdf', 'image/jpeg', 'image/png', 'image/webp'], 'The document file')
  async documentFile(@UuidParam('id') id: string, @UuidParam('documentId') documentId: string, @Res() reply: FastifyReply) {
    return sendFile(reply, this.uploads, await this.companies.documentFile(id, documentId), false);
  }

  @Delete(':id/documents/:documentId')
  @ApiOperation({ summary: 'Remove a company document (기업 서류 삭제)' })
  @HttpCode(204)
  @Access({ roles: [], owners: OWN_COMPANY })
  @ApiNoContentResponse()
  async removeDocument(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @UuidParam('documentId') documentId: string): Promise<void> {
    await this.companies.removeDocument(actor, id, documentId);
  }
}
