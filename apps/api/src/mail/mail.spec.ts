import { addDays, MailStatus, Role } from '@inno/contracts';
import { createServer } from 'node:net';
import { SMTPServer, type SMTPServerDataStream } from 'smtp-server';
import { DAY, HOUR, openCall, supplierWithProduct, type SignedIn } from '../../test/designation-fixtures';
import { actorOf, anyInstitution, makeCompany, makeDesignatedProduct, makeUser } from '../../test/factories';
import { koreanDate } from '../clock/clock';
import { createReplica, createTestApp, TestClock, type TestApp } from '../../test/test-app';
import { Designation } from '../designations/designation.entity';
import { DesignationScheduler } from '../designations/designation-scheduler';
import { Notification } from '../notifications/notification.entity';
import { Mail } from './mail.entity';
import { MailService } from './mail.service';

const PUBLIC_URL = 'https://innomarket.test';

interface Received {
  to: string;
  messageId: string;
  subject: string;
  language: string;
  body: string;
}

/** `=?UTF-8?B?…?=` and `=?UTF-8?Q?…?=` words of a header, as nodemailer writes non-ASCII. */
const decodeWords = (value: string) =>
  value.replace(/\?=\s+=\?/g, '?==?').replace(/=\?UTF-8\?([BQ])\?([^?]*)\?=/gi, (_, kind: string, text: string) =>
    kind.toUpperCase() === 'B' ? Buffer.from(text, 'base64').toString('utf8') : Buffer.from(text.replace(/_/g, ' ').replace(/=([0-9A-F]{2})/gi, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))), 'latin1').toString('utf8'),
  );

function parseMessage(raw: string, to: string): Received {
  const [head, ...rest] = raw.split('\r\n\r\n');
  const headers = new Map<string, string>();
  for (const line of head.replace(/\r\n[ \t]+/g, ' ').split('\r\n')) {
    const colon = line.indexOf(':');
    headers.set(line.slice(0, colon).toLowerCase(), line.slice(colon + 1).trim());
  }
  const encoded = rest.join('\r\n\r\n');
  const encoding = headers.get('content-transfer-encoding')?.toLowerCase();
  const body =
    encoding === 'base64'
      ? Buffer.from(encoded, 'base64').toString('utf8')
      : encoding === 'quoted-printable'
        ? Buffer.from(encoded.replace(/=\r\n/g, '').replace(/=([0-9A-F]{2})/gi, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))), 'latin1').toString('utf8')
        : encoded;
  return { to, messageId: headers.get('message-id') ?? '', subject: decodeWords(headers.get('subject') ?? ''), language: headers.get('content-language') ?? '', body: body.replace(/\r\n/g, '\n').trim() };
}

const freePort = () =>
  new Promise<number>((done, fail) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
    server.on('error', fail);
  });

/** A real SMTP server in this process: what it accepted, and refusals on demand. */
class Inbox {
  readonly received: Received[] = [];
  refuseNext = 0;
  private server?: SMTPServer;

  constructor(readonly port: number) {}

  start(): Promise<void> {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onRcptTo: (_address, _session, callback) => {
        if (this.refuseNext > 0) {
          this.refuseNext--;
          return callback(Object.assign(new Error('Mailbox busy, try again later'), { responseCode: 451 }));
        }
        callback();
      },
      onData: (stream: SMTPServerDataStream, session, callback) => {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          this.received.push(parseMessage(Buffer.concat(chunks).toString('latin1'), session.envelope.rcptTo.map((r) => r.address).join(',')));
          callback();
        });
      },
    });
    return new Promise((done) => this.server!.listen(this.port, '127.0.0.1', () => done()));
  }

  stop(): Promise<void> {
    return new Promise((done) => (this.server ? this.server.close(() => done()) : done()));
  }
}

/** Waits until `check` passes (the queue works in the background), failing after `ms`. */
async function eventually(check: () => Promise<void> | void, ms = 20_000): Promise<void> {
  const until = Date.now() + ms;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > until) throw error;
      await new Promise((r) => setTimeout(r, 200));
    }
  }
}

const SANCTION = { startsOn: '', months: 6, reason: '입찰 서류 위조', legalBasis: '국가계약법 제27조' };

