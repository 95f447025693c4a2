import { Role } from '@inno/contracts';
import { actorOf } from '../../test/factories';
import { createTestApp, TestApp } from '../../test/test-app';

describe('the language a user chose in the web', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t?.close());

  it('becomes the language of their mails, leaving the kinds they muted as they were', async () => {
    const buyer = await actorOf(t, Role.BUYER);
    await t.http().put('/api/v1/me/mail-preferences').set(buyer.auth).send({ language: 'ko', mutedKinds: ['SUGGESTIONS_MONTHLY'] }).expect(200);
    const saved = (await t.http().put('/api/v1/me/language').set(buyer.auth).send({ language: 'en' }).expect(200)).body;
    expect(saved).toEqual({ language: 'en', mutedKinds: ['SUGGESTIONS_MONTHLY'] });
    expect((await t.http().get('/api/v1/me/mail-preferences').set(buyer.auth).expect(200)).body.language).toBe('en');
    await t.http().put('/api/v1/me/language').set(buyer.auth).send({ language: 'fr' }).expect(400);
    await t.http().put('/api/v1/me/language').send({ language: 'en' }).expect(401);
  });
});
