import { criteriaProblems, DEFAULT_CRITERIA, decideItem, nextExtensionYears, ProposalAction, ProposalStatus, proposalMachine, scoreSheetProblems, trimmedMean, type CriteriaSet, type ScoreSheet } from './designation';
import { Role } from './roles';

const sheet = (publicValue: number, innovation: number, pilot: number): ScoreSheet => ({
  points: {
    publicIssue: publicValue / 4, publicNeed: publicValue / 4, urgency: publicValue / 4, citizenEffect: publicValue / 4,
    novelty: innovation / 3, superiority: innovation / 3, maturity: innovation / 3,
    pilotCapability: pilot,
  },
  comments: {},
});

const tally = (sheets: number, fields: Partial<{ trimmedMeanMinSheets: number; votes: { for: number; against: number; abstain: number } | null }> = {}) => ({
  eligibleMembers: sheets,
  present: sheets,
  trimmedMeanMinSheets: 5,
  votes: null,
  ...fields,
});

/** Two 50-point groups: A must reach 55% (27.5, a mark that is not a whole point), B nothing; 70 overall. */
const halves: CriteriaSet = {
  passMark: 70,
  groups: [
    { key: 'a', name: 'A', passRatio: 0.55, criteria: [{ key: 'a', name: 'A', points: 50 }] },
    { key: 'b', name: 'B', passRatio: 0, criteria: [{ key: 'b', name: 'B', points: 50 }] },
  ],
};
const ab = (a: number, b: number): ScoreSheet => ({ points: { a, b }, comments: { a: 'x', b: 'x' } });

describe('committee arithmetic', () => {
  it('takes the plain mean under the trimming threshold and drops the extremes from it on', () => {
    expect(trimmedMean([60, 70, 80], 5)).toBe(70);
    expect(trimmedMean([10, 70, 72, 74, 100], 5)).toBe(72);
    expect(trimmedMean([10, 70, 72, 74, 100], 6)).toBe(65.2);
    expect(trimmedMean([], 5)).toBe(0);
    // Cut, not rounded, for display: 20,999 / 300 = 69.9966… shows as 69.99, never as the mark of 70.
    expect(trimmedMean([...Array(299).fill(70), 69], 1000)).toBe(69.99);
  });

  it('passes on 70 overall and 60% of every group', () => {
    const pass = decideItem(DEFAULT_CRITERIA, [sheet(32, 24, 24), sheet(28, 21, 21), sheet(36, 27, 27)], tally(3));
    expect(pass).toMatchObject({ aggregate: 80, passed: true, reasons: [], present: 3, votes: null });
    // 74 overall, but pilot capability 14 of 30 is under 60%.
    const weakGroup = decideItem(DEFAULT_CRITERIA, [sheet(36, 24, 14)], tally(1));
    expect(weakGroup.passed).toBe(false);
    expect(weakGroup.reasons[0]).toMatch(/Pilot-use capability/);
    const low = decideItem(DEFAULT_CRITERIA, [sheet(24, 18, 18)], tally(1));
    expect(low.reasons).toEqual([expect.stringMatching(/Overall 60 of 100, below the pass mark 70/)]);
  });

  it('compares the marks exactly: the mark passes, a hair under fails, a group mark of 27.5 included', () => {
    expect(decideItem(halves, [ab(40, 31), ab(40, 30), ab(40, 30), ab(40, 29)], tally(4))).toMatchObject({ aggregate: 70, passed: true });
    expect(decideItem(halves, [ab(40, 30), ab(40, 30), ab(40, 30), ab(40, 29)], tally(4))).toMatchObject({ aggregate: 69.75, passed: false });
    // 55% of 50 is 27.5 exactly (0.55 × 50 is 27.500000000000004 in floating point).
    expect(decideItem(halves, [ab(28, 50), ab(27, 50)], tally(2))).toMatchObject({ groupAggregates: { a: 27.5 }, passed: true });
    const under = decideItem(halves, [ab(28, 50), ab(27, 50), ab(27, 50)], tally(3));
    expect(under).toMatchObject({ groupAggregates: { a: 27.33 }, passed: false, reasons: ['A: 27.33 of 50, below 55%'] });
  });

  it('reads the trimming threshold from the call, and needs a majority of those present to vote for', () => {
    // Totals 100, 70, 70, 70, 0: trimmed from 5 sheets the mean is 70; untrimmed, 62.
    const sheets = [ab(50, 50), ab(40, 30), ab(40, 30), ab(40, 30), ab(0, 0)];
    expect(decideItem(halves, sheets, tally(5))).toMatchObject({ aggregate: 70, passed: true });
    expect(decideItem(halves, sheets, tally(5, { trimmedMeanMinSheets: 6 }))).toMatchObject({ aggregate: 62, passed: false });
    const passing = [ab(40, 30), ab(40, 30), ab(40, 30), ab(40, 30)];
    expect(decideItem(halves, passing, tally(4, { votes: { for: 3, against: 1, abstain: 0 } })).passed).toBe(true);
    const tied = decideItem(halves, passing, tally(4, { votes: { for: 2, against: 1, abstain: 1 } }));
    expect(tied).toMatchObject({ passed: false, votes: { for: 2 }, reasons: ["The committee's vote: 2 of 4 present in favour, not a majority"] });
  });

  it('takes whole points only: in the sheets, the pass mark and the group ratios', () => {
    expect(scoreSheetProblems(halves, { points: { a: 20.99, b: 50 }, comments: { a: 'x', b: 'x' } })).toEqual({ 'points.a': [{ code: 'FIELD_OUT_OF_RANGE', params: { min: 0, max: 50 } }] });
    expect(criteriaProblems({ ...halves, passMark: 69.5 })).toEqual({ 'criteria.passMark': ['passMark must be a whole number of points'] });
    expect(criteriaProblems({ ...halves, groups: [{ ...halves.groups[0], passRatio: 0.555 }, halves.groups[1]] })).toEqual({ 'criteria.groups.0.passRatio': ['passRatio must be a whole percent (e.g. 0.55)'] });
    expect(criteriaProblems(DEFAULT_CRITERIA)).toEqual({});
  });
});

