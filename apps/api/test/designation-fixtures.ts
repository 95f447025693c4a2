import { DEFAULT_CRITERIA, Role, SCREENING_CHECKLIST, type Presence, type ScoreSheet } from '@inno/contracts';
import { Clock, koreanDate } from '../src/clock/clock';
import { actorOf, productInput } from './factories';
import type { TestApp } from './test-app';

export type SignedIn = Awaited<ReturnType<typeof actorOf>>;

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

/** A score sheet giving each criterion the same share of its points. */
export function sheetAt(share: number): ScoreSheet {
  const points: Record<string, number> = {};
  const comments: Record<string, string> = {};
  for (const criterion of DEFAULT_CRITERIA.groups.flatMap((g) => g.criteria)) {
    points[criterion.key] = Math.round(criterion.points * share);
    comments[criterion.key] = '근거 있음 (justified)';
  }
  return { points, comments };
}

export const passingChecklist = () => SCREENING_CHECKLIST.map((key) => ({ key, passed: true, reason: '적합 (fits)' }));

export async function openCall(t: TestApp, operator: SignedIn, now: Date, fields: Record<string, unknown> = {}) {
  const body = {
    title: '2026년 4차 혁신시제품 공모',
    kind: 'SUPPLIER_PROPOSAL',
    description: '공공 현장의 문제를 푸는 혁신 시제품을 찾습니다.',
    subAreas: ['SAF', 'ENV'],
    opensAt: new Date(now.getTime() - HOUR).toISOString(),
    closesAt: new Date(now.getTime() + 7 * DAY).toISOString(),
    ...fields,
  };
  return (await t.http().post('/api/v1/calls').set(operator.auth).send(body).expect(201)).body;
}

/** A supplier with a product eligible for designation (TRL 8, a valid patent). */
export async function supplierWithProduct(t: TestApp) {
  const supplier = await actorOf(t, Role.SUPPLIER);
  const product = (await t.http().post('/api/v1/products').set(supplier.auth).send(productInput()).expect(201)).body;
  return { supplier, product };
}

export async function submittedProposal(t: TestApp, callId: string) {
  const { supplier, product } = await supplierWithProduct(t);
  const proposal = (
    await t.http()
      .post('/api/v1/proposals')
      .set(supplier.auth)
      .send({ callId, productId: product.id, subArea: 'SAF-04', innovation: '압력 이상을 원격 감지', publicValue: '화재 대응 시간 단축', pilotPlan: '소방서 3곳 6개월 시범사용' })
      .expect(201)
  ).body;
  await t.http().post(`/api/v1/proposals/${proposal.id}/submit`).set(supplier.auth).expect(200);
  return { supplier, product, proposal };
}

/** A proposal that passed screening: ready for a committee agenda. */
export async function proposalInEvaluation(t: TestApp, operator: SignedIn, callId: string) {
  const submitted = await submittedProposal(t, callId);
  await t.http().post(`/api/v1/proposals/${submitted.proposal.id}/start-screening`).set(operator.auth).expect(200);
  await t.http().post(`/api/v1/proposals/${submitted.proposal.id}/pass-screening`).set(operator.auth).send({ checklist: passingChecklist() }).expect(200);
  return submitted;
}

/** A session meeting today (Korea time, by the app's clock): scoring opens on the session's date. */
export async function committeeSession(t: TestApp, operator: SignedIn, members: SignedIn[], fields: Record<string, unknown> = {}) {
  const today = koreanDate(t.app.get(Clock).now());
  const body = {
    title: '혁신제품 지정 평가위원회',
    startsAt: `${today}T00:00:00+09:00`,
    endsAt: `${today}T23:59:00+09:00`,
    onlineUrl: 'https://meet.example.kr/evaluation',
    memberIds: members.map((m) => m.user.id),
    chairId: members[0].user.id,
    ...fields,
  };
  return (await t.http().post('/api/v1/committee-sessions').set(operator.auth).send(body).expect(201)).body;
}

/** The chair (the first member) opens the session: every member present online unless `presence` says otherwise. */
export async function openSession(t: TestApp, sessionId: string, members: SignedIn[], presence: Record<string, Presence> = {}) {
  const attendance = members.map((m) => ({ memberId: m.user.id, presence: presence[m.user.id] ?? 'ONLINE' }));
  return (await t.http().post(`/api/v1/committee-sessions/${sessionId}/open`).set(members[0].auth).send({ attendance }).expect(200)).body;
}
