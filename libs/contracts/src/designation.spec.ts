import { DEFAULT_CRITERIA, decideItem, nextExtensionYears, ProposalAction, ProposalStatus, proposalMachine, trimmedMean, type ScoreSheet } from './designation';
import { Role } from './roles';

const sheet = (publicValue: number, innovation: number, pilot: number): ScoreSheet => ({
  points: {
    publicIssue: publicValue / 4, publicNeed: publicValue / 4, urgency: publicValue / 4, citizenEffect: publicValue / 4,
    novelty: innovation / 3, superiority: innovation / 3, maturity: innovation / 3,
    pilotCapability: pilot,
  },
  comments: {},
});

describe('committee arithmetic', () => {
  it('takes the plain mean under five scores and drops the extremes from five on', () => {
    expect(trimmedMean([60, 70, 80])).toBe(70);
    expect(trimmedMean([10, 70, 72, 74, 100])).toBe(72);
    expect(trimmedMean([])).toBe(0);
  });

  it('passes on 70 overall and 60% of every group', () => {
    const pass = decideItem(DEFAULT_CRITERIA, [sheet(32, 24, 24), sheet(28, 21, 21), sheet(36, 27, 27)], 3);
    expect(pass).toMatchObject({ aggregate: 80, passed: true, reasons: [] });
    // 74 overall, but pilot capability 14 of 30 is under 60%.
    const weakGroup = decideItem(DEFAULT_CRITERIA, [sheet(36, 24, 14)], 1);
    expect(weakGroup.passed).toBe(false);
    expect(weakGroup.reasons[0]).toMatch(/Pilot-use capability/);
    const low = decideItem(DEFAULT_CRITERIA, [sheet(24, 18, 18)], 1);
    expect(low.reasons).toEqual([expect.stringMatching(/Overall 60 of 100, below the pass mark 70/)]);
  });
});

describe('the proposal machine', () => {
  const open = { callOpen: true, beforeSupplementDeadline: true };
  it('submits only into an open call and only by a supplier', () => {
    expect(proposalMachine.check(ProposalStatus.DRAFT, ProposalAction.SUBMIT, Role.SUPPLIER, open)).toEqual({ ok: true, to: 'SUBMITTED' });
    expect(proposalMachine.check(ProposalStatus.DRAFT, ProposalAction.SUBMIT, Role.SUPPLIER, { ...open, callOpen: false })).toMatchObject({ reason: 'GUARD' });
    expect(proposalMachine.check(ProposalStatus.DRAFT, ProposalAction.SUBMIT, Role.OPERATOR, open)).toMatchObject({ reason: 'FORBIDDEN_ROLE' });
  });

  it('lets the supplier withdraw only before evaluation', () => {
    expect(proposalMachine.availableActions(ProposalStatus.SCREENING, Role.SUPPLIER, open)).toEqual([ProposalAction.WITHDRAW]);
    expect(proposalMachine.availableActions(ProposalStatus.EVALUATION, Role.SUPPLIER, open)).toEqual([]);
  });

  it('keeps a lapsed supplement from being submitted late', () => {
    const late = { callOpen: false, beforeSupplementDeadline: false };
    expect(proposalMachine.check(ProposalStatus.SUPPLEMENT_REQUESTED, ProposalAction.SUPPLEMENT, Role.SUPPLIER, late)).toMatchObject({ reason: 'GUARD' });
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
