/**
 * `npm run ocds:validate`: plays the demo year into a scratch embedded PostgreSQL, reads the whole
 * open-data feed as the API serves it (every release page, the JSON Lines download, each record)
 * and checks it against the official OCDS 1.1.5 schemas. Exits 1 on the first invalid document.
 * With `--out DIR` it also writes what it checked there (a sample to look at, or to upload to the
 * OCDS Data Review Tool).
 */
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { OcdsRelease, OcdsReleasePackage } from '@inno/contracts';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { AppModule } from '../app.module';
import { loadConfig } from '../config/app.config';
import { migrate } from '../database/data-source';
import { startEmbeddedPostgres } from '../database/embedded-postgres';
import { seedDemo } from '../database/seeds/demo.seed';
import { describeErrors, ocdsValidators } from './ocds-schema';
import { OpenDataService } from './open-data.service';

const freePort = () =>
  new Promise<number>((done, fail) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => done(port));
    });
    server.on('error', fail);
  });

/** As the HTTP response carries it: dates as strings, no undefined fields. */
const asSent = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

async function main(): Promise<void> {
  const outIndex = process.argv.indexOf('--out');
  const out = outIndex > 0 ? resolve(process.argv[outIndex + 1]) : null;
  const scratch = mkdtempSync(join(tmpdir(), 'inno-ocds-'));
  chmodSync(scratch, 0o755); // the postgres user initialises the cluster inside it
  const config = loadConfig({
    ...process.env,
    NODE_ENV: 'development',
    DATABASE_URL: '',
    MIGRATION_DATABASE_URL: '',
    EMBEDDED_PG_DIR: join(scratch, 'postgres'),
    EMBEDDED_PG_PORT: String(await freePort()),
    STORAGE_DIR: join(scratch, 'files'),
    AUDIT_CHECKPOINT_INTERVAL_SECONDS: '0',
    SCHEDULER_INTERVAL_SECONDS: '0',
  });
  const embedded = await startEmbeddedPostgres(config.EMBEDDED_PG_DIR, config.EMBEDDED_PG_PORT, console.log);
  const problems: string[] = [];
  try {
    await migrate(embedded.ownerUrl);
    const app = await NestFactory.createApplicationContext(AppModule.register(config, embedded.url), { logger: ['error', 'warn'] });
    try {
      console.log('Playing the demo year…');
      await seedDemo(app);
      const feed = app.get(OpenDataService);
      const validators = ocdsValidators();
      const check = (what: string, valid: boolean, errors: Parameters<typeof describeErrors>[0]) => {
        if (!valid) problems.push(...describeErrors(errors).map((e) => `${what}: ${e}`));
      };

      // Every page of release packages, as a client following links.next reads them.
      const releases: OcdsRelease[] = [];
      let cursor: string | undefined;
      let pages = 0;
      for (;;) {
        const page = asSent(await feed.releasePackage(Object.assign({ limit: 100 }, cursor ? { cursor } : {})));
        check(`release package ${page.uri}`, validators.releasePackage(page) as boolean, validators.releasePackage.errors);
        if (out && pages === 0) writeSample(out, 'release-package.json', page);
        releases.push(...page.releases);
        pages++;
        if (!page.links?.next) break;
        cursor = new URL(page.links.next).searchParams.get('cursor') ?? undefined;
      }

      // The bulk download, line by line.
      let lines = 0;
      let buffered = '';
      for await (const chunk of feed.bulk()) {
        buffered += String(chunk);
        const complete = buffered.split('\n');
        buffered = complete.pop() ?? '';
        for (const line of complete) {
          lines++;
          check(`JSON Lines line ${lines}`, validators.release(JSON.parse(line)) as boolean, validators.release.errors);
        }
      }
      if (lines !== releases.length) problems.push(`the JSON Lines download has ${lines} releases, the pages ${releases.length}`);

      // Each process's record: its releases and the compiled release.
      const ocids = [...new Set(releases.map((r) => r.ocid))];
      for (const ocid of ocids) {
        const pkg = asSent(await feed.recordPackage(ocid));
        const [record] = pkg.records;
        for (const release of [...record.releases, record.compiledRelease]) check(`record ${ocid} release ${release.id}`, validators.release(release) as boolean, validators.release.errors);
        // The record's releases wrapped as a package: the official package schema holds them too.
        const wrapped: OcdsReleasePackage = { uri: pkg.uri, version: pkg.version, publishedDate: pkg.publishedDate, publisher: pkg.publisher, license: pkg.license, releases: [record.compiledRelease] };
        check(`record ${ocid} compiled`, validators.releasePackage(wrapped) as boolean, validators.releasePackage.errors);
        if (out && ocid === ocids[0]) writeSample(out, 'record-package.json', pkg);
      }

      const kinds = new Map<string, number>();
      for (const ocid of ocids) {
        const kind = ocid.slice(config.OCDS_OCID_PREFIX.length + 1).split('-')[0];
        kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
      }
      console.log(`Checked ${releases.length} releases in ${pages} packages, ${lines} JSON Lines and ${ocids.length} records (${[...kinds].map(([k, n]) => `${k} ${n}`).join(', ')})`);
      for (const kind of ['designation', 'pilot', 'challenge', 'order']) if (!kinds.get(kind)) problems.push(`the demo feed has no ${kind} process`);
    } finally {
      await app.close();
    }
  } finally {
    await embedded.stop();
    rmSync(scratch, { recursive: true, force: true });
  }
  if (problems.length) {
    console.error(`The feed is not valid OCDS 1.1.5 (${problems.length} problems):\n${problems.slice(0, 50).join('\n')}`);
    process.exitCode = 1;
  } else {
    console.log('The feed is valid against release-package-schema.json and release-schema.json (OCDS 1.1.5)');
  }
}

function writeSample(dir: string, name: string, value: unknown): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, name), `${JSON.stringify(value, null, 2)}\n`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
