import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { FastifyReply, FastifyRequest } from 'fastify';

/**
 * The built web app, when there is one: its files are served by @fastify/static and
 * any other GET outside /api that asks for a page gets index.html (client-side routes).
 */
export class WebAppFallback {
  private constructor(
    readonly root: string,
    private readonly indexHtml: string,
  ) {}

  static load(dir: string): WebAppFallback | null {
    const root = resolve(dir);
    const index = join(root, 'index.html');
    return existsSync(index) ? new WebAppFallback(root, readFileSync(index, 'utf8')) : null;
  }

  serves(request: FastifyRequest): boolean {
    return request.method === 'GET' && !request.url.startsWith('/api') && (request.headers.accept ?? '').includes('text/html');
  }

  sendIndex(reply: FastifyReply): void {
    void reply.status(200).header('content-type', 'text/html; charset=utf-8').header('cache-control', 'no-cache').send(this.indexHtml);
  }
}
