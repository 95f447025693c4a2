import type { CallView, ProposalView } from '@inno/contracts';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../../components/error-summary';
import { useFormErrors } from '../../../lib/use-form-errors';
import { useUpdateProposal } from '../api/update-proposal';
import { DocumentPicker } from './document-picker';
import { ProductAreaFields } from './product-area-fields';
import { ProposalContentFields } from './proposal-content-fields';
import { proposalChanges, proposalFieldNames, proposalValuesFrom, validateProposal, type ProposalValues } from './proposal-values';

/**
 * Edits a saved proposal (only what changed is sent). While a supplement is
 * requested the edits are kept as the supplement draft until it is submitted.
 */
export function ProposalEditForm({ proposal, call, onSaved, onCancel }: {
  proposal: ProposalView;
  call: CallView;
  onSaved: (message: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation('proposals');
  const [values, setValues] = useState<ProposalValues>(() => proposalValuesFrom(proposal));
  const known = useMemo(() => proposalFieldNames(values), [values]);
  const form = useFormErrors(known);
  const mutation = useUpdateProposal();
  const supplement = proposal.status === 'SUPPLEMENT_REQUESTED';

  const change = (next: ProposalValues, touched: string[]) => {
    setValues(next);
    touched.forEach(form.clearField);
  };

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (mutation.isPending) return;
    if (!form.check(validateProposal(values, t, ['product', 'content']))) return;
    const changes = proposalChanges(proposalValuesFrom(proposal), values);
    if (Object.keys(changes).length === 0) {
      onSaved(t('detail.nothingChanged'));
      return;
    }
    mutation.mutate(
      { id: proposal.id, changes },
      {
        onSuccess: () => onSaved(supplement ? t('detail.supplementSaved') : t('detail.saved')),
        onError: (error) => form.fail(error),
      },
    );
  }

  return (
    <form className="form" noValidate onSubmit={onSubmit} aria-labelledby="proposal-edit-title" data-testid="proposal-edit-form">
      <h2 id="proposal-edit-title">{supplement ? t('detail.editSupplementTitle') : t('detail.editTitle')}</h2>
      {supplement ? <p className="alert alert--info">{t('detail.supplementEditNote')}</p> : null}
      <ErrorSummary form={form} />
      <ProductAreaFields idPrefix="proposal-edit" call={call} companyId={proposal.company.id} values={values} errors={form.errors} productLocked onChange={change} />
      <ProposalContentFields idPrefix="proposal-edit" values={values} errors={form.errors} onChange={change} />
      <DocumentPicker
        idPrefix="proposal-edit-documents"
        companyId={proposal.company.id}
        value={values.documentIds}
        errors={form.errors.documentIds}
        onChange={(ids) => change({ ...values, documentIds: ids }, ['documentIds'])}
      />
      <div className="button-row">
        <button type="submit" className="button" data-testid="proposal-save" aria-disabled={mutation.isPending || undefined}>
          {mutation.isPending ? t('detail.saving') : t('detail.save')}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('detail.cancel')}
        </button>
      </div>
    </form>
  );
}
