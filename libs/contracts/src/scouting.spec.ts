import { NominationAction, nominationMachine, NominationStatus, rankDemoDay } from './scouting';
import { Role } from './roles';

describe('scouting rules shared by the API and the web', () => {
  it('ranks by total, then by the number of investors, and recommends only products someone invested in', () => {
    const row = (nominationId: string, total: number, investors: number, nominatedAt = '2026-11-01T00:00:00Z') => ({ nominationId, total, investors, nominatedAt });
    const ranked = rankDemoDay([row('a', 60, 1), row('b', 60, 2), row('c', 0, 0), row('d', 10, 1, '2026-10-01T00:00:00Z'), row('e', 10, 1)], 4);
    expect(ranked.map((r) => [r.nominationId, r.rank, r.recommended])).toEqual([
      ['b', 1, true],
      ['a', 2, true],
      ['d', 3, true],
      ['e', 4, true],
      ['c', 5, false],
    ]);
    expect(rankDemoDay([row('c', 0, 0)], 10)[0].recommended).toBe(false);
  });

  it('lets only operators pre-screen and schedule, and only the platform recommend and apply', () => {
    expect(nominationMachine.availableActions(NominationStatus.NOMINATED, Role.OPERATOR)).toEqual([NominationAction.PASS_PRE_SCREENING, NominationAction.FAIL_PRE_SCREENING]);
    expect(nominationMachine.availableActions(NominationStatus.NOMINATED, Role.SCOUT)).toEqual([]);
    expect(nominationMachine.check(NominationStatus.RECOMMENDED, NominationAction.APPLY, Role.OPERATOR)).toMatchObject({ ok: false, reason: 'FORBIDDEN_ROLE' });
    expect(nominationMachine.check(NominationStatus.DEMO_DAY, NominationAction.APPLY, 'SYSTEM')).toMatchObject({ ok: false, reason: 'WRONG_STATE' });
  });
});
