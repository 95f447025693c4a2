import { VoteChoice, type AgendaItemView } from '@inno/contracts';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../../components/error-summary';
import { useFormErrors } from '../../../lib/use-form-errors';
import { useCastVote } from '../api/cast-vote';

const FIELDS = ['choice'] as const;

/**
 * A present member's vote on an item they scored, where the call asks for one: it passes only
 * with a majority of the members present in favour. Hidden until the chair closes the item.
 */
export function VoteForm({ item }: { item: AgendaItemView }) {
  const { t } = useTranslation('committee');
  const [choice, setChoice] = useState<VoteChoice | null>(item.myVote);
  const form = useFormErrors(FIELDS);
  const mutation = useCastVote();
  const id = item.id;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (mutation.isPending) return;
    if (!choice) {
      form.check({ choice: [t('vote.errors.choice')] });
      return;
    }
    form.reset();
    mutation.mutate({ itemId: id, choice }, { onError: (error) => form.fail(error) });
  }

  return (
    <form className="form vote-form" noValidate onSubmit={onSubmit} aria-labelledby={`vote-title-${id}`} data-testid={`vote-form-${id}`}>
      <h3 id={`vote-title-${id}`}>{t('vote.title')}</h3>
      <p className="field__hint">{t('vote.lead')}</p>
      <ErrorSummary form={form} testId={`vote-error-${id}`} />
      <fieldset className={`fieldset${form.errors.choice?.length ? ' field--invalid' : ''}`} aria-describedby={form.errors.choice?.length ? `vote-${id}-error` : undefined}>
        <legend>{t('vote.choice')}</legend>
        <div className="choice-list" role="radiogroup">
          {Object.values(VoteChoice).map((value) => (
            <div key={value} className="choice">
              <input
                type="radio"
                id={`vote-${id}-${value}`}
                name={`vote-${id}`}
                value={value}
                checked={choice === value}
                onChange={() => {
                  setChoice(value);
                  form.clearField('choice');
                }}
                data-testid={`vote-${id}-${value}`}
              />
              <label htmlFor={`vote-${id}-${value}`}>{t(`vote.choices.${value}`)}</label>
            </div>
          ))}
        </div>
        {form.errors.choice?.length ? (
          <div id={`vote-${id}-error`} className="field__error" role="alert">
            {form.errors.choice.map((message) => (
              <p key={message}>{message}</p>
            ))}
          </div>
        ) : null}
      </fieldset>
      {item.myVote ? (
        <p className="muted" role="status" data-testid={`vote-saved-${id}`}>
          {t('vote.saved', { choice: t(`vote.choices.${item.myVote}`) })}
        </p>
      ) : null}
      <button type="submit" className="button" data-testid={`vote-submit-${id}`} aria-disabled={mutation.isPending || undefined}>
        {mutation.isPending ? t('vote.saving') : item.myVote ? t('vote.saveAgain') : t('vote.save')}
      </button>
    </form>
  );
}
