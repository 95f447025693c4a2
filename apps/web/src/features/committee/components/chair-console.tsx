import type { AgendaItemView } from '@inno/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/alerts';
import { describeFormFailure, type FormAlert } from '../../../lib/api-errors';
import { useCloseItem } from '../api/close-item';

/** Quorum (domain.md §3.6): more than half of the members not recused are present. */
export function quorumOf(item: Pick<AgendaItemView, 'presentCount' | 'eligibleCount'>) {
  const needed = Math.floor(item.eligibleCount / 2) + 1;
  return { needed, met: item.presentCount * 2 > item.eligibleCount };
}

/**
 * The chair's console on an item: how many of those who may are present and
 * whether that makes a quorum, how many of them have scored and voted (never
 * the scores or votes), and closing the item.
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
        {t('chair.quorum', { present: item.presentCount, eligible: item.eligibleCount, needed })}{' '}
        <strong>{met ? t('chair.quorumMet') : t('chair.quorumShort')}</strong>
      </p>
      <p className="muted" data-testid={`progress-${id}`}>
        {t('chair.scored', { scored: item.scoredCount, present: item.presentCount })}
        {item.voteRequired ? ` ${t('chair.voted', { voted: item.votedCount, present: item.presentCount })}` : null}
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
