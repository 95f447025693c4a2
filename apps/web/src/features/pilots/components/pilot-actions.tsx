import { PilotAction, type PilotView } from '@inno/contracts';
import { useEffect, useRef, useState } from 'react';
import { ErrorSummary } from '../../../components/error-summary';
import { TextAreaField } from '../../../components/field';
import { useFormErrors } from '../../../lib/use-form-errors';
import { REASON_REQUIRED, useMovePilot, type PilotMove } from '../api/move-pilot';
import { usePilotsTranslation } from './pilots-i18n';

/** The order the buttons come in, following the pilot's course. */
export const MOVE_ORDER: readonly PilotMove[] = [
  PilotAction.MATCH,
  PilotAction.DECLINE,
  PilotAction.WITHDRAW,
  PilotAction.CONTRACT,
  PilotAction.DELIVER,
  PilotAction.START_USE,
  PilotAction.JUDGE_SUCCESS,
  PilotAction.JUDGE_INSUFFICIENT,
  PilotAction.COMPLETE_CORRECTIVE_ACTION,
  PilotAction.REFUSE_CORRECTIVE_ACTION,
];

/** Moves that ask first, with a reason field: the ones that end or judge the pilot. */
const ASK_FIRST: readonly PilotMove[] = [
  PilotAction.DECLINE,
  PilotAction.WITHDRAW,
  PilotAction.JUDGE_INSUFFICIENT,
  PilotAction.REFUSE_CORRECTIVE_ACTION,
];

const REASON_MAX = 2000;

/**
 * The moves the API offers this viewer now (`availableActions`), as buttons; the
 * result report has its own form. Declining and judging insufficient require a reason.
 */
export function PilotActions({ pilot, only, onDone, describedBy, emptyText }: {
  pilot: PilotView;
  /** Show only these moves (the operator's page puts each where it belongs). */
  only?: readonly PilotMove[];
  onDone?: (message: string, pilot: PilotView) => void;
  /** The id of what names the pilot, so each button says which one it moves. */
  describedBy?: string;
  /** Said when there is no move to make; nothing is shown without it. */
  emptyText?: string;
}) {
  const { t } = usePilotsTranslation();
  const move = useMovePilot();
  const form = useFormErrors(['reason']);
  const [asking, setAsking] = useState<PilotMove | null>(null);
  const [reason, setReason] = useState('');
  const buttons = useRef(new Map<PilotMove, HTMLButtonElement>());
  const returnFocus = useRef<PilotMove | null>(null);
  const actions = MOVE_ORDER.filter((action) => pilot.availableActions.includes(action) && (!only || only.includes(action)));
  const idPrefix = `pilot-${pilot.id}`;

  // Cancelling a question returns the focus to its button.
  useEffect(() => {
    if (asking === null && returnFocus.current) {
      buttons.current.get(returnFocus.current)?.focus();
      returnFocus.current = null;
    }
  }, [asking]);

  if (actions.length === 0) {
    return emptyText ? <p className="muted">{emptyText}</p> : null;
  }

  const run = (action: PilotMove) => {
    if (move.isPending) return;
    const trimmed = reason.trim();
    if (REASON_REQUIRED.includes(action) && !form.check(trimmed ? {} : { reason: [t('actions.reasonRequired')] })) return;
    form.reset();
    move.mutate(
      { id: pilot.id, action, reason: ASK_FIRST.includes(action) ? trimmed || undefined : undefined },
      {
        onSuccess: (moved) => {
          setAsking(null);
          setReason('');
          onDone?.(t(`actions.done.${action}`, { product: moved.product.nameKo }), moved);
        },
        onError: (error) => form.fail(error),
      },
    );
  };

  const open = (action: PilotMove) => {
    form.reset();
    setReason('');
    setAsking(action);
  };

  return (
    <div className="pilot-actions" data-testid="pilot-actions">
      {!asking ? <ErrorSummary form={form} testId="pilot-action-error" /> : null}
      {asking ? (
        <div role="group" aria-labelledby={`${idPrefix}-ask-title`} className="form" data-testid={`pilot-ask-${asking}`}>
          <p id={`${idPrefix}-ask-title`} className="alert alert--info">
            {t(`actions.ask.${asking}`, { product: pilot.product.nameKo, institution: pilot.institution.name })}
          </p>
          <ErrorSummary form={form} testId="pilot-action-error" />
          <TextAreaField
            id={`${idPrefix}-${asking}-reason`}
            label={t('actions.reason')}
            hint={REASON_REQUIRED.includes(asking) ? t('actions.reasonRequiredHint') : t('actions.reasonOptionalHint')}
            required={REASON_REQUIRED.includes(asking)}
            rows={3}
            maxLength={REASON_MAX}
            autoFocus
            value={reason}
            onChange={(e) => {
              setReason(e.target.value);
              form.clearField('reason');
            }}
            errors={form.errors.reason}
            data-testid={`pilot-reason-${asking}`}
          />
          <div className="button-row">
            <button
              type="button"
              className={`button${asking === PilotAction.JUDGE_INSUFFICIENT || asking === PilotAction.DECLINE ? '' : ' button--danger'}`}
              data-testid={`pilot-confirm-${asking}`}
              aria-disabled={move.isPending || undefined}
              onClick={() => run(asking)}
            >
              {t(`actions.confirm.${asking}`)}
            </button>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                returnFocus.current = asking;
                form.reset();
                setAsking(null);
              }}
            >
              {t('common.cancel')}
            </button>
          </div>
        </div>
      ) : (
        <div className="button-row">
          {actions.map((action) => (
            <button
              key={action}
              ref={(element) => {
                if (element) buttons.current.set(action, element);
                else buttons.current.delete(action);
              }}
              type="button"
              className={`button${ASK_FIRST.includes(action) ? ' button--secondary' : ''}`}
              data-testid={`pilot-action-${action}`}
              data-action={action}
              aria-describedby={describedBy}
              aria-disabled={move.isPending || undefined}
              onClick={() => (ASK_FIRST.includes(action) ? open(action) : run(action))}
            >
              {move.isPending && move.variables?.action === action ? t('actions.working') : t(`actions.label.${action}`)}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
