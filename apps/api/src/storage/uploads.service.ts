import { message } from '@inno/contracts';
import { Injectable } from '@nestjs/common';
import type { StoredFileView } from '@inno/contracts';
import { createHash, randomUUID } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import type { Readable } from 'node:stream';
import { EntityManager } from 'typeorm';
import { DomainError, InvalidInputError, NotFoundError, PayloadTooLargeError, UnsupportedMediaTypeError } from '../common/domain-errors';
import { DOCUMENT_MAX_BYTES, extensionOf, safeDownloadName, sniffContentType, type AcceptedContentType } from './file-type';
import { FileStorage, StoredBytesMissingError } from './file-storage';
import { StoredFile, type FilePurpose } from './stored-file.entity';

export interface UploadedPart {
  bytes: Buffer;
  clientName: string | undefined;
  fields: Record<string, string>;
}

export interface UploadRule {
  accept: readonly AcceptedContentType[];
  maxBytes: number;
}

/** Text fields an upload may carry beside its file (a locker document has four). */
const MAX_TEXT_FIELDS = 20;

export const fileUrl = (file: Pick<StoredFile, 'id'>) => `/api/v1/files/${file.id}`;

export function toFileView(file: StoredFile, url = fileUrl(file)): StoredFileView {
  return { id: file.id, name: file.downloadName, contentType: file.contentType, size: file.size, url };
}

@Injectable()
export class UploadsService {
  constructor(private readonly storage: FileStorage) {}

  /**
   * Reads a multipart request's one file (field `file`) and its text fields. The body stops
   * being read past the largest size any upload may have, so an oversized file costs little.
   * A body that is not well-formed multipart (no boundary, cut short, unclosed) is the client's
   * error: a 400 on `file`, like a missing file.
   */
  async readMultipart(request: FastifyRequest): Promise<UploadedPart> {
    if (!request.isMultipart()) throw new UnsupportedMediaTypeError('Send the file as multipart/form-data in the field "file"');
    const fields: Record<string, string> = {};
    let upload: { bytes: Buffer; clientName: string } | null = null;
    try {
      // One field more than allowed reaches the loop, so the refusal can name it.
      const parts = request.parts({ limits: { fileSize: DOCUMENT_MAX_BYTES, files: 1, fields: MAX_TEXT_FIELDS + 1, fieldSize: 10_000 } });
      for await (const part of parts) {
        if (part.type === 'file') {
          if (part.fieldname !== 'file') {
            part.file.resume();
            throw new InvalidInputError(part.fieldname, `${part.fieldname} is not an accepted field; send the file as "file"`, message('FIELD_NOT_ACCEPTED'));
          }
          const bytes = await part.toBuffer().catch((error: { code?: string }) => {
            if (error.code === 'FST_REQ_FILE_TOO_LARGE') throw new PayloadTooLargeError(`A file may be at most ${DOCUMENT_MAX_BYTES / 1024 / 1024} MB`);
            throw error;
          });
          upload = { bytes, clientName: part.filename };
        } else {
          if (Object.keys(fields).length === MAX_TEXT_FIELDS) throw new InvalidInputError(part.fieldname, `At most ${MAX_TEXT_FIELDS} text fields come with a file`, message('UPLOAD_TOO_MANY_FIELDS', { max: MAX_TEXT_FIELDS }));
          fields[part.fieldname] = String(part.value);
        }
      }
    } catch (error) {
      if (error instanceof DomainError) throw error;
      const code = (error as { code?: string }).code;
      throw new InvalidInputError(
        'file',
        code === 'FST_FILES_LIMIT' ? 'Send one file, in the field "file"' : 'file could not be read: the multipart body is malformed or incomplete',
        message(code === 'FST_FILES_LIMIT' ? 'UPLOAD_ONE_FILE' : 'UPLOAD_MALFORMED'),
      );
    }
    if (!upload || upload.bytes.length === 0) throw new InvalidInputError('file', 'file is required', message('FIELD_REQUIRED'));
    return { ...upload, fields };
  }

  /** Checks the bytes against the rule and stores them under a key of our own; returns the unsaved row. */
  async store(
    manager: EntityManager,
    part: UploadedPart,
    rule: UploadRule,
    owner: { purpose: FilePurpose; companyId: string; productId?: string | null; uploadedBy: string | null },
  ): Promise<StoredFile> {
    const contentType = sniffContentType(part.bytes);
    if (!contentType || !rule.accept.includes(contentType)) {
      throw new InvalidInputError('file', `file must be ${rule.accept.map((t) => t.split('/')[1].toUpperCase()).join(', ')} (its content was checked, not its name)`, message('FILE_TYPE_NOT_ACCEPTED', { types: rule.accept.map((t) => t.split('/')[1].toUpperCase()).join(', ') }));
    }
    if (part.bytes.length > rule.maxBytes) throw new PayloadTooLargeError(`This kind of file may be at most ${rule.maxBytes / 1024 / 1024} MB`);
    const id = randomUUID();
    const storageKey = `${id.slice(0, 2)}/${id}.${extensionOf(contentType)}`;
    const file = manager.create(StoredFile, {
      id,
      storageKey,
      purpose: owner.purpose,
      downloadName: safeDownloadName(part.clientName, extensionOf(contentType)),
      contentType,
      size: part.bytes.length,
      sha256: createHash('sha256').update(part.bytes).digest('hex'),
      companyId: owner.companyId,
      productId: owner.productId ?? null,
      uploadedBy: owner.uploadedBy,
    });
    await manager.insert(StoredFile, file);
    // Bytes after the record, in its transaction: in PostgreSQL they commit or vanish with it; in an
    // object store a failed transaction leaves an orphan object, which is harmless, never a record without bytes.
    await this.storage.put(storageKey, part.bytes, manager);
    return file;
  }

  /** The file's bytes as a stream; a record whose bytes are missing is a 404, not a broken download. */
  async open(file: StoredFile): Promise<Readable> {
    try {
      return await this.storage.open(file.storageKey);
    } catch (error) {
      if (error instanceof StoredBytesMissingError) throw new NotFoundError('file', file.id);
      throw error;
    }
  }

  remove(file: StoredFile): Promise<void> {
    return this.storage.remove(file.storageKey);
  }
}
