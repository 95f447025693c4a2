import { DeleteObjectCommand, GetObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import type { Readable } from 'node:stream';
import { FileStorage, StoredBytesMissingError } from './file-storage';

export interface S3Settings {
  bucket: string;
  region: string;
  /** Any S3-compatible server (MinIO, Ceph, …); absent for AWS itself. */
  endpoint?: string;
  /** Absent: the SDK's own chain (environment, instance or task role). */
  credentials?: { accessKeyId: string; secretAccessKey: string };
  /** `bucket` in the path rather than the host name: what MinIO and most S3-compatible servers expect. */
  forcePathStyle: boolean;
}

/** Above it a file goes up in parts (multipart upload), a few at a time. */
export const PART_BYTES = 8 * 1024 * 1024;

/** Bytes in an S3-compatible object store, for deployments whose files outgrow the database. */
export class S3Storage extends FileStorage {
  private readonly client: S3Client;

  constructor(private readonly settings: S3Settings) {
    super();
    this.client = new S3Client({
      region: settings.region,
      endpoint: settings.endpoint,
      forcePathStyle: settings.forcePathStyle,
      credentials: settings.credentials,
      // The newer checksum headers are AWS's own; many S3-compatible servers refuse or ignore them.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    });
  }

  async put(key: string, bytes: Buffer): Promise<void> {
    await new Upload({ client: this.client, params: { Bucket: this.settings.bucket, Key: key, Body: bytes }, partSize: PART_BYTES, queueSize: 2 }).done();
  }

  async open(key: string): Promise<Readable> {
    try {
      const object = await this.client.send(new GetObjectCommand({ Bucket: this.settings.bucket, Key: key }));
      return object.Body as Readable;
    } catch (error) {
      const { name, $metadata } = error as { name?: string; $metadata?: { httpStatusCode?: number } };
      if (name === 'NoSuchKey' || $metadata?.httpStatusCode === 404) throw new StoredBytesMissingError(key);
      throw error;
    }
  }

  async remove(key: string): Promise<void> {
    await this.client.send(new DeleteObjectCommand({ Bucket: this.settings.bucket, Key: key }));
  }

  override onModuleDestroy(): void {
    this.client.destroy();
  }
}
