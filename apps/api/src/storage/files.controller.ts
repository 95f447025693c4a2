import { Controller, Get, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { In } from 'typeorm';
import { DataSource } from 'typeorm';
import { Public } from '../auth/access.decorator';
import { NotFoundError } from '../common/domain-errors';
import { UuidParam } from '../common/uuid-param';
import { FilePurpose, StoredFile } from './stored-file.entity';
import { UploadsService } from './uploads.service';
import { ApiFile } from '../openapi/api-response.decorator';

/** Sends a stored file with its own content type and a safe download name. */
/** Product files are public and cacheable by anyone; company and order documents are private to their readers. */
export async function sendFile(reply: FastifyReply, uploads: UploadsService, file: StoredFile, inline: boolean) {
  const isPublic = file.purpose === FilePurpose.PRODUCT_IMAGE || file.purpose === FilePurpose.PRODUCT_DOCUMENT;
  const disposition = `${inline ? 'inline' : 'attachment'}; filename="file.${file.downloadName.split('.').pop()}"; filename*=UTF-8''${encodeURIComponent(file.downloadName)}`;
  return reply
    .header('content-type', file.contentType)
    .header('content-length', String(file.size))
    .header('content-disposition', disposition)
    .header('x-content-type-options', 'nosniff')
    .header('cache-control', isPublic ? 'public, max-age=86400' : 'private, no-store')
    .send(await uploads.open(file));
}

/**
 * Product images and documents are public: a product's page is public once it is designated, and
 * the supplier previews its own before then. Company documents never go through here.
 */
@ApiTags('files')
@Controller('v1/files')
export class FilesController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly uploads: UploadsService,
  ) {}

  @Get(':id')
  @ApiOperation({ summary: 'Download a product file (제품 파일 내려받기)' })
  @Public()
  @ApiFile(['image/jpeg', 'image/png', 'image/webp', 'application/pdf'], 'The file, with its content type and download name')
  async get(@UuidParam('id') id: string, @Res() reply: FastifyReply) {
    const file = await this.dataSource
      .getRepository(StoredFile)
      .findOneBy({ id, purpose: In([FilePurpose.PRODUCT_IMAGE, FilePurpose.PRODUCT_DOCUMENT]) });
    if (!file) throw new NotFoundError('file', id);
    return sendFile(reply, this.uploads, file, file.purpose === FilePurpose.PRODUCT_IMAGE);
  }
}
