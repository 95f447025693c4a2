import type { CallView, ProposalView } from '@inno/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useCompanyDocuments } from '../../../api/get-company-documents';
import { productQueryOptions } from '../../../api/get-product';
import { ErrorSummary } from '../../../components/error-summary';
import { isApiRequestError } from '../../../lib/api-client';
import { newPatentRow } from '../../../lib/product-form';
import { useFormErrors } from '../../../lib/use-form-errors';
import { useCreateProposal } from '../api/create-proposal';
import { useUpdateProposal } from '../api/update-proposal';
import { DocumentPicker } from './document-picker';
import { EligibilityPanel } from './eligibility-panel';
import { ProductAreaFields } from './product-area-fields';
import { ProposalContentFields } from './proposal-content-fields';
import { ProposalSummary } from '../../../components/proposal-summary';
import {
  emptyProposalValues,
  proposalChanges,
  proposalFieldNames,
  proposalValuesFrom,
  stepOfField,
  toProposalInput,
  validateProposal,
  WIZARD_STEPS,
  type ProposalValues,
  type WizardStep,
} from './proposal-values';

/**
 * Applying to a call, step by step: the product and sub-area, what the proposal
 * says, locker documents, then the eligibility check and submit. Leaving the
 * documents step saves the draft (created the first time, then patched), since
 * the rules are checked on the saved proposal.
 */
export function ProposalWizard({ call, companyId }: { call: CallView; companyId: string }) {
  const { t } = useTranslation('proposals');
  const navigate = useNavigate();
  const [step, setStep] = useState<WizardStep>('product');
  const [values, setValues] = useState<ProposalValues>(emptyProposalValues);
  const [proposal, setProposal] = useState<ProposalView | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  const known = useMemo(() => proposalFieldNames(values), [values]);
  const form = useFormErrors(known);
  const create = useCreateProposal();
  const update = useUpdateProposal();
  const documents = useCompanyDocuments(companyId);
  const queryClient = useQueryClient();
  const prefilledFor = useRef<string | null>(null);
  const saving = create.isPending || update.isPending;
  const index = WIZARD_STEPS.indexOf(step);

  // Each step's heading takes the focus, as a new page would.
  useEffect(() => {
    if (moved.current) heading.current?.focus();
  }, [step]);

  const goTo = (next: WizardStep) => {
    moved.current = true;
    setStep(next);
  };

  const change = (next: ProposalValues, touched: string[]) => {
    setValues(next);
    touched.forEach(form.clearField);
  };

  /** Shows the API's refusal on the first step holding one of its fields. */
  const showFailure = (error: unknown) => {
    form.fail(error);
    const fields = isApiRequestError(error) ? Object.keys(error.fieldErrors) : [];
    const first = WIZARD_STEPS.find((candidate) => fields.some((field) => stepOfField(field) === candidate));
    if (first && first !== step) goTo(first);
  };

  function save() {
    const done = (saved: ProposalView) => {
      setProposal(saved);
      goTo('check');
    };
    if (!proposal) {
      create.mutate(toProposalInput(call.id, values), { onSuccess: done, onError: showFailure });
      return;
    }
    const changes = proposalChanges(proposalValuesFrom(proposal), values);
    if (Object.keys(changes).length === 0) {
      goTo('check');
      return;
    }
    update.mutate({ id: proposal.id, changes }, { onSuccess: done, onError: showFailure });
  }

  /**
   * The product's TRL and patents, as recorded with it, start the content: once per product, and
   * only into fields still empty when they arrive (never over what was typed meanwhile).
   */
  async function prefillFromProduct(productId: string) {
    if (prefilledFor.current === productId) return;
    prefilledFor.current = productId;
    try {
      const product = await queryClient.fetchQuery(productQueryOptions(productId));
      setValues((current) =>
        current.productId !== productId
          ? current
          : {
              ...current,
              trl: current.trl || String(product.trl),
              patents: current.patents.length ? current.patents : product.patents.map((patent) => newPatentRow(patent)),
            },
      );
    } catch {
      // The supplier types them instead.
    }
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (saving) return;
    const found = validateProposal(values, t, [step]);
    if (!form.check(found)) return;
    if (step === 'documents') save();
    else {
      if (step === 'product' && !proposal) void prefillFromProduct(values.productId);
      goTo(WIZARD_STEPS[index + 1]);
    }
  }

  const back = () => {
    form.reset();
    goTo(WIZARD_STEPS[index - 1]);
  };

  const titles = documents.data?.filter((document) => values.documentIds.includes(document.id)).map((document) => document.title);

  return (
    <div className="wizard" data-testid="proposal-wizard">
      <ol className="steps" aria-label={t('wizard.stepsLabel')}>
        {WIZARD_STEPS.map((candidate, i) => (
          <li key={candidate} className={`steps__item${candidate === step ? ' steps__item--current' : ''}`} aria-current={candidate === step ? 'step' : undefined}>
            {t('wizard.stepLabel', { n: i + 1, name: t(`wizard.steps.${candidate}`) })}
            {i < index ? <span className="visually-hidden"> ({t('wizard.stepDone')})</span> : null}
          </li>
        ))}
      </ol>
      <h2 id="wizard-step-title" ref={heading} tabIndex={-1} data-testid="wizard-step" data-step={step}>
        {t('wizard.stepHeading', { n: index + 1, total: WIZARD_STEPS.length, name: t(`wizard.steps.${step}`) })}
      </h2>
      {step === 'check' && proposal ? (
        <>
          <p className="alert alert--info" data-testid="draft-saved">
            {t('wizard.draftSaved')}
          </p>
          <section className="card" aria-labelledby="wizard-summary-title">
            <h3 id="wizard-summary-title">{t('wizard.summaryTitle')}</h3>
            <ProposalSummary subArea={proposal.subArea} content={proposal.content} documentTitles={titles} testId="wizard-summary" />
          </section>
          <EligibilityPanel proposal={proposal} onSubmitted={(submitted) => navigate(`/my/proposals/${submitted.id}`, { state: { submitted: true } })} />
          <div className="button-row">
            <button type="button" className="button button--secondary" onClick={back} data-testid="wizard-back">
              {t('wizard.back')}
            </button>
          </div>
        </>
      ) : (
        <form className="form" noValidate onSubmit={onSubmit} aria-labelledby="wizard-step-title" data-testid="wizard-form">
          <ErrorSummary form={form} />
          {step === 'product' ? (
            <ProductAreaFields
              idPrefix="proposal"
              call={call}
              companyId={companyId}
              values={values}
              errors={form.errors}
              productLocked={proposal !== null}
              onChange={change}
            />
          ) : null}
          {step === 'content' ? <ProposalContentFields idPrefix="proposal" values={values} errors={form.errors} onChange={change} /> : null}
          {step === 'documents' ? (
            <DocumentPicker
              idPrefix="proposal-documents"
              companyId={companyId}
              value={values.documentIds}
              errors={form.errors.documentIds}
              onChange={(ids) => change({ ...values, documentIds: ids }, ['documentIds'])}
            />
          ) : null}
          <div className="button-row">
            {index > 0 ? (
              <button type="button" className="button button--secondary" onClick={back} data-testid="wizard-back">
                {t('wizard.back')}
              </button>
            ) : null}
            <button type="submit" className="button" data-testid="wizard-next" aria-disabled={saving || undefined}>
              {step === 'documents' ? (saving ? t('wizard.saving') : t('wizard.saveAndCheck')) : t('wizard.next')}
            </button>
          </div>
        </form>
      )}
    </div>
  );
}
