import type { DataSource, EntityManager } from 'typeorm';

/** PostgreSQL aborted the transaction to let a concurrent one through: serialization failure, deadlock victim. */
const TRANSIENT = new Set(['40001', '40P01']);

export function isTransientConflict(error: unknown): boolean {
  const code = (error as { driverError?: { code?: string }; code?: string })?.driverError?.code ?? (error as { code?: string })?.code;
  return typeof code === 'string' && TRANSIENT.has(code);
}

/**
 * A transaction run again (after a short random pause) when PostgreSQL aborted it as a deadlock
 * victim or a serialization failure. Only for work whose effects are all in the database and that
 * reads what it changes inside the transaction: a retry is then a clean re-run. When the attempts
 * run out the error stays, and the error filter answers 503 with Retry-After.
 */
export async function retryingTransaction<T>(dataSource: DataSource, work: (manager: EntityManager) => Promise<T>, attempts = 3): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await dataSource.transaction(work);
    } catch (error) {
      if (attempt >= attempts || !isTransientConflict(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 10 + Math.random() * 40 * attempt));
    }
  }
}
