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
    private readonly favicon: Buffer | null,
  ) {}

  static load(dir: string): WebAppFallback | null {
    const root = resolve(dir);
    const index = join(root, 'index.html');
    if (!existsSync(index)) return null;
    const favicon = join(root, 'favicon.svg');
    return new WebAppFallback(root, readFileSync(index, 'utf8'), existsSync(favicon) ? readFileSync(favicon) : null);
  }

  /** Answers a GET that found no file nor route: the page (for `/` whatever it accepts, e.g. curl), or the icon browsers ask for at /favicon.ico. */
  answer(request: FastifyRequest, reply: FastifyReply): boolean {
    if (request.method !== 'GET' || request.url.startsWith('/api')) return false;
    const path = request.url.split('?')[0];
    if (path === '/favicon.ico' && this.favicon) {
      void reply.status(200).header('content-type', 'image/svg+xml').header('cache-control', 'public, max-age=86400').send(this.favicon);
      return true;
    }
    if (path !== '/' && !(request.headers.accept ?? '').includes('text/html')) return false;
    void reply.status(200).header('content-type', 'text/html; charset=utf-8').header('cache-control', 'no-cache').send(this.indexHtml);
    return true;
  }
}
