import { createReadStream } from 'node:fs';
import { access, mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { Readable } from 'node:stream';
import { FileStorage, StoredBytesMissingError } from './file-storage';

const KEY = /^[0-9a-f]{2}\/[0-9a-f-]{36}\.[a-z]{3,4}$/;

/**
 * Files under one directory, named by keys the platform makes (never by the client). Only for a
 * single process: another replica cannot read them (issue 16); `npm run storage:migrate` moves them.
 */
export class LocalDiskStorage extends FileStorage {
  constructor(private readonly root: string) {
    super();
  }

  private path(key: string): string {
    if (!KEY.test(key)) throw new Error(`Refusing storage key ${key}`);
    return join(resolve(this.root), key);
  }

  async put(key: string, bytes: Buffer): Promise<void> {
    const path = this.path(key);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, bytes, { flag: 'wx' });
  }

  async open(key: string): Promise<Readable> {
    const path = this.path(key);
    await access(path).catch(() => {
      throw new StoredBytesMissingError(key);
    });
    return createReadStream(path);
  }

  async remove(key: string): Promise<void> {
    await rm(this.path(key), { force: true });
  }
}
