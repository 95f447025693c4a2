import { ProposalStatus, type SessionView } from '@inno/contracts';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useProposals } from '../../../api/get-proposals';
import { StatusMessage } from '../../../components/alerts';
import { ErrorSummary } from '../../../components/error-summary';
import { SelectField } from '../../../components/field';
import { useFormErrors } from '../../../lib/use-form-errors';
import { useAddAgendaItem } from '../api/add-agenda-item';
import { useChallengesToSelect } from '../api/get-challenges-to-select';

const FIELDS = ['proposalId', 'challengeId'] as const;

/**
 * Puts on the session's agenda a proposal that passed screening (EVALUATION), or a challenge proposed
 * into a closed call for challenges whose challenges the committee selects.
 */
export function AddAgendaItemForm({ session }: { session: SessionView }) {
  const { t } = useTranslation('committee');
  const [choice, setChoice] = useState('');
  const [added, setAdded] = useState<string | null>(null);
  const form = useFormErrors(FIELDS);
  const proposals = useProposals({ status: ProposalStatus.EVALUATION, page: 1, pageSize: 100 });
  const challenges = useChallengesToSelect();
  const mutation = useAddAgendaItem();
  const onAgenda = new Set(session.items.flatMap((item) => [item.proposalId, item.challengeId]));
  const candidates = (proposals.data?.items ?? []).filter((proposal) => !onAgenda.has(proposal.id));
  const challengeCandidates = (challenges.data ?? []).filter((challenge) => !onAgenda.has(challenge.id));
  const loaded = proposals.data && !challenges.isPending;

  const proposalOptions = candidates.map((proposal) => (
    <option key={proposal.id} value={proposal.id}>
      {t('agenda.proposalOption', { product: proposal.product.nameKo, company: proposal.company.name, call: proposal.call.title })}
      {proposal.screeningWaived ? ` ${t('agenda.screeningWaived')}` : ''}
    </option>
  ));

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (mutation.isPending) return;
    setAdded(null);
    if (!form.check(choice ? {} : { proposalId: [t('agenda.errors.proposal')] })) return;
    const subject = challengeCandidates.some((challenge) => challenge.id === choice) ? { challengeId: choice } : { proposalId: choice };
    const name =
      'challengeId' in subject
        ? (challengeCandidates.find((challenge) => challenge.id === subject.challengeId)?.title ?? '')
        : (candidates.find((proposal) => proposal.id === subject.proposalId)?.product.nameKo ?? '');
    mutation.mutate(
      { sessionId: session.id, ...subject },
      {
        onSuccess: () => {
          setAdded(name);
          setChoice('');
        },
        onError: (error) => form.fail(error),
      },
    );
  }

  return (
    <form className="form form--inline" noValidate onSubmit={onSubmit} aria-labelledby="add-item-title" data-testid="add-agenda-item">
      <h3 id="add-item-title" className="visually-hidden">
        {t('agenda.addTitle')}
      </h3>
      <ErrorSummary form={form} testId="add-item-error" />
      {added ? <StatusMessage testId="add-item-done">{t('agenda.added', { name: added })}</StatusMessage> : null}
      <SelectField
        id="agenda-proposalId"
        label={t('agenda.proposal')}
        hint={loaded && candidates.length + challengeCandidates.length === 0 ? t('agenda.noCandidates') : t('agenda.proposalHint')}
        required
        value={choice}
        aria-busy={proposals.isPending || challenges.isPending || undefined}
        onChange={(e) => {
          setChoice(e.target.value);
          form.clearField('proposalId');
          form.clearField('challengeId');
        }}
        errors={form.errors.proposalId ?? form.errors.challengeId}
      >
        <option value="">{t('agenda.proposalPlaceholder')}</option>
        {challengeCandidates.length ? (
          <>
            {candidates.length ? <optgroup label={t('agenda.proposalsGroup')}>{proposalOptions}</optgroup> : null}
            <optgroup label={t('agenda.challengesGroup')}>
              {challengeCandidates.map((challenge) => (
                <option key={challenge.id} value={challenge.id}>
                  {t('agenda.proposalOption', { product: challenge.title, company: challenge.institution.name, call: challenge.call?.title ?? '' })}
                </option>
              ))}
            </optgroup>
          </>
        ) : (
          proposalOptions
        )}
      </SelectField>
      <button type="submit" className="button" data-testid="add-item-submit" aria-disabled={mutation.isPending || undefined}>
        {mutation.isPending ? t('agenda.adding') : t('agenda.add')}
      </button>
    </form>
  );
}
