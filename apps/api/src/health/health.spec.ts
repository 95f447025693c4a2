import { DataSource } from 'typeorm';
import { createTestApp, TestApp } from '../../test/test-app';
import { JobQueue } from '../queue/job-queue';

describe('GET /api/v1/health (what the image’s health check and a load balancer ask)', () => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp()));
  afterAll(() => t.close());
  afterEach(() => jest.restoreAllMocks());

  /** The health check's `SELECT 1` answers as `answer` says; every other query runs. */
  function databaseAnswers(answer: () => Promise<unknown>): void {
    const query = DataSource.prototype.query;
    jest.spyOn(t.dataSource, 'query').mockImplementation(function (this: DataSource, sql: string, ...rest: unknown[]) {
      return sql === 'SELECT 1' ? answer() : query.apply(this, [sql, ...rest] as Parameters<DataSource['query']>);
    } as DataSource['query']);
  }

  it('reports the database and the job queue up', async () => {
    const response = await t.http().get('/api/v1/health').expect(200);
    expect(response.body).toEqual({ status: 'ok', database: 'up', queue: 'up' });
  });

  it('answers 503 naming the database when the database refuses', async () => {
    databaseAnswers(() => Promise.reject(new Error('Connection terminated unexpectedly')));
    const response = await t.http().get('/api/v1/health').expect(503);
    expect(response.body).toMatchObject({ statusCode: 503, message: 'The database does not answer' });
  });

  it('answers 503 within its timeout when the database hangs, rather than keeping the caller waiting', async () => {
    databaseAnswers(() => new Promise(() => undefined));
    const started = Date.now();
    const response = await t.http().get('/api/v1/health').expect(503);
    expect(response.body.message).toBe('The database does not answer');
    expect(Date.now() - started).toBeLessThan(4_000);
  });

  // Last: the queue stays stopped for the rest of the file.
  it('answers 503 naming the queue once this process’s queue has stopped, and both when both are down', async () => {
    await t.app.get(JobQueue).onModuleDestroy();
    expect((await t.http().get('/api/v1/health').expect(503)).body.message).toBe('The job queue does not answer');

    databaseAnswers(() => Promise.reject(new Error('Connection terminated unexpectedly')));
    expect((await t.http().get('/api/v1/health').expect(503)).body.message).toBe('The database and the job queue do not answer');
  });
});
