import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import S3rver from 's3rver';

export interface TestS3Server {
  /** The API's configuration for it (STORAGE_DRIVER=s3 and S3_*). */
  env: Record<string, string>;
  close(): Promise<void>;
}

/** An S3-compatible server in this process (s3rver, on a free port) with one empty bucket. */
export async function startS3Server(bucket = 'inno-files'): Promise<TestS3Server> {
  const directory = mkdtempSync(join(tmpdir(), 'inno-test-s3-'));
  const server = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory, configureBuckets: [{ name: bucket, configs: [] }] });
  const { port } = await server.run();
  return {
    env: {
      STORAGE_DRIVER: 's3',
      S3_ENDPOINT: `http://127.0.0.1:${port}`,
      S3_BUCKET: bucket,
      S3_REGION: 'us-east-1',
      // s3rver accepts only these (its documented defaults).
      S3_ACCESS_KEY_ID: 'S3RVER',
      S3_SECRET_ACCESS_KEY: 'S3RVER',
    },
    close: async () => {
      await server.close();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}
