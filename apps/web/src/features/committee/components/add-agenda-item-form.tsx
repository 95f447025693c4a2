import { ProposalStatus, type SessionView } from '@inno/contracts';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useProposals } from '../../../api/get-proposals';
import { ErrorAlert, StatusMessage } from '../../../components/alerts';
import { SelectField } from '../../../components/field';
import { useFormErrors } from '../../../lib/use-form-errors';
import { useAddAgendaItem } from '../api/add-agenda-item';

const FIELDS = ['proposalId'] as const;

/** Puts a proposal that passed screening (EVALUATION) on the session's agenda. */
export function AddAgendaItemForm({ session }: { session: SessionView }) {
  const { t } = useTranslation('committee');
  const [proposalId, setProposalId] = useState('');
  const [added, setAdded] = useState<string | null>(null);
  const form = useFormErrors(FIELDS);
  const proposals = useProposals({ status: ProposalStatus.EVALUATION, page: 1, pageSize: 100 });
  const mutation = useAddAgendaItem();
  const onAgenda = new Set(session.items.map((item) => item.proposalId));
  const candidates = (proposals.data?.items ?? []).filter((proposal) => !onAgenda.has(proposal.id));

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (mutation.isPending) return;
    setAdded(null);
    if (!form.check(proposalId ? {} : { proposalId: [t('agenda.errors.proposal')] })) return;
    const name = candidates.find((proposal) => proposal.id === proposalId)?.product.nameKo ?? '';
    mutation.mutate(
      { sessionId: session.id, proposalId },
      {
        onSuccess: () => {
          setAdded(name);
          setProposalId('');
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
      {form.alert ? <ErrorAlert {...form.alert} testId="add-item-error" /> : null}
      {added ? <StatusMessage testId="add-item-done">{t('agenda.added', { name: added })}</StatusMessage> : null}
      <SelectField
        id="agenda-proposalId"
        label={t('agenda.proposal')}
        hint={proposals.data && candidates.length === 0 ? t('agenda.noCandidates') : t('agenda.proposalHint')}
        required
        value={proposalId}
        aria-busy={proposals.isPending || undefined}
        onChange={(e) => {
          setProposalId(e.target.value);
          form.clearField('proposalId');
        }}
        errors={form.errors.proposalId}
      >
        <option value="">{t('agenda.proposalPlaceholder')}</option>
        {candidates.map((proposal) => (
          <option key={proposal.id} value={proposal.id}>
            {t('agenda.proposalOption', { product: proposal.product.nameKo, company: proposal.company.name, call: proposal.call.title })}
            {proposal.screeningWaived ? ` ${t('agenda.screeningWaived')}` : ''}
          </option>
        ))}
      </SelectField>
      <button type="submit" className="button" data-testid="add-item-submit" aria-disabled={mutation.isPending || undefined}>
        {mutation.isPending ? t('agenda.adding') : t('agenda.add')}
      </button>
    </form>
  );
}
