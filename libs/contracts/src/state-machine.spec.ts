import { Role, UserStatus } from './roles';
import { defineStateMachine } from './state-machine';
import { UserAction, userStatusMachine } from './user-status.machine';

describe('state machine helper', () => {
  type S = 'DRAFT' | 'SUBMITTED' | 'CLOSED';
  const machine = /* @__PURE__ */ defineStateMachine<S, 'submit' | 'close', Role, { open: boolean }>('proposal', [
    {
      action: 'submit',
      from: ['DRAFT'],
      to: 'SUBMITTED',
      roles: [Role.SUPPLIER],
      guard: (c) => (c.open ? null : { code: 'CALL_NOT_OPEN', text: 'the call is closed' }),
    },
    { action: 'close', from: ['DRAFT', 'SUBMITTED'], to: 'CLOSED', roles: [Role.OPERATOR] },
  ]);

  it('allows a move from the right state by the right role', () => {
    expect(machine.check('DRAFT', 'submit', Role.SUPPLIER, { open: true })).toEqual({ ok: true, to: 'SUBMITTED' });
  });

  it('names why a move is refused: state, role, guard', () => {
    expect(machine.check('SUBMITTED', 'submit', Role.SUPPLIER, { open: true })).toMatchObject({ ok: false, reason: 'WRONG_STATE' });
    expect(machine.check('DRAFT', 'submit', Role.BUYER, { open: true })).toMatchObject({ ok: false, reason: 'FORBIDDEN_ROLE' });
    expect(machine.check('DRAFT', 'submit', Role.SUPPLIER, { open: false })).toEqual({
      ok: false,
      reason: 'GUARD',
      message: 'the call is closed',
      refusal: { code: 'CALL_NOT_OPEN' },
    });
  });

  it('lists the actions available to a role', () => {
    expect(machine.availableActions('DRAFT', Role.OPERATOR)).toEqual(['close']);
    expect(machine.availableActions('DRAFT', Role.SUPPLIER, { open: false })).toEqual([]);
    expect(machine.availableActions('CLOSED', Role.OPERATOR)).toEqual([]);
  });

  it('encodes the account lifecycle', () => {
    expect(userStatusMachine.check(UserStatus.PENDING, UserAction.APPROVE, Role.OPERATOR)).toEqual({ ok: true, to: UserStatus.ACTIVE });
    expect(userStatusMachine.check(UserStatus.ACTIVE, UserAction.APPROVE, Role.OPERATOR)).toMatchObject({ reason: 'WRONG_STATE' });
    expect(userStatusMachine.check(UserStatus.ACTIVE, UserAction.DISABLE, Role.OPERATOR)).toMatchObject({ reason: 'FORBIDDEN_ROLE' });
  });
});