describe('mail: written with the change, sent once from the durable queue through SMTP', () => {
  let inbox: Inbox;
  let t: TestApp;
  let operator: SignedIn;
  const env = (port: number, more: Record<string, string> = {}) => ({
    SMTP_URL: `smtp://127.0.0.1:${port}`,
    PUBLIC_URL,
    MAIL_RETRY_DELAY_SECONDS: '1',
    QUEUE_POLL_SECONDS: '0.5',
    ...more,
  });

  beforeAll(async () => {
    inbox = new Inbox(await freePort());
    await inbox.start();
    t = await createTestApp(env(inbox.port));
    operator = await actorOf(t, Role.OPERATOR);
  });
  afterAll(async () => {
    await t?.close();
    await inbox?.stop();
  });

  /** A sanction notifies every active user of the company: a change that tells people. */
  const sanction = async (companyId: string) => {
    const today = new Date(Date.now() + 9 * 3_600_000).toISOString().slice(0, 10);
    await t.http().post(`/api/v1/companies/${companyId}/sanctions`).set(operator.auth).send({ ...SANCTION, startsOn: today }).expect(201);
  };
  const mailsTo = (userId: string) => t.dataSource.getRepository(Mail).findBy({ userId });
  const receivedBy = (email: string) => inbox.received.filter((m) => m.to === email);

  it('delivers each mail once, in the recipient\'s language, with the link to the page; a muted kind is not mailed', async () => {
    const company = await makeCompany(t);
    const korean = await makeUser(t, Role.SUPPLIER, { companyId: company.id });
    const english = await actorOf(t, Role.SUPPLIER, { companyId: company.id, companyAdmin: false });
    await t.http().put('/api/v1/me/mail-preferences').set(english.auth).send({ language: 'en', mutedKinds: [] }).expect(200);
    const muted = await actorOf(t, Role.SUPPLIER, { companyId: company.id, companyAdmin: false });
    const chosen = await t.http().put('/api/v1/me/mail-preferences').set(muted.auth).send({ language: 'ko', mutedKinds: ['NOTE_SANCTION'] }).expect(200);
    expect(chosen.body).toEqual({ language: 'ko', mutedKinds: ['NOTE_SANCTION'] });
    await t.http().put('/api/v1/me/mail-preferences').set(muted.auth).send({ language: 'fr', mutedKinds: ['NOT_A_KIND'] }).expect(400);

    await sanction(company.id);

    await eventually(() => {
      expect(receivedBy(korean.email)).toHaveLength(1);
      expect(receivedBy(english.user.email)).toHaveLength(1);
    });
    const [ko] = receivedBy(korean.email);
    const [en] = receivedBy(english.user.email);
    expect(ko.language).toBe('ko');
    expect(ko.subject).toMatch(/^제재: /);
    expect(ko.body).toContain(`바로 가기: ${PUBLIC_URL}/my/company`);
    expect(ko.body).toContain('입찰 서류 위조');
    expect(en.language).toBe('en');
    expect(en.subject).toMatch(/^Sanction: /);
    expect(en.body).toContain(`Open: ${PUBLIC_URL}/my/company`);
    expect(en.body).toContain(`${PUBLIC_URL}/my/mail`);
    // Muted: the notification in the app, no mail.
    expect(await t.dataSource.getRepository(Notification).countBy({ userId: muted.user.id })).toBe(1);
    expect(await mailsTo(muted.user.id)).toEqual([]);
    expect(receivedBy(muted.user.email)).toEqual([]);

    await new Promise((r) => setTimeout(r, 1500)); // time for a second delivery, were there one
    expect(receivedBy(korean.email)).toHaveLength(1);
    const [row] = await mailsTo(korean.id);
    expect(row).toMatchObject({ status: MailStatus.SENT, attempts: 1, language: 'ko', kind: 'NOTE_SANCTION', link: `${PUBLIC_URL}/my/company` });
    expect(ko.messageId).toBe(`<${row.id}@innomarket.kr>`);

    // The administrator's outbox lists it, worded as sent; nobody else reads it.
    const outbox = (await t.http().get('/api/v1/mail/outbox?pageSize=100').set((await actorOf(t, Role.ADMIN)).auth).expect(200)).body;
    expect(outbox.items).toContainEqual(expect.objectContaining({ id: row.id, to: korean.email, kind: 'NOTE_SANCTION', language: 'ko', subject: ko.subject, body: ko.body, status: MailStatus.SENT }));
    await t.http().get('/api/v1/mail/outbox').set(operator.auth).expect(403);
  });

  it('retries a mail the server refused, with backoff, and delivers it once', async () => {
    const supplier = await makeUser(t, Role.SUPPLIER);
    inbox.refuseNext = 1;
    await sanction(supplier.companyId!);
    await eventually(() => expect(receivedBy(supplier.email)).toHaveLength(1));
    const [row] = await mailsTo(supplier.id);
    expect(row).toMatchObject({ status: MailStatus.SENT, attempts: 2 });
    expect(row.lastError).toBeNull();
    expect(inbox.refuseNext).toBe(0);
  });

  it('sends each mail once with two API processes working the queue, even when both take the same mail', async () => {
    const replica = await createReplica(t);
    try {
      const suppliers = await Promise.all(Array.from({ length: 8 }, () => makeUser(t, Role.SUPPLIER)));
      for (const supplier of suppliers) await sanction(supplier.companyId!);
      await eventually(async () => {
        const rows = await t.dataSource.getRepository(Mail).find({ where: suppliers.map((s) => ({ userId: s.id })) });
        expect(rows.map((r) => r.status)).toEqual(suppliers.map(() => MailStatus.SENT));
      });
      await new Promise((r) => setTimeout(r, 1000));
      for (const supplier of suppliers) expect(receivedBy(supplier.email)).toHaveLength(1);

      // One mail delivered by both processes at once (a job redelivered while its first worker still sends): the row's lock lets one send.
      const recipient = await makeUser(t, Role.SUPPLIER);
      const twice = await t.dataSource.getRepository(Mail).save({ userId: recipient.id, toAddress: recipient.email, kind: 'NOTE_SANCTION', language: 'ko', subject: '제재', body: '본문', link: null, status: MailStatus.QUEUED });
      await Promise.all([t.app.get(MailService).deliver(twice.id, false), replica.app.get(MailService).deliver(twice.id, false)]);
      expect(receivedBy(recipient.email)).toHaveLength(1);
      expect(await t.dataSource.getRepository(Mail).findOneByOrFail({ id: twice.id })).toMatchObject({ status: MailStatus.SENT, attempts: 1 });
    } finally {
      await replica.close();
    }
  });

  it('keeps a mail written before a restart and sends it from the next process', async () => {
    // A process that looks at the queue only once a minute: it stops before it would send.
    const slow = await createTestApp(env(inbox.port, { QUEUE_POLL_SECONDS: '60' }));
    try {
      const admin = await actorOf(slow, Role.OPERATOR);
      const supplier = await makeUser(slow, Role.SUPPLIER);
      const today = new Date(Date.now() + 9 * 3_600_000).toISOString().slice(0, 10);
      await slow.http().post(`/api/v1/companies/${supplier.companyId}/sanctions`).set(admin.auth).send({ ...SANCTION, startsOn: today }).expect(201);
      const [written] = await slow.dataSource.getRepository(Mail).findBy({ userId: supplier.id });
      expect(written.status).toBe(MailStatus.QUEUED);
      await slow.stop();
      expect(receivedBy(supplier.email)).toEqual([]);

      const next = await createReplica(slow, { env: { QUEUE_POLL_SECONDS: '0.5' } });
      try {
        await eventually(() => expect(receivedBy(supplier.email)).toHaveLength(1));
        await new Promise((r) => setTimeout(r, 1000));
        expect(receivedBy(supplier.email)).toHaveLength(1);
      } finally {
        await next.close();
      }
    } finally {
      await slow.close();
    }
  });
});

