import type { Readable } from 'node:stream';

/** Where file bytes live. Local disk by default; an object store implements the same three calls. */
export abstract class FileStorage {
  abstract put(key: string, bytes: Buffer): Promise<void>;
  abstract open(key: string): Promise<Readable>;
  abstract remove(key: string): Promise<void>;
}
