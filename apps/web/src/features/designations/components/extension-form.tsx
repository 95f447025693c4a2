import { ExtensionBasis, type RuleResult } from '@inno/contracts';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { StatusMessage } from '../../../components/alerts';
import { ErrorSummary } from '../../../components/error-summary';
import { TextAreaField } from '../../../components/field';
import { RuleResults } from '../../../components/rule-results';
import { ruleLabel } from '../../../lib/rules';
import { useFormErrors } from '../../../lib/use-form-errors';
import type { FieldErrors } from '../../../lib/validation';
import { useCreateExtensionRequest } from '../api/create-extension-request';

const FIELDS = ['basis', 'evidence'] as const;
const BASES = Object.values(ExtensionBasis);
const EVIDENCE_MIN = 10;

/**
 * Applying to extend a designation: the extension rules with pass or fail and
 * why, the basis it qualifies on and the evidence. Applying stays disabled
 * while a rule fails; a refusal's 409 `details` show under their rules.
 */
export function ExtensionForm({ productId, rules, pending }: { productId: string; rules: RuleResult[]; pending: boolean }) {
  const { t } = useTranslation(['designations', 'workflow']);
  const { t: tw } = useTranslation('workflow');
  const [basis, setBasis] = useState<ExtensionBasis | ''>('');
  const [evidence, setEvidence] = useState('');
  const [sent, setSent] = useState(false);
  // A refusal's `details` are keyed by field (basis, evidence) or by rule.
  const known = useMemo(() => [...FIELDS, ...rules.map((rule) => rule.rule)], [rules]);
  const form = useFormErrors(known);
  const refusals = Object.fromEntries(rules.filter((rule) => form.errors[rule.rule]).map((rule) => [rule.rule, form.errors[rule.rule]]));
  const mutation = useCreateExtensionRequest();
  const failing = rules.filter((rule) => !rule.passed);
  const blocked = failing.length > 0 || pending;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (blocked || mutation.isPending) return;
    setSent(false);
    const errors: FieldErrors = {};
    if (!basis) errors.basis = [t('extension.errors.basis')];
    if (evidence.trim().length < EVIDENCE_MIN) errors.evidence = [t('extension.errors.evidence', { min: EVIDENCE_MIN })];
    if (!form.check(errors)) return;
    mutation.mutate(
      { productId, basis: basis as ExtensionBasis, evidence: evidence.trim() },
      {
        onSuccess: () => {
          setSent(true);
          setBasis('');
          setEvidence('');
        },
        onError: (error) => form.fail(error),
      },
    );
  }

  const basisErrorId = 'extension-basis-error';

  return (
    <>
      <section className="card" aria-labelledby="extension-rules-title">
        <h2 id="extension-rules-title">{t('extension.rulesTitle')}</h2>
        <p className="muted">{t('extension.rulesLead')}</p>
        <RuleResults rules={rules} refusals={refusals} testId="extension-rules" labelledBy="extension-rules-title" />
      </section>
      <form className="form card" noValidate onSubmit={onSubmit} aria-labelledby="extension-form-title" data-testid="extension-form">
        <h2 id="extension-form-title">{t('extension.formTitle')}</h2>
        <ErrorSummary form={form} testId="extension-error" />
        {sent ? <StatusMessage testId="extension-sent">{t('extension.sent')}</StatusMessage> : null}
        <fieldset className="fieldset" aria-describedby={form.errors.basis?.length ? basisErrorId : undefined}>
          <legend>
            {t('extension.basis')}
            <span className="required-mark">
              <span aria-hidden="true"> *</span>
            </span>
          </legend>
          <div className="choice-list" role="radiogroup" aria-label={t('extension.basis')}>
            {BASES.map((value) => (
              <div key={value} className="choice">
                <input
                  type="radio"
                  id={`extension-basis-${value}`}
                  name="extension-basis"
                  value={value}
                  checked={basis === value}
                  aria-invalid={form.errors.basis?.length ? true : undefined}
                  onChange={() => {
                    setBasis(value);
                    form.clearField('basis');
                  }}
                />
                <label htmlFor={`extension-basis-${value}`}>{t(`workflow:extensionBasis.${value}`)}</label>
              </div>
            ))}
          </div>
          {form.errors.basis?.length ? (
            <div id={basisErrorId} className="field__error" role="alert">
              {form.errors.basis.map((message) => (
                <p key={message}>{message}</p>
              ))}
            </div>
          ) : null}
        </fieldset>
        <TextAreaField
          id="extension-evidence"
          label={t('extension.evidence')}
          hint={t('extension.evidenceHint', { min: EVIDENCE_MIN })}
          required
          rows={5}
          maxLength={5000}
          value={evidence}
          onChange={(e) => {
            setEvidence(e.target.value);
            form.clearField('evidence');
          }}
          errors={form.errors.evidence}
        />
        {failing.length ? (
          <p id="extension-blocked" className="alert alert--error" data-testid="extension-blocked">
            {t('extension.blocked', { rules: failing.map((rule) => ruleLabel(rule.rule, tw)).join(', ') })}
          </p>
        ) : pending ? (
          <p id="extension-blocked" className="alert alert--info" data-testid="extension-blocked">
            {t('extension.pendingExists')}
          </p>
        ) : null}
        <button
          type="submit"
          className="button"
          data-testid="extension-submit"
          disabled={blocked}
          aria-describedby={blocked ? 'extension-blocked' : undefined}
          aria-busy={mutation.isPending || undefined}
        >
          {mutation.isPending ? t('extension.submitting') : t('extension.submit')}
        </button>
      </form>
    </>
  );
}
