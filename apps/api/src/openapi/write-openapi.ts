import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { AppModule } from '../app.module';
import { configureApp, createAdapter } from '../bootstrap/configure-app';
import { loadConfig } from '../config/app.config';
import { contractSchemas } from './contract-schemas';
import { buildOpenApiDocument, OPENAPI_FILE, serialiseOpenApiDocument } from './openapi-document';

/**
 * `npm run api:spec`: writes the OpenAPI document to apps/api/openapi.json. The app is built in
 * Nest's preview mode (modules and routes, no providers run), so no database is needed.
 */
async function main(): Promise<void> {
  const config = loadConfig({ NODE_ENV: 'development', WEB_DIST_DIR: '/nonexistent' });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.register(config, 'postgres://unused'), createAdapter(config), {
    preview: true,
    logger: ['error'],
  });
  await configureApp(app, config);
  writeFileSync(OPENAPI_FILE, serialiseOpenApiDocument(buildOpenApiDocument(app, contractSchemas())));
  await app.close();
  console.log(`Wrote ${relative(process.cwd(), OPENAPI_FILE)}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
