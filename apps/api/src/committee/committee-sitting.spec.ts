import { DEFAULT_DESIGNATION_RULES, REFUSED_SCORE_SHEETS, Role, type CriteriaSet, type ScoreSheet } from '@inno/contracts';
import { actorOf } from '../../test/factories';
import { committeeSession, DAY, openCall, openSession, proposalInEvaluation, sheetAt, type SignedIn } from '../../test/designation-fixtures';
import { createTestApp, TestApp, TestClock } from '../../test/test-app';
import { AuditEvent } from '../audit/audit-event.entity';
import { koreanDate } from '../clock/clock';
import { Decision } from '../designations/decision.entity';
import { ItemVote } from './agenda-item.entity';

/** Two 50-point groups: A must reach 55% (27.5, not a whole point), B nothing; 70 overall. */
const halves: CriteriaSet = {
  passMark: 70,
  groups: [
    { key: 'a', name: '가 (A)', passRatio: 0.55, criteria: [{ key: 'a', name: '가 (A)', points: 50 }] },
    { key: 'b', name: '나 (B)', passRatio: 0, criteria: [{ key: 'b', name: '나 (B)', points: 50 }] },
  ],
};
const ab = (a: number, b: number): ScoreSheet => ({ points: { a, b }, comments: { a: '근거 (why)', b: '근거 (why)' } });
const withVote = { ...DEFAULT_DESIGNATION_RULES, committeeVote: true };

async function committee(t: TestApp, size: number): Promise<SignedIn[]> {
  return Promise.all(Array.from({ length: size }, () => actorOf(t, Role.COMMITTEE)));
}

/** A fresh proposal of the call on the session's agenda. */
async function itemOn(t: TestApp, operator: SignedIn, sessionId: string, callId: string): Promise<string> {
  const { proposal } = await proposalInEvaluation(t, operator, callId);
  const session = (await t.http().post(`/api/v1/committee-sessions/${sessionId}/items`).set(operator.auth).send({ proposalId: proposal.id }).expect(201)).body;
  return session.items.find((i: { proposalId: string }) => i.proposalId === proposal.id).id;
}

async function scoreAll(t: TestApp, itemId: string, members: SignedIn[], sheets: ScoreSheet[]): Promise<void> {
  for (const [i, member] of members.entries()) {
    await t.http().post(`/api/v1/agenda-items/${itemId}/declaration`).set(member.auth).send({ conflict: false }).expect(200);
    await t.http().put(`/api/v1/agenda-items/${itemId}/score`).set(member.auth).send(sheets[i]).expect(200);
  }
}

const close = (t: TestApp, itemId: string, chair: SignedIn) => t.http().post(`/api/v1/agenda-items/${itemId}/close`).set(chair.auth);