describe('the proposal machine', () => {
  const open = { callOpen: true, beforeSupplementDeadline: true };
  it('submits only into an open call and only by a supplier', () => {
    expect(proposalMachine.check(ProposalStatus.DRAFT, ProposalAction.SUBMIT, Role.SUPPLIER, open)).toEqual({ ok: true, to: 'SUBMITTED' });
    expect(proposalMachine.check(ProposalStatus.DRAFT, ProposalAction.SUBMIT, Role.SUPPLIER, { ...open, callOpen: false })).toMatchObject({ reason: 'GUARD', refusal: { code: 'CALL_NOT_OPEN' } });
    expect(proposalMachine.check(ProposalStatus.DRAFT, ProposalAction.SUBMIT, Role.OPERATOR, open)).toMatchObject({ reason: 'FORBIDDEN_ROLE' });
  });

  it('lets the supplier withdraw only before evaluation', () => {
    expect(proposalMachine.availableActions(ProposalStatus.SCREENING, Role.SUPPLIER, open)).toEqual([ProposalAction.WITHDRAW]);
    expect(proposalMachine.availableActions(ProposalStatus.EVALUATION, Role.SUPPLIER, open)).toEqual([]);
  });

  it('keeps a lapsed supplement from being submitted late', () => {
    const late = { callOpen: false, beforeSupplementDeadline: false };
    expect(proposalMachine.check(ProposalStatus.SUPPLEMENT_REQUESTED, ProposalAction.SUPPLEMENT, Role.SUPPLIER, late)).toMatchObject({ reason: 'GUARD', refusal: { code: 'SUPPLEMENT_LAPSED' } });
    expect(proposalMachine.check(ProposalStatus.SUPPLEMENT_REQUESTED, ProposalAction.LAPSE_SUPPLEMENT, Role.OPERATOR, late)).toEqual({ ok: true, to: 'SUBMITTED' });
  });
});

describe('nextExtensionYears', () => {
  const terms = { extensionYears: [1, 2], maxTotalYears: 6 };
  it('gives the step of the stage, cut by what the ceiling leaves over all designations', () => {
    expect(nextExtensionYears(terms, 0, 3)).toBe(1);
    expect(nextExtensionYears(terms, 1, 4)).toBe(2);
    // A second designation after 4 years held: 2 years granted, nothing left to extend.
    expect(nextExtensionYears(terms, 0, 6)).toBeNull();
    expect(nextExtensionYears(terms, 1, 5)).toBe(1);
    expect(nextExtensionYears(terms, 2, 4)).toBeNull();
  });
});