describe('mail without SMTP_URL: the outbox an administrator reads', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t?.close());

  it('keeps each mail, worded, in the outbox and queues nothing', async () => {
    const supplier = await makeUser(t, Role.SUPPLIER);
    const operator = await actorOf(t, Role.OPERATOR);
    const today = new Date(Date.now() + 9 * 3_600_000).toISOString().slice(0, 10);
    await t.http().post(`/api/v1/companies/${supplier.companyId}/sanctions`).set(operator.auth).send({ ...SANCTION, startsOn: today }).expect(201);
    const admin = await actorOf(t, Role.ADMIN);
    const outbox = (await t.http().get('/api/v1/mail/outbox').set(admin.auth).expect(200)).body;
    expect(outbox.items).toContainEqual(expect.objectContaining({ to: supplier.email, kind: 'NOTE_SANCTION', language: 'ko', status: MailStatus.OUTBOX, subject: expect.stringMatching(/^제재: /) }));
    const [{ count }] = (await t.asOwner(`SELECT count(*)::int AS count FROM pgboss.job WHERE name = 'mail'`)) as { count: number }[];
    expect(count).toBe(0);
  });
});

describe('reminders: sent once per subject and due date, dated by the clock', () => {
  const clock = new TestClock();
  const start = new Date();
  let t: TestApp;
  let operator: SignedIn;
  beforeAll(async () => {
    clock.set(start);
    t = await createTestApp({}, { clock });
    operator = await actorOf(t, Role.OPERATOR);
  });
  afterAll(() => t?.close());

  const notes = (userId: string) => t.dataSource.getRepository(Notification).find({ where: { userId }, order: { createdAt: 'ASC' } });

  it('reminds of a designation ending in 90 days and again in 30, each once however often the scheduler runs', async () => {
    const product = await makeDesignatedProduct(t);
    const supplier = await makeUser(t, Role.SUPPLIER, { companyId: product.companyId });
    const designation = await t.dataSource.getRepository(Designation).findOneByOrFail({ productId: product.id });
    const scheduler = t.app.get(DesignationScheduler);
    const at = (days: number) => clock.set(`${addDays(designation.validUntil, -days)}T09:00:00+09:00`);

    at(91);
    await scheduler.runOnce();
    expect(await notes(supplier.id)).toEqual([]);
    at(90);
    await Promise.all([scheduler.runOnce(), scheduler.runOnce()]);
    at(60);
    await scheduler.runOnce();
    expect((await notes(supplier.id)).map((n) => n.titleMessage)).toEqual([{ code: 'REMIND_DESIGNATION_EXPIRING', params: expect.objectContaining({ days: 90 }) }]);
    at(30);
    await scheduler.runOnce();
    at(10);
    await scheduler.runOnce();
    expect((await notes(supplier.id)).map((n) => n.titleMessage.params?.days)).toEqual([90, 30]);
    const mails = await t.dataSource.getRepository(Mail).find({ where: { userId: supplier.id }, order: { createdAt: 'ASC' } });
    expect(mails.map((m) => m.subject)).toEqual([`${product.nameKo} 지정 만료 90일 전`, `${product.nameKo} 지정 만료 30일 전`]);
    expect(mails[0].link).toBe(`http://localhost:${t.config.PORT}/products/${product.id}`);
  });

  it('reminds a supplier of a draft in a call closing within three days, once', async () => {
    clock.set(new Date(start.getTime() + 15 * DAY));
    const call = await openCall(t, operator, clock.now(), { closesAt: new Date(clock.now().getTime() + 5 * DAY).toISOString() });
    const { supplier, product } = await supplierWithProduct(t);
    await t.http().post('/api/v1/proposals').set(supplier.auth).send({ callId: call.id, productId: product.id, subArea: 'SAF-04' }).expect(201);
    const scheduler = t.app.get(DesignationScheduler);
    await scheduler.runOnce();
    expect(await notes(supplier.user.id)).toEqual([]);
    clock.advance(2 * DAY + HOUR);
    await scheduler.runOnce();
    await scheduler.runOnce();
    const reminded = await notes(supplier.user.id);
    expect(reminded.map((n) => n.titleMessage)).toEqual([{ code: 'REMIND_CALL_CLOSING', params: expect.objectContaining({ call: call.title, product: product.nameKo }) }]);
  });

  it('reminds an institution under half its yearly purchase target from mid-year, once a year, and not one on track', async () => {
    const year = Number(koreanDate(start).slice(0, 4)) + 1;
    const behind = await actorOf(t, Role.BUYER, { institutionId: (await anyInstitution(t, 'CG-020')).id });
    const onTrack = await actorOf(t, Role.BUYER, { institutionId: (await anyInstitution(t, 'CG-021')).id });
    // ₩1,000,000,000 of goods and nothing bought (the target is the institution's rate of it); and no goods at all (nothing asked).
    await t.http().put(`/api/v1/purchase-targets/institutions/${behind.user.institutionId}/goods-purchases`).set(operator.auth).send({ year, amount: 1_000_000_000 }).expect(200);
    await t.http().put(`/api/v1/purchase-targets/institutions/${onTrack.user.institutionId}/goods-purchases`).set(operator.auth).send({ year, amount: 0 }).expect(200);
    const scheduler = t.app.get(DesignationScheduler);
    clock.set(`${year}-06-30T10:00:00+09:00`);
    await scheduler.runOnce();
    expect(await notes(behind.user.id)).toEqual([]);
    clock.set(`${year}-07-01T10:00:00+09:00`);
    await Promise.all([scheduler.runOnce(), scheduler.runOnce()]);
    clock.advance(30 * DAY);
    await scheduler.runOnce();
    const reminded = await notes(behind.user.id);
    const { targetAmount } = (await t.http().get(`/api/v1/purchase-targets/institutions/${behind.user.institutionId}`).query({ year }).set(operator.auth).expect(200)).body;
    expect(targetAmount).toBeGreaterThanOrEqual(10_000_000);
    expect(reminded.map((n) => n.titleMessage.code)).toEqual(['REMIND_TARGET_BEHIND']);
    expect(reminded[0].bodyMessage).toEqual({ code: 'REMIND_TARGET_BEHIND_BODY', params: { year, amount: 0, targetAmount, gap: targetAmount } });
    expect((await notes(onTrack.user.id)).filter((n) => n.titleMessage.code === 'REMIND_TARGET_BEHIND')).toEqual([]);
  });
});
