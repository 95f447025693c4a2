import { designationMachine, Role, type ProductDetail } from '@inno/contracts';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { StatusMessage } from '../../../components/alerts';
import { ErrorSummary } from '../../../components/error-summary';
import { DescriptionList } from '../../../components/description-list';
import { DesignationStatusBadge } from '../../../components/designation-status-badge';
import { TextAreaField } from '../../../components/field';
import { formatDay } from '../../../lib/format';
import { useFormErrors } from '../../../lib/use-form-errors';
import { parseLines } from '../../../lib/validation';
import { useChangeDesignation, type DesignationMove } from '../api/change-designation';

const MOVES: readonly DesignationMove[] = ['suspend', 'reinstate', 'revoke'];
const REASON_MIN = 5;

/**
 * The product's designation and the moves the operator may make on it now
 * (`designationMachine`): suspend trading, reinstate it, or revoke the designation, each with published reasons.
 */
export function DesignationActions({ product }: { product: ProductDetail }) {
  const { t, i18n } = useTranslation('designations');
  const [move, setMove] = useState<DesignationMove | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const moves = designationMachine.availableActions(product.status, Role.OPERATOR).filter((action): action is DesignationMove =>
    (MOVES as readonly string[]).includes(action),
  );

  return (
    <section className="card" aria-labelledby="designation-product-title" data-testid="designation-product">
      <h2 id="designation-product-title">
        <span lang="ko">{product.nameKo}</span> <DesignationStatusBadge status={product.status} testId="designation-status" />
      </h2>
      <DescriptionList
        items={[
          { key: 'company', term: t('actions.company'), value: product.company.name },
          { key: 'goodsId', term: t('actions.goodsId'), value: <span className="mono">{product.goodsId}</span> },
          {
            key: 'validUntil',
            term: t('actions.validUntil'),
            value: product.designation ? formatDay(product.designation.validUntil, i18n.language) : t('actions.none'),
          },
        ]}
      />
      {done ? <StatusMessage testId="designation-done">{done}</StatusMessage> : null}
      {moves.length === 0 ? <p className="muted">{t('actions.noMoves')}</p> : null}
      {move ? (
        <MoveForm
          key={move}
          product={product}
          move={move}
          onCancel={() => setMove(null)}
          onDone={(message) => {
            setMove(null);
            setDone(message);
          }}
        />
      ) : (
        <div className="button-row">
          {moves.map((candidate) => (
            <button
              key={candidate}
              type="button"
              className={`button${candidate === 'reinstate' ? '' : ' button--danger'}`}
              data-testid={`designation-${candidate}`}
              onClick={() => {
                setDone(null);
                setMove(candidate);
              }}
            >
              {t(`actions.move.${candidate}`)}
            </button>
          ))}
        </div>
      )}
    </section>
  );
}

function MoveForm({ product, move, onDone, onCancel }: {
  product: ProductDetail;
  move: DesignationMove;
  onDone: (message: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation('designations');
  const field = move === 'revoke' ? 'reasons' : 'reason';
  const [text, setText] = useState('');
  const form = useFormErrors([field]);
  const mutation = useChangeDesignation();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (mutation.isPending) return;
    const reasons = move === 'revoke' ? parseLines(text) : [text.trim()];
    const tooShort = reasons.length === 0 || reasons.some((reason) => reason.length < REASON_MIN);
    if (!form.check(tooShort ? { [field]: [t('actions.errors.reason', { min: REASON_MIN })] } : {})) return;
    mutation.mutate(
      { productId: product.id, action: move, reasons },
      { onSuccess: () => onDone(t(`actions.done.${move}`, { name: product.nameKo })), onError: (error) => form.fail(error) },
    );
  }

  return (
    <form className="form" noValidate onSubmit={onSubmit} aria-labelledby="move-title" data-testid={`designation-form-${move}`}>
      <h3 id="move-title">{t(`actions.move.${move}`)}</h3>
      <p className="field__hint">{t(`actions.lead.${move}`)}</p>
      <ErrorSummary form={form} testId="designation-error" />
      <TextAreaField
        id={`designation-${field}`}
        label={move === 'revoke' ? t('actions.reasons') : t('actions.reason')}
        hint={move === 'revoke' ? t('actions.reasonsHint', { min: REASON_MIN }) : t('actions.reasonHint', { min: REASON_MIN })}
        required
        rows={move === 'revoke' ? 4 : 3}
        maxLength={move === 'revoke' ? 20_000 : 2000}
        autoFocus
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          form.clearField(field);
        }}
        errors={form.errors[field]}
      />
      <div className="button-row">
        <button
          type="submit"
          className={`button${move === 'reinstate' ? '' : ' button--danger'}`}
          data-testid="designation-confirm"
          aria-disabled={mutation.isPending || undefined}
        >
          {t(`actions.confirm.${move}`)}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('actions.cancel')}
        </button>
      </div>
    </form>
  );
}
