import { addDays } from './periods';
import { concernAnswerDue, concernMachine, ConcernStatus, DEFAULT_OBSERVER_RULES, isConcernOverdue, observerTermProblems, observerTermState } from './observers';
import { Role } from './roles';

describe('observers', () => {
  it('judge the term by Korean days, both ends counted', () => {
    const term = { termFrom: '2027-01-01', termTo: '2027-12-31' };
    expect(observerTermState(term, '2026-12-31')).toBe('BEFORE');
    expect(observerTermState(term, '2027-01-01')).toBe('WITHIN');
    expect(observerTermState(term, '2027-12-31')).toBe('WITHIN');
    expect(observerTermState(term, '2028-01-01')).toBe('AFTER');
  });

  it('need an organisation and a term in order, at most five years long', () => {
    expect(observerTermProblems({ organisation: '시민연대', termFrom: '2027-01-01', termTo: '2027-01-01' })).toEqual({});
    expect(Object.keys(observerTermProblems({ organisation: ' ', termFrom: '2027-01-02', termTo: '2027-01-01' }))).toEqual(['organisation', 'termTo']);
    expect(Object.keys(observerTermProblems({ organisation: '시민연대', termFrom: '2027-01-01', termTo: addDays('2027-01-01', 5 * 366 + 1) }))).toEqual(['termTo']);
  });

  it('give a formal concern a due day from the rule and a comment none; overdue only after that day, while open', () => {
    const due = concernAnswerDue('CONCERN', '2027-03-01', DEFAULT_OBSERVER_RULES)!;
    expect(due).toBe('2027-03-15');
    expect(concernAnswerDue('COMMENT', '2027-03-01', DEFAULT_OBSERVER_RULES)).toBeNull();
    expect(isConcernOverdue({ status: ConcernStatus.OPEN, answerDueOn: due }, due)).toBe(false);
    expect(isConcernOverdue({ status: ConcernStatus.OPEN, answerDueOn: due }, '2027-03-16')).toBe(true);
    expect(isConcernOverdue({ status: ConcernStatus.ANSWERED, answerDueOn: due }, '2027-03-16')).toBe(false);
    expect(isConcernOverdue({ status: ConcernStatus.OPEN, answerDueOn: null }, '2099-01-01')).toBe(false);
  });

  it('let only an operator answer, once', () => {
    expect(concernMachine.availableActions(ConcernStatus.OPEN, Role.OPERATOR)).toEqual(['answer']);
    for (const role of [Role.OBSERVER, Role.ADMIN, Role.COMMITTEE]) expect(concernMachine.availableActions(ConcernStatus.OPEN, role)).toEqual([]);
    expect(concernMachine.check(ConcernStatus.ANSWERED, 'answer', Role.OPERATOR)).toMatchObject({ ok: false, reason: 'WRONG_STATE' });
  });
});
