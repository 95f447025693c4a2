import { Readable } from 'node:stream';
import type { DataSource, EntityManager } from 'typeorm';
import { FileStorage, StoredBytesMissingError } from './file-storage';

/** Small enough that a download holds little at once, large enough that a 20 MB document is 40 rows. */
export const CHUNK_BYTES = 512 * 1024;

/**
 * File bytes in the database itself: written in the transaction of the record they belong to,
 * shared by every replica, and in every backup. A download reads one chunk per query, and the next
 * only when the client has taken the last one, so memory stays flat whatever the file's size.
 */
export class PostgresStorage extends FileStorage {
  constructor(private readonly dataSource: DataSource) {
    super();
  }

  async put(key: string, bytes: Buffer, manager: EntityManager): Promise<void> {
    for (let seq = 0, offset = 0; offset < bytes.length; seq++, offset += CHUNK_BYTES) {
      await manager.query('INSERT INTO stored_file_chunks (storage_key, seq, data) VALUES ($1, $2, $3)', [key, seq, bytes.subarray(offset, offset + CHUNK_BYTES)]);
    }
  }

  async open(key: string): Promise<Readable> {
    // The first chunk is read before answering, so a missing file is a rejection rather than a broken stream.
    const first = await this.chunk(key, 0);
    if (!first) throw new StoredBytesMissingError(key);
    const next = (seq: number) => this.chunk(key, seq);
    async function* chunks() {
      yield first;
      for (let seq = 1; ; seq++) {
        const chunk = await next(seq);
        if (!chunk) return;
        yield chunk;
      }
    }
    // Not object mode: the stream buffers about one chunk ahead of its reader, not sixteen.
    return Readable.from(chunks(), { objectMode: false, highWaterMark: CHUNK_BYTES });
  }

  async remove(key: string): Promise<void> {
    // Usually already gone: deleting the record cascades to its chunks.
    await this.dataSource.query('DELETE FROM stored_file_chunks WHERE storage_key = $1', [key]);
  }

  /** One chunk, or null past the last. */
  protected async chunk(key: string, seq: number): Promise<Buffer | null> {
    const rows: { data: Buffer }[] = await this.dataSource.query('SELECT data FROM stored_file_chunks WHERE storage_key = $1 AND seq = $2', [key, seq]);
    return rows[0]?.data ?? null;
  }
}
