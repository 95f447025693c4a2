import type { ProductInput } from '@inno/contracts';
import { useMemo, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../../components/error-summary';
import { ProductFields } from '../../../components/product-fields';
import { productFieldNames, toProductInput, validateProduct, type ProductFormValues } from '../../../lib/product-form';
import { useFormErrors } from '../../../lib/use-form-errors';

/** The supplier's product form (new and edit): the API's rules here first, then its 400 `details` beside the fields. */
export function ProductForm({ initial, pending, submitLabel, pendingLabel, onSubmit, children }: {
  initial: ProductFormValues;
  pending: boolean;
  submitLabel: string;
  pendingLabel: string;
  /** Called with a valid input; `fail` shows the API's refusal. */
  onSubmit: (input: ProductInput, fail: (error: unknown) => void) => void;
  /** Shown above the fields (e.g. a status message). */
  children?: ReactNode;
}) {
  const { t, i18n } = useTranslation();
  const [values, setValues] = useState(initial);
  const known = useMemo(() => productFieldNames(values), [values]);
  const form = useFormErrors(known);

  function onFormSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    if (!form.check(validateProduct(values, t, i18n.language))) return;
    onSubmit(toProductInput(values), (error) => form.fail(error));
  }

  return (
    <form className="form" noValidate onSubmit={onFormSubmit} aria-labelledby="product-form-title" data-testid="product-form">
      <ErrorSummary form={form} />
      {children}
      <ProductFields
        idPrefix="product"
        values={values}
        errors={form.errors}
        onChange={(next, touched) => {
          setValues(next);
          touched.forEach(form.clearField);
        }}
      />
      <button type="submit" className="button" data-testid="product-submit" aria-disabled={pending || undefined}>
        {pending ? pendingLabel : submitLabel}
      </button>
    </form>
  );
}
