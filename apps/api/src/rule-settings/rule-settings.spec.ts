import { DEFAULT_RULE_SETTINGS, Role, type RuleSettings } from '@inno/contracts';
import { openCall, type SignedIn } from '../../test/designation-fixtures';
import { actorOf } from '../../test/factories';
import { createTestApp, TestApp } from '../../test/test-app';
import { AuditEvent } from '../audit/audit-event.entity';

describe('rule settings: defaults an operator changes, copied by each call and plan', () => {
  let t: TestApp;
  let operator: SignedIn;
  beforeAll(async () => {
    t = await createTestApp();
    operator = await actorOf(t, Role.OPERATOR);
  });
  afterAll(() => t.close());

  const changed = (): RuleSettings => ({
    ...DEFAULT_RULE_SETTINGS,
    designation: { validityYears: 2, extensionYears: [1], maxTotalYears: 3, trimmedMeanMinSheets: 7, committeeVote: true },
    pilot: { ...DEFAULT_RULE_SETTINGS.pilot, repeatPilotThreshold: 30_000_000 },
  });

  const plan = (fields: Record<string, unknown> = {}) =>
    t.http().post('/api/v1/pilot-plans').set(operator.auth).send({
      year: 2027,
      title: '시범구매 계획',
      budget: 1_000_000_000,
      surveyOpensAt: new Date(Date.now() - 3_600_000).toISOString(),
      surveyClosesAt: new Date(Date.now() + 86_400_000).toISOString(),
      productIds: [],
      ...fields,
    });

  it('publishes the defaults of domain.md until an operator changes them', async () => {
    const view = (await t.http().get('/api/v1/rule-settings').expect(200)).body;
    expect(view).toEqual({ ...DEFAULT_RULE_SETTINGS, updatedAt: null, updatedBy: null });
  });

  it('lets operators and admins change them, audited with what they replaced; others get 403', async () => {
    for (const role of [Role.SUPPLIER, Role.BUYER, Role.COMMITTEE, Role.CITIZEN]) {
      const { auth } = await actorOf(t, role);
      await t.http().put('/api/v1/rule-settings').set(auth).send(changed()).expect(403);
    }
    await t.http().put('/api/v1/rule-settings').send(changed()).expect(401);

    const callBefore = await openCall(t, operator, new Date());
    expect(callBefore.rules).toEqual(DEFAULT_RULE_SETTINGS.designation);

    const saved = (await t.http().put('/api/v1/rule-settings').set(operator.auth).send(changed()).expect(200)).body;
    expect(saved).toMatchObject({ designation: changed().designation, pilot: { repeatPilotThreshold: 30_000_000 }, updatedBy: operator.user.id });
    const [event] = await t.dataSource.getRepository(AuditEvent).findBy({ action: 'rule_settings.updated' });
    expect(event.data).toMatchObject({ previous: { designation: DEFAULT_RULE_SETTINGS.designation }, settings: { designation: changed().designation } });

    // A call opened now copies the new rules; the one opened before keeps its own.
    const callAfter = await openCall(t, operator, new Date());
    expect(callAfter.rules).toEqual(changed().designation);
    expect((await t.http().get(`/api/v1/calls/${callBefore.id}`).expect(200)).body.rules).toEqual(DEFAULT_RULE_SETTINGS.designation);
    // A call may set its own.
    const own = { validityYears: 3, extensionYears: [1, 2], maxTotalYears: 6, trimmedMeanMinSheets: 5, committeeVote: false };
    expect((await openCall(t, operator, new Date(), { rules: own })).rules).toEqual(own);

    // Plans copy the pilot defaults the same way, or set their own.
    expect((await plan().expect(201)).body).toMatchObject({ repeatPilotThreshold: 30_000_000, maxInstitutionsPerProduct: 5 });
    expect((await plan({ repeatPilotThreshold: 10_000_000 }).expect(201)).body.repeatPilotThreshold).toBe(10_000_000);

    await t.http().put('/api/v1/rule-settings').set((await actorOf(t, Role.ADMIN)).auth).send(DEFAULT_RULE_SETTINGS).expect(200);
  });

  it('refuses rules that do not hold together, per field', async () => {
    const bad = await t.http().put('/api/v1/rule-settings').set(operator.auth)
      .send({ ...DEFAULT_RULE_SETTINGS, designation: { ...DEFAULT_RULE_SETTINGS.designation, validityYears: 0, trimmedMeanMinSheets: 2.5 } })
      .expect(400);
    expect(Object.keys(bad.body.details).sort()).toEqual(['designation.trimmedMeanMinSheets', 'designation.validityYears']);
    const ceiling = await t.http().put('/api/v1/rule-settings').set(operator.auth)
      .send({ ...DEFAULT_RULE_SETTINGS, designation: { ...DEFAULT_RULE_SETTINGS.designation, validityYears: 7 } })
      .expect(400);
    expect(Object.keys(ceiling.body.details)).toEqual(['designation.maxTotalYears']);
    const callRules = await t.http().post('/api/v1/calls').set(operator.auth).send({
      title: '규칙이 어긋난 공모', kind: 'SUPPLIER_PROPOSAL', description: '설명', subAreas: ['SAF'],
      opensAt: new Date().toISOString(), closesAt: new Date(Date.now() + 86_400_000).toISOString(),
      rules: { validityYears: 3, extensionYears: [1, 2], maxTotalYears: 2, trimmedMeanMinSheets: 5, committeeVote: false },
    }).expect(400);
    expect(Object.keys(callRules.body.details)).toEqual(['rules.maxTotalYears']);
  });
});

describe('rule settings: an incomplete body', () => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp()));
  afterAll(() => t.close());

  it('names each missing part instead of failing', async () => {
    const { auth } = await actorOf(t, Role.OPERATOR);
    const response = await t.http().put('/api/v1/rule-settings').set(auth).send({}).expect(400);
    expect(Object.keys(response.body.details).sort()).toEqual(['criteria', 'designation', 'pilot', 'scouting']);
  });
});
