import { fieldProblem, problemTexts, ruleMessages, ruleProblems, type FieldRule } from './field-rules';
import { PILOT_APPLICATION_RULES } from './pilots';

describe('a field rule', () => {
  const text: FieldRule = { kind: 'text', min: 2, max: 5 };
  const count: FieldRule = { kind: 'integer', min: 1, max: 10 };

  it('measures text without its surrounding spaces, and names the limit broken', () => {
    expect(fieldProblem(text, ' 가나 ')).toBeNull();
    expect(fieldProblem(text, '   ')).toEqual({ code: 'FIELD_REQUIRED' });
    expect(fieldProblem(text, '가')).toEqual({ code: 'FIELD_TOO_SHORT', params: { min: 2 } });
    expect(fieldProblem(text, '가나다라마바')).toEqual({ code: 'FIELD_TOO_LONG', params: { max: 5 } });
    expect(fieldProblem(text, 12)).toEqual({ code: 'FIELD_NOT_TEXT' });
  });

  it('takes whole numbers within the range only, and says the range for anything else', () => {
    const range = { code: 'FIELD_OUT_OF_RANGE', params: { min: 1, max: 10 } };
    expect(fieldProblem(count, 10)).toBeNull();
    for (const value of [0, 11, 2.5, Number.NaN, '3', [3], {}]) expect(fieldProblem(count, value)).toEqual(range);
    expect(fieldProblem({ ...count, won: true }, 0)).toEqual({ ...range, code: 'FIELD_AMOUNT_OUT_OF_RANGE' });
  });

  it('lets an optional field be left out or blank, never sent as null', () => {
    const optional: FieldRule = { kind: 'text', max: 5, optional: true };
    expect(fieldProblem(optional, undefined)).toBeNull();
    expect(fieldProblem(optional, ' ')).toBeNull();
    expect(fieldProblem(optional, null)).toEqual({ code: 'FIELD_REQUIRED' });
    expect(fieldProblem(count, undefined)).toEqual({ code: 'FIELD_REQUIRED' });
  });

  it('reads the neighbour it names: a follow-on budgeted only when planned, its amount then required', () => {
    const base = { followOnPlanned: false, followOnBudgeted: true };
    expect(ruleProblems({ followOnBudgeted: PILOT_APPLICATION_RULES.followOnBudgeted, followOnAmount: PILOT_APPLICATION_RULES.followOnAmount }, base)).toEqual({
      followOnBudgeted: [{ code: 'FOLLOW_ON_NOT_PLANNED' }],
      followOnAmount: [{ code: 'FOLLOW_ON_AMOUNT_REQUIRED' }],
    });
    expect(fieldProblem(PILOT_APPLICATION_RULES.followOnAmount, undefined, { followOnBudgeted: false })).toBeNull();
  });

  it('lists every message it can give, so the API declares a check for each', () => {
    for (const rule of Object.values(PILOT_APPLICATION_RULES)) {
      const messages = ruleMessages(rule);
      for (const value of [undefined, null, '', ' ', 'x', 0, -1, 1.5, 10 ** 13, true, false, {}]) {
        const problem = fieldProblem(rule, value, { followOnPlanned: false, followOnBudgeted: true });
        if (problem) expect(messages).toContainEqual(problem);
      }
    }
  });

  it('has an English sentence per problem for API users', () => {
    expect(problemTexts({ place: [{ code: 'FIELD_TOO_LONG', params: { max: 300 } }] })).toEqual({ place: ['place must be at most 300 characters'] });
  });
});
