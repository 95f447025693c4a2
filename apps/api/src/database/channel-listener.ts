import { Logger } from '@nestjs/common';
import { Client } from 'pg';

export interface ChannelHandlers {
  /** A notification on `channel`; `client` is the listening connection (to the primary), free for a short query. */
  notified(channel: string, payload: string, client: Client): Promise<void> | void;
  /**
   * The connection is (again) listening. Notifications sent while it was down are lost for good,
   * so whatever they would have dropped is dropped here.
   */
  connected(): Promise<void> | void;
}

const RETRY_MIN_MS = 100;
const RETRY_MAX_MS = 5_000;

/**
 * A dedicated connection LISTENing on PostgreSQL channels (a pooled one would stop listening when it
 * went back to the pool). NOTIFY reaches listeners only when the sending transaction commits, and
 * not at all when it rolls back. A lost connection is opened again, backing off up to 5 s.
 */
export class ChannelListener {
  private readonly logger = new Logger(ChannelListener.name);
  private client?: Client;
  private stopped = false;
  private retryMs = RETRY_MIN_MS;
  private retryTimer?: NodeJS.Timeout;
  /** Notifications are handled one at a time, in the order they came. */
  private handling: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly url: string,
    private readonly channels: string[],
    private readonly handlers: ChannelHandlers,
    private readonly applicationName: string,
  ) {}

  /** Resolves once listening, or once the first try failed: that is retried in the background like any later loss. */
  async start(): Promise<void> {
    await this.connect();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retryTimer);
    const client = this.client;
    this.client = undefined;
    client?.removeAllListeners('end');
    await this.handling;
    await client?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    if (this.stopped) return;
    const client = new Client({ connectionString: this.url, application_name: this.applicationName });
    client.on('error', (error) => this.lost(client, error));
    client.on('end', () => this.lost(client));
    client.on('notification', ({ channel, payload }) => {
      this.handling = this.handling
        .then(() => this.handlers.notified(channel, payload ?? '', client))
        .catch((error: Error) => this.logger.error(`Handling a notification on ${channel}: ${error.message}`));
    });
    try {
      await client.connect();
      for (const channel of this.channels) await client.query(`LISTEN ${channel}`);
    } catch (error) {
      this.lost(client, error as Error);
      return;
    }
    this.client = client;
    this.retryMs = RETRY_MIN_MS;
    await Promise.resolve(this.handlers.connected()).catch((error: Error) => this.logger.error(`After listening on ${this.channels.join(', ')}: ${error.message}`));
  }

  private lost(client: Client, error?: Error): void {
    if (client.listenerCount('end') === 0) return; // already handled
    client.removeAllListeners('end');
    client.removeAllListeners('notification');
    client.on('error', () => undefined);
    void client.end().catch(() => undefined);
    if (this.client === client) this.client = undefined;
    if (this.stopped) return;
    this.logger.warn(`Listening on ${this.channels.join(', ')}: connection lost${error ? ` (${error.message})` : ''}; reconnecting in ${this.retryMs} ms`);
    this.retryTimer = setTimeout(() => void this.connect(), this.retryMs);
    this.retryTimer.unref();
    this.retryMs = Math.min(RETRY_MAX_MS, this.retryMs * 2);
  }
}