describe('the committee sitting: whole points, the session’s date, attendance and the vote', () => {
  const clock = new TestClock();
  let t: TestApp;
  let operator: SignedIn;
  beforeAll(async () => {
    clock.set('2026-12-01T10:00:00+09:00');
    t = await createTestApp({}, { clock });
    operator = await actorOf(t, Role.OPERATOR);
  });
  afterAll(() => t.close());

  it('refuses the score sheets the form refuses, with the same codes per field', async () => {
    const call = await openCall(t, operator, clock.now());
    const [member] = await committee(t, 1);
    const session = await committeeSession(t, operator, [member]);
    const itemId = await itemOn(t, operator, session.id, call.id);
    await openSession(t, session.id, [member]);
    await t.http().post(`/api/v1/agenda-items/${itemId}/declaration`).set(member.auth).send({ conflict: false }).expect(200);
    for (const refused of REFUSED_SCORE_SHEETS) {
      const sheet = sheetAt(0.8);
      if ('points' in refused.input) sheet.points.novelty = refused.input.points as number;
      if ('comments' in refused.input) sheet.comments.novelty = refused.input.comments as string;
      const answer = await t.http().put(`/api/v1/agenda-items/${itemId}/score`).set(member.auth).send(sheet).expect(400);
      expect({ why: refused.why, codes: answer.body.detailCodes }).toEqual({ why: refused.why, codes: refused.codes });
    }
    // A key that names no criterion is refused too (the form has no field for one).
    const stray = await t.http().put(`/api/v1/agenda-items/${itemId}/score`).set(member.auth).send({ ...sheetAt(0.8), comments: { ...sheetAt(0.8).comments, colour: '빨강' } }).expect(400);
    expect(stray.body.detailCodes).toEqual({ 'comments.colour': [{ code: 'FIELD_NOT_ACCEPTED' }] });
  });

  it('takes whole points and compares the marks exactly through the close route: the mark passes, a hair under fails (4 sheets)', async () => {
    const call = await openCall(t, operator, clock.now(), { criteria: halves });
    const four = await committee(t, 4);
    const session = await committeeSession(t, operator, four);
    const [atMark, underMark, groupAtMark, groupUnder] = [
      await itemOn(t, operator, session.id, call.id),
      await itemOn(t, operator, session.id, call.id),
      await itemOn(t, operator, session.id, call.id),
      await itemOn(t, operator, session.id, call.id),
    ];
    await openSession(t, session.id, four);

    // A fraction of a point is refused, per field, and nothing is stored.
    await t.http().post(`/api/v1/agenda-items/${atMark}/declaration`).set(four[0].auth).send({ conflict: false }).expect(200);
    const fraction = await t.http().put(`/api/v1/agenda-items/${atMark}/score`).set(four[0].auth).send(ab(20.99, 50)).expect(400);
    expect(fraction.body.detailCodes).toEqual({ 'points.a': [{ code: 'FIELD_OUT_OF_RANGE', params: { min: 0, max: 50 } }] });
    expect((await t.http().get(`/api/v1/agenda-items/${atMark}`).set(four[0].auth).expect(200)).body).toMatchObject({ scoredCount: 0, frozen: false });
    // Pass marks are whole points and whole percents.
    const halfPoint = await t.http().patch(`/api/v1/agenda-items/${atMark}/criteria`).set(operator.auth).send({ ...halves, passMark: 69.5 }).expect(400);
    expect(Object.keys(halfPoint.body.details)).toEqual(['passMark']);
    const oddRatio = await t.http().patch(`/api/v1/agenda-items/${atMark}/criteria`).set(operator.auth).send({ ...halves, groups: [{ ...halves.groups[0], passRatio: 0.555 }, halves.groups[1]] }).expect(400);
    expect(oddRatio.body.details).toEqual({ 'criteria.groups.0.passRatio': ['passRatio must be a whole percent (e.g. 0.55)'] });

    await t.http().put(`/api/v1/agenda-items/${atMark}/score`).set(four[0].auth).send(ab(40, 31)).expect(200);
    await scoreAll(t, atMark, four.slice(1), [ab(40, 30), ab(40, 30), ab(40, 29)]);
    const exact = (await close(t, atMark, four[0]).expect(200)).body.decision;
    expect([...exact.totals].sort()).toEqual([69, 70, 70, 71]);
    expect(exact).toMatchObject({ aggregate: 70, passed: true });

    await scoreAll(t, underMark, four, [ab(40, 30), ab(40, 30), ab(40, 30), ab(40, 29)]);
    expect((await close(t, underMark, four[0]).expect(200)).body.decision).toMatchObject({ aggregate: 69.75, passed: false, reasons: ['Overall 69.75 of 100, below the pass mark 70'] });

    // 55% of 50 is 27.5 exactly (0.55 × 50 = 27.500000000000004 in floating point).
    await scoreAll(t, groupAtMark, four, [ab(28, 50), ab(27, 50), ab(28, 50), ab(27, 50)]);
    expect((await close(t, groupAtMark, four[0]).expect(200)).body.decision).toMatchObject({ groupAggregates: { a: 27.5 }, passed: true });
    await scoreAll(t, groupUnder, four, [ab(28, 50), ab(27, 50), ab(27, 50), ab(27, 50)]);
    expect((await close(t, groupUnder, four[0]).expect(200)).body.decision).toMatchObject({ groupAggregates: { a: 27.25 }, passed: false, reasons: ['가 (A): 27.25 of 50, below 55%'] });
  });

  it('drops the highest and lowest from the call’s trimming threshold on, exactly at the mark (5 sheets)', async () => {
    const call = await openCall(t, operator, clock.now(), { criteria: halves });
    const strictTrim = await openCall(t, operator, clock.now(), { criteria: halves, rules: { ...DEFAULT_DESIGNATION_RULES, trimmedMeanMinSheets: 6 } });
    expect(strictTrim.rules.trimmedMeanMinSheets).toBe(6);
    const five = await committee(t, 5);
    const session = await committeeSession(t, operator, five);
    const atMark = await itemOn(t, operator, session.id, call.id);
    const underMark = await itemOn(t, operator, session.id, call.id);
    const untrimmed = await itemOn(t, operator, session.id, strictTrim.id);
    await openSession(t, session.id, five);

    // Totals 100, 70, 70, 70, 0: trimmed, the mean is 70 exactly.
    await scoreAll(t, atMark, five, [ab(50, 50), ab(40, 30), ab(40, 30), ab(40, 30), ab(0, 0)]);
    expect((await close(t, atMark, five[0]).expect(200)).body.decision).toMatchObject({ aggregate: 70, passed: true });
    // Totals 100, 70, 70, 69, 0: 209 / 3 = 69.66…, shown cut, never as 70.
    await scoreAll(t, underMark, five, [ab(50, 50), ab(40, 30), ab(40, 30), ab(40, 29), ab(0, 0)]);
    expect((await close(t, underMark, five[0]).expect(200)).body.decision).toMatchObject({ aggregate: 69.66, passed: false });
    // The call trims only from 6 sheets: the same five totals as the first item average 62.
    await scoreAll(t, untrimmed, five, [ab(50, 50), ab(40, 30), ab(40, 30), ab(40, 30), ab(0, 0)]);
    expect((await close(t, untrimmed, five[0]).expect(200)).body.decision).toMatchObject({ aggregate: 62, passed: false });
  });

  it('opens the session, scoring and closing on the session’s date in Korea time, not before', async () => {
    const call = await openCall(t, operator, clock.now());
    const three = await committee(t, 3);
    const meetingDay = koreanDate(new Date(clock.now().getTime() + 30 * DAY));
    const session = await committeeSession(t, operator, three, { startsAt: `${meetingDay}T14:00:00+09:00`, endsAt: `${meetingDay}T17:00:00+09:00` });
    expect(session).toMatchObject({ meetingDate: meetingDay, openedAt: null });
    const itemId = await itemOn(t, operator, session.id, call.id);
    const today = clock.now();
    try {
      // Members may declare beforehand, but not score, open or close.
      await t.http().post(`/api/v1/agenda-items/${itemId}/declaration`).set(three[0].auth).send({ conflict: false }).expect(200);
      const early = await t.http().put(`/api/v1/agenda-items/${itemId}/score`).set(three[0].auth).send(sheetAt(0.9)).expect(409);
      expect(early.body.message).toBe(`The session meets on ${meetingDay}: it opens that day, not before`);
      const attendance = three.map((m) => ({ memberId: m.user.id, presence: 'ONLINE' }));
      await t.http().post(`/api/v1/committee-sessions/${session.id}/open`).set(three[0].auth).send({ attendance }).expect(409);
      await close(t, itemId, three[0]).expect(409);
      // Already the meeting day in some zones, still the evening before in Korea: not yet.
      clock.set(`${meetingDay}T00:00:00+14:00`);
      await t.http().post(`/api/v1/committee-sessions/${session.id}/open`).set(three[0].auth).send({ attendance }).expect(409);
      // Half past midnight in Korea (the previous day in UTC): the chair opens it, members score, the chair closes.
      clock.set(`${meetingDay}T00:30:00+09:00`);
      await openSession(t, session.id, three);
      await t.http().put(`/api/v1/agenda-items/${itemId}/score`).set(three[0].auth).send(sheetAt(0.8)).expect(200);
      await scoreAll(t, itemId, three.slice(1), [sheetAt(0.8), sheetAt(0.8)]);
      expect((await close(t, itemId, three[0]).expect(200)).body.decision).toMatchObject({ passed: true, present: 3 });
    } finally {
      clock.set(today);
    }
  });

  it('lets only the chair open the session, once, recording every member in the room, online or absent; quorum counts those present and not recused', async () => {
    const call = await openCall(t, operator, clock.now());
    const five = await committee(t, 5);
    const [chair, inRoom, recused, absent, alsoAbsent] = five;
    const session = await committeeSession(t, operator, five);
    const itemId = await itemOn(t, operator, session.id, call.id);
    await t.http().post(`/api/v1/agenda-items/${itemId}/declaration`).set(recused.auth).send({ conflict: true, reason: '제안 기업 자문 이력' }).expect(200);

    const presence = { [chair.user.id]: 'ONLINE', [inRoom.user.id]: 'ROOM', [recused.user.id]: 'ROOM', [absent.user.id]: 'ABSENT', [alsoAbsent.user.id]: 'ABSENT' };
    const attendance = five.map((m) => ({ memberId: m.user.id, presence: presence[m.user.id] }));
    const open = (who: SignedIn, body: object) => t.http().post(`/api/v1/committee-sessions/${session.id}/open`).set(who.auth).send(body);
    await open(inRoom, { attendance }).expect(403);
    await open(operator, { attendance }).expect(403);
    expect((await open(chair, { attendance: attendance.slice(1) }).expect(400)).body.details).toEqual({ attendance: ['list every member of the session once'] });
    expect((await open(chair, { attendance: [...attendance.slice(1), attendance[1]] }).expect(400)).body.details).toEqual({ attendance: ['list every member of the session once'] });
    const chairAbsent = attendance.map((a) => (a.memberId === chair.user.id ? { ...a, presence: 'ABSENT' } : a));
    expect((await open(chair, { attendance: chairAbsent }).expect(400)).body.details).toEqual({ attendance: ['the chair opening the session is present'] });
    expect((await open(chair, { attendance: attendance.map((a) => ({ ...a, presence: 'LATE' })) }).expect(400)).body.details['attendance.0.presence']).toEqual(['presence must be ROOM, ONLINE or ABSENT']);

    const opened = (await open(chair, { attendance }).expect(200)).body;
    expect(opened.openedAt).toBe(clock.now().toISOString());
    expect(opened.members.map((m: { userId: string; presence: string }) => [m.userId, m.presence])).toEqual(five.map((m) => [m.user.id, presence[m.user.id]]));
    await open(chair, { attendance }).expect(409);
    const events = await t.dataSource.getRepository(AuditEvent).findBy({ entityId: session.id, action: 'committee.session_opened' });
    expect(events).toHaveLength(1);
    expect(events[0].data).toEqual({ attendance: presence });

    await t.http().post(`/api/v1/agenda-items/${itemId}/declaration`).set(absent.auth).send({ conflict: false }).expect(200);
    await t.http().put(`/api/v1/agenda-items/${itemId}/score`).set(absent.auth).send(sheetAt(0.8)).expect(403);
    await scoreAll(t, itemId, [chair, inRoom], [sheetAt(0.8), sheetAt(0.8)]);
    // Four members not recused, two of them present: no majority. The recused one present does not count.
    expect((await t.http().get(`/api/v1/agenda-items/${itemId}`).set(operator.auth).expect(200)).body).toMatchObject({ eligibleCount: 4, presentCount: 2, scoredCount: 2 });
    const noQuorum = await close(t, itemId, chair).expect(409);
    expect(noQuorum.body.message).toBe('No quorum: 2 of 4 members not recused are present; a majority is needed');
    expect(noQuorum.body).toMatchObject({ code: 'NO_QUORUM', params: { present: 2, eligible: 4 } });

    // The minutes show who attended and how; scores count only once an item is closed.
    const minutes = (await t.http().get(`/api/v1/committee-sessions/${session.id}/minutes`).expect(200)).body;
    expect(minutes.attendance).toEqual(five.map((m) => ({ name: m.user.name, presence: presence[m.user.id], scoredItems: 0 })));
  });

  it('asks the members present to vote after scoring where the call says so, and passes an item only with a majority of them', async () => {
    const voting = await openCall(t, operator, clock.now(), { rules: withVote });
    const plain = await openCall(t, operator, clock.now());
    const four = await committee(t, 4);
    const [chair] = four;
    const session = await committeeSession(t, operator, four);
    const tied = await itemOn(t, operator, session.id, voting.id);
    const carried = await itemOn(t, operator, session.id, voting.id);
    const unvoted = await itemOn(t, operator, session.id, plain.id);
    await openSession(t, session.id, four);
    const vote = (itemId: string, who: SignedIn, choice: string) => t.http().put(`/api/v1/agenda-items/${itemId}/vote`).set(who.auth).send({ choice });

    await t.http().post(`/api/v1/agenda-items/${tied}/declaration`).set(chair.auth).send({ conflict: false }).expect(200);
    expect((await vote(tied, chair, 'FOR').expect(409)).body.message).toBe('Score the item before voting on it');
    await t.http().put(`/api/v1/agenda-items/${tied}/score`).set(chair.auth).send(sheetAt(0.8)).expect(200);
    await scoreAll(t, tied, four.slice(1), [sheetAt(0.8), sheetAt(0.8), sheetAt(0.8)]);
    await scoreAll(t, carried, four, [sheetAt(0.8), sheetAt(0.8), sheetAt(0.8), sheetAt(0.8)]);
    await scoreAll(t, unvoted, four, [sheetAt(0.8), sheetAt(0.8), sheetAt(0.8), sheetAt(0.8)]);
    expect((await vote(unvoted, chair, 'FOR').expect(409)).body.message).toBe('This call does not ask the committee to vote');
    await vote(tied, operator, 'FOR').expect(403);
    await vote(tied, chair, 'MAYBE').expect(400);

    await vote(tied, chair, 'AGAINST').expect(200);
    const changed = (await vote(tied, chair, 'FOR').expect(200)).body;
    expect(changed).toMatchObject({ voteRequired: true, myVote: 'FOR', votedCount: 1 });
    await vote(tied, four[1], 'FOR').expect(200);
    await vote(tied, four[2], 'AGAINST').expect(200);
    expect((await close(t, tied, chair).expect(409)).body.message).toBe('1 of the 4 members present have not voted yet');
    await vote(tied, four[3], 'ABSTAIN').expect(200);

    // Hidden until the close: counts only, and nothing in the log.
    const seen = (await t.http().get(`/api/v1/agenda-items/${tied}`).set(operator.auth).expect(200)).body;
    expect(seen).toMatchObject({ votedCount: 4, myVote: null, decision: null });
    const voted = await t.dataSource.getRepository(AuditEvent).findBy({ entityId: tied, action: 'committee.voted' });
    expect(voted.map((e) => e.data)).toEqual([{}, {}, {}, {}, {}]);

    // Scores pass the marks, but 2 of 4 in favour is not a majority of those present.
    const rejected = (await close(t, tied, chair).expect(200)).body.decision;
    expect(rejected).toMatchObject({ aggregate: 80, passed: false, present: 4, votes: { for: 2, against: 1, abstain: 1 }, reasons: ["The committee's vote: 2 of 4 present in favour, not a majority"] });
    await vote(tied, chair, 'AGAINST').expect(409);
    for (const [i, member] of four.entries()) await vote(carried, member, i < 3 ? 'FOR' : 'AGAINST').expect(200);
    expect((await close(t, carried, chair).expect(200)).body.decision).toMatchObject({ passed: true, votes: { for: 3, against: 1, abstain: 0 } });
    expect((await close(t, unvoted, chair).expect(200)).body.decision).toMatchObject({ passed: true, votes: null });

    const minutes = (await t.http().get(`/api/v1/committee-sessions/${session.id}/minutes`).expect(200)).body;
    const published = minutes.items.map((i: { passed: boolean; present: number; votes: unknown }) => [i.passed, i.present, i.votes]);
    expect(published).toHaveLength(3);
    expect(published).toEqual(expect.arrayContaining([
      [false, 4, { for: 2, against: 1, abstain: 1 }],
      [true, 4, { for: 3, against: 1, abstain: 0 }],
      [true, 4, null],
    ]));
    for (const member of four) expect(JSON.stringify(minutes.items)).not.toContain(member.user.id);
    const [closeEvent] = await t.dataSource.getRepository(AuditEvent).findBy({ entityId: tied, action: 'committee.item_closed' });
    expect((closeEvent.data as { votes: { memberId: string; choice: string }[] }).votes).toContainEqual({ memberId: chair.user.id, choice: 'FOR' });
  });
});

