import type { AgendaItemView } from '@inno/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/alerts';
import { describeFormFailure, type FormAlert } from '../../../lib/api-errors';
import { useCloseItem } from '../api/close-item';

/** Quorum: more than half of the members not recused have scored. */
export function quorumOf(item: Pick<AgendaItemView, 'scoredCount' | 'eligibleCount'>) {
  const needed = Math.floor(item.eligibleCount / 2) + 1;
  return { needed, met: item.scoredCount * 2 > item.eligibleCount };
}

/**
 * The chair's console on an item: how many have scored of those who may
 * (never the scores), whether that makes a quorum, and closing the item.
 */
export function ChairConsole({ item, onRefresh, refreshing }: { item: AgendaItemView; onRefresh: () => void; refreshing: boolean }) {
  const { t } = useTranslation('committee');
  const { t: tc } = useTranslation();
  const close = useCloseItem();
  const [alert, setAlert] = useState<FormAlert | null>(null);
  const { needed, met } = quorumOf(item);
  const id = item.id;

  return (
    <section className="chair-console" aria-labelledby={`chair-title-${id}`} data-testid={`chair-console-${id}`}>
      <h3 id={`chair-title-${id}`}>{t('chair.title')}</h3>
      <p id={`quorum-${id}`} className={`quorum quorum--${met ? 'met' : 'short'}`} data-testid={`quorum-${id}`} data-met={met} aria-live="polite">
        {t('chair.quorum', { scored: item.scoredCount, eligible: item.eligibleCount, needed })}{' '}
        <strong>{met ? t('chair.quorumMet') : t('chair.quorumShort')}</strong>
      </p>
      {alert ? <ErrorAlert {...alert} testId={`close-error-${id}`} /> : null}
      {item.status === 'OPEN' ? (
        <div className="button-row">
          <button
            type="button"
            className="button"
            data-testid={`close-item-${id}`}
            aria-describedby={`quorum-${id}`}
            aria-disabled={close.isPending || undefined}
            onClick={() => {
              if (close.isPending) return;
              setAlert(null);
              close.mutate(id, {
                onError: (error) => {
                  setAlert(describeFormFailure(error, tc, []).alert);
                  onRefresh();
                },
              });
            }}
          >
            {close.isPending ? t('chair.closing') : t('chair.close')}
          </button>
          <button type="button" className="button button--secondary" onClick={onRefresh} aria-disabled={refreshing || undefined} data-testid={`refresh-${id}`}>
            {t('chair.refresh')}
          </button>
        </div>
      ) : null}
    </section>
  );
}
