import { OrderAction, orderReasonRequired, ORDER_LIMITS, type OrderView } from '@inno/contracts';
import { useEffect, useRef, useState } from 'react';
import { ErrorSummary } from '../../../components/error-summary';
import { TextAreaField, TextField } from '../../../components/field';
import { todayIso } from '../../../lib/format';
import { useFormErrors } from '../../../lib/use-form-errors';
import { useMoveOrder } from '../api/move-order';
import { useOrdersTranslation } from './orders-i18n';

/** The buttons in the order's course. */
const MOVE_ORDER: readonly OrderAction[] = [OrderAction.ACCEPT, OrderAction.DELIVER, OrderAction.INSPECT, OrderAction.PAY, OrderAction.DECLINE, OrderAction.CANCEL];
/** Steps recorded with the day they happened. */
const DATED: readonly OrderAction[] = [OrderAction.DELIVER, OrderAction.INSPECT, OrderAction.PAY];
const ENDING: readonly OrderAction[] = [OrderAction.DECLINE, OrderAction.CANCEL];
const DATE_LABEL = { deliver: 'actions.dateLabel.deliver', inspect: 'actions.dateLabel.inspect', pay: 'actions.dateLabel.pay' } as const;

/**
 * The moves the API offers this viewer now (`availableActions`). Accepting is one click; a step
 * asks for its date (today by default) and a note; declining, and cancelling once accepted, a reason.
 */
export function OrderActions({ order, onDone }: { order: OrderView; onDone: (message: string) => void }) {
  const { t } = useOrdersTranslation();
  const move = useMoveOrder();
  const form = useFormErrors(['reason', 'on', 'note']);
  const [asking, setAsking] = useState<OrderAction | null>(null);
  const [reason, setReason] = useState('');
  const [on, setOn] = useState(todayIso());
  const [note, setNote] = useState('');
  const buttons = useRef(new Map<OrderAction, HTMLButtonElement>());
  const returnFocus = useRef<OrderAction | null>(null);
  const actions = MOVE_ORDER.filter((action) => order.availableActions.includes(action));

  useEffect(() => {
    if (asking === null && returnFocus.current) {
      buttons.current.get(returnFocus.current)?.focus();
      returnFocus.current = null;
    }
  }, [asking]);

  if (actions.length === 0) return <p className="muted">{t('actions.none')}</p>;

  const run = (action: OrderAction) => {
    if (move.isPending) return;
    const needsReason = orderReasonRequired(order.status, action);
    if (needsReason && !form.check(reason.trim() ? {} : { reason: [t('actions.reasonRequired')] })) return;
    if (DATED.includes(action) && !form.check(on ? {} : { on: [t('actions.dateRequired')] })) return;
    form.reset();
    move.mutate(
      { id: order.id, action, ...(ENDING.includes(action) ? { reason: reason.trim() || undefined } : {}), ...(DATED.includes(action) ? { on, note: note.trim() || undefined } : {}) },
      {
        onSuccess: (moved) => {
          setAsking(null);
          onDone(t(`actions.done.${action}`, { product: moved.product.nameKo }));
        },
        onError: (error) => form.fail(error),
      },
    );
  };

  const open = (action: OrderAction) => {
    form.reset();
    setReason('');
    setNote('');
    setOn(todayIso());
    setAsking(action);
  };

  if (asking) {
    const needsReason = orderReasonRequired(order.status, asking);
    return (
      <div role="group" aria-labelledby="order-ask-title" className="form" data-testid={`order-ask-${asking}`}>
        <p id="order-ask-title" className="alert alert--info">
          {t(`actions.ask.${asking}`, { product: order.product.nameKo, institution: order.institution.name })}
        </p>
        <ErrorSummary form={form} testId="order-action-error" />
        {DATED.includes(asking) ? (
          <>
            <TextField
              id="order-step-on"
              type="date"
              label={t(DATE_LABEL[asking as keyof typeof DATE_LABEL])}
              required
              max={todayIso()}
              value={on}
              onChange={(e) => {
                setOn(e.target.value);
                form.clearField('on');
              }}
              errors={form.errors.on}
              data-testid="order-step-on"
            />
            <TextAreaField
              id="order-step-note"
              label={t('actions.note')}
              rows={2}
              maxLength={ORDER_LIMITS.note.max}
              value={note}
              onChange={(e) => setNote(e.target.value)}
              errors={form.errors.note}
              data-testid="order-step-note"
            />
          </>
        ) : (
          <TextAreaField
            id="order-reason"
            label={t('actions.reason')}
            hint={needsReason ? t('actions.reasonRequiredHint') : t('actions.reasonOptionalHint')}
            required={needsReason}
            rows={3}
            maxLength={ORDER_LIMITS.reason.max}
            autoFocus
            value={reason}
            onChange={(e) => {
              setReason(e.target.value);
              form.clearField('reason');
            }}
            errors={form.errors.reason}
            data-testid="order-reason"
          />
        )}
        <div className="button-row">
          <button
            type="button"
            className={`button${ENDING.includes(asking) ? ' button--danger' : ''}`}
            data-testid={`order-confirm-${asking}`}
            aria-disabled={move.isPending || undefined}
            onClick={() => run(asking)}
          >
            {move.isPending ? t('actions.working') : t(`actions.confirm.${asking}`)}
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
            {t('actions.back')}
          </button>
        </div>
      </div>
    );
  }

  return (
    <div className="order-actions" data-testid="order-actions">
      <ErrorSummary form={form} testId="order-action-error" />
      <div className="button-row">
        {actions.map((action) => (
          <button
            key={action}
            ref={(element) => {
              if (element) buttons.current.set(action, element);
              else buttons.current.delete(action);
            }}
            type="button"
            className={`button${ENDING.includes(action) ? ' button--secondary' : ''}`}
            data-testid={`order-action-${action}`}
            aria-describedby="order-title"
            aria-disabled={move.isPending || undefined}
            onClick={() => (action === OrderAction.ACCEPT ? run(action) : open(action))}
          >
            {move.isPending && move.variables?.action === action ? t('actions.working') : t(`actions.label.${action}`)}
          </button>
        ))}
      </div>
    </div>
  );
}