describe('the committee sitting under concurrency', () => {
  const clock = new TestClock();
  let t: TestApp;
  beforeAll(async () => {
    clock.set('2026-12-01T10:00:00+09:00');
    t = await createTestApp({ DB_POOL_SIZE: '20' }, { clock });
  });
  afterAll(() => t.close());

  it('opens a session once under concurrent opens, counts concurrent votes each once, and makes one decision', async () => {
    const operator = await actorOf(t, Role.OPERATOR);
    const call = await openCall(t, operator, clock.now(), { rules: withVote });
    const nine = await committee(t, 9);
    const session = await committeeSession(t, operator, nine);
    const itemId = await itemOn(t, operator, session.id, call.id);
    await Promise.all(nine.map((m) => t.http().post(`/api/v1/agenda-items/${itemId}/declaration`).set(m.auth).send({ conflict: false }).expect(200)));

    const attendance = nine.map((m) => ({ memberId: m.user.id, presence: 'ROOM' }));
    const opens = await Promise.all([1, 2, 3].map(() => t.http().post(`/api/v1/committee-sessions/${session.id}/open`).set(nine[0].auth).send({ attendance })));
    expect(opens.map((r) => r.status).sort()).toEqual([200, 409, 409]);
    expect(await t.dataSource.getRepository(AuditEvent).countBy({ entityId: session.id, action: 'committee.session_opened' })).toBe(1);

    await Promise.all(nine.map((m) => t.http().put(`/api/v1/agenda-items/${itemId}/score`).set(m.auth).send(sheetAt(0.8)).expect(200)));
    const votes = await Promise.all(nine.map((m, i) => t.http().put(`/api/v1/agenda-items/${itemId}/vote`).set(m.auth).send({ choice: i < 5 ? 'FOR' : 'AGAINST' })));
    expect(votes.map((r) => r.status)).toEqual(Array(9).fill(200));
    expect(await t.dataSource.getRepository(ItemVote).countBy({ itemId })).toBe(9);

    const closes = await Promise.all([1, 2].map(() => close(t, itemId, nine[0])));
    expect(closes.map((r) => r.status).sort()).toEqual([200, 409]);
    expect(closes.find((r) => r.status === 200)!.body.decision).toMatchObject({ passed: true, present: 9, votes: { for: 5, against: 4, abstain: 0 } });
    const item = (await t.http().get(`/api/v1/agenda-items/${itemId}`).set(operator.auth).expect(200)).body;
    expect(await t.dataSource.getRepository(Decision).countBy({ proposalId: item.proposalId })).toBe(1);
  });
});
