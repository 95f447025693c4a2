import { ChallengeAction, challengeMachine, ChallengeStatus, IncubationAction, incubationMachine, IncubationStatus } from './challenges';
import { ChallengeSelection, SYSTEM_ROLE } from './designation';
import { Role } from './roles';

const closed = (selection: ChallengeSelection) => ({ callOpen: false, callClosed: true, solutionCallClosed: false, selection });

describe('challenge selection and incubation, shared by the API and the web', () => {
  it('lets the operator select alone only where the call says so, and sends a committee call’s challenges to the committee', () => {
    expect(challengeMachine.availableActions(ChallengeStatus.PROPOSED, Role.OPERATOR, closed(ChallengeSelection.OPERATOR))).toEqual([ChallengeAction.SELECT, ChallengeAction.NOT_SELECT]);
    expect(challengeMachine.availableActions(ChallengeStatus.PROPOSED, Role.OPERATOR, closed(ChallengeSelection.COMMITTEE))).toEqual([ChallengeAction.SCHEDULE]);
    const alone = challengeMachine.check(ChallengeStatus.PROPOSED, ChallengeAction.SELECT, Role.OPERATOR, closed(ChallengeSelection.COMMITTEE));
    expect(alone).toMatchObject({ ok: false, reason: 'GUARD', refusal: { code: 'SELECTION_BY_COMMITTEE' } });
    const toCommittee = challengeMachine.check(ChallengeStatus.PROPOSED, ChallengeAction.SCHEDULE, Role.OPERATOR, closed(ChallengeSelection.OPERATOR));
    expect(toCommittee).toMatchObject({ ok: false, reason: 'GUARD', refusal: { code: 'SELECTION_BY_OPERATOR' } });
    const early = challengeMachine.check(ChallengeStatus.PROPOSED, ChallengeAction.SCHEDULE, Role.OPERATOR, { ...closed(ChallengeSelection.COMMITTEE), callClosed: false });
    expect(early).toMatchObject({ ok: false, reason: 'GUARD', refusal: { code: 'CHALLENGE_CALL_NOT_CLOSED' } });
  });

  it('lets only the committee’s close decide a challenge in committee review', () => {
    const context = closed(ChallengeSelection.COMMITTEE);
    expect(challengeMachine.availableActions(ChallengeStatus.COMMITTEE_REVIEW, Role.OPERATOR, context)).toEqual([]);
    expect(challengeMachine.check(ChallengeStatus.COMMITTEE_REVIEW, ChallengeAction.SELECT, SYSTEM_ROLE, context)).toEqual({ ok: true, to: ChallengeStatus.SELECTED });
    expect(challengeMachine.check(ChallengeStatus.COMMITTEE_REVIEW, ChallengeAction.NOT_SELECT, SYSTEM_ROLE, context)).toEqual({ ok: true, to: ChallengeStatus.NOT_SELECTED });
    expect(challengeMachine.check(ChallengeStatus.PROPOSED, ChallengeAction.SELECT, SYSTEM_ROLE, context)).toMatchObject({ ok: false, reason: 'FORBIDDEN_ROLE' });
  });

  it('takes an incubation task from open to done or dropped, by operators only', () => {
    expect(incubationMachine.availableActions(IncubationStatus.OPEN, Role.OPERATOR)).toEqual([IncubationAction.START, IncubationAction.DROP]);
    expect(incubationMachine.availableActions(IncubationStatus.IN_PROGRESS, Role.OPERATOR)).toEqual([IncubationAction.COMPLETE, IncubationAction.DROP]);
    for (const ended of [IncubationStatus.DONE, IncubationStatus.DROPPED]) expect(incubationMachine.availableActions(ended, Role.OPERATOR)).toEqual([]);
    expect(incubationMachine.check(IncubationStatus.OPEN, IncubationAction.START, Role.BUYER)).toMatchObject({ ok: false, reason: 'FORBIDDEN_ROLE' });
    expect(incubationMachine.check(IncubationStatus.OPEN, IncubationAction.COMPLETE, Role.OPERATOR)).toMatchObject({ ok: false, reason: 'WRONG_STATE' });
  });
});
