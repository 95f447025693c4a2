import type { DemoDayProduct } from '@inno/contracts';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, StatusMessage } from '../../../components/alerts';
import { TextField } from '../../../components/field';
import { useFormErrors } from '../../../lib/use-form-errors';
import { useAllocate } from '../api/allocate';

const FIELDS = ['amount'] as const;
const whole = (text: string) => (/^\d+$/.test(text.trim()) ? Number(text.trim()) : Number.NaN);

/** One product's amount, saved on its own: the API refuses what would pass the member's budget. */
export function AllocationRow({ demoDayId, product, amount, excluded }: { demoDayId: string; product: DemoDayProduct; amount: number; excluded: string | null }) {
  const { t } = useTranslation('scouting');
  const [value, setValue] = useState(String(amount));
  const form = useFormErrors(FIELDS);
  const mutation = useAllocate();
  const id = `allocation-${product.nominationId}`;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (mutation.isPending) return;
    const parsed = whole(value);
    if (!form.check(Number.isNaN(parsed) ? { amount: [t('allocate.whole')] } : {})) return;
    mutation.mutate({ demoDayId, nominationId: product.nominationId, amount: parsed }, { onError: (error) => form.fail(error) });
  }

  return (
    <li className="card" data-testid={`allocation-${product.nominationId}`}>
      <h3>{product.productName}</h3>
      <p className="muted">{product.companyName}</p>
      {excluded ? (
        <p data-testid="allocation-excluded">{t('allocate.excluded', { reason: excluded })}</p>
      ) : (
        <form className="form form--inline" noValidate onSubmit={onSubmit}>
          {form.alert ? <ErrorAlert {...form.alert} /> : null}
          {mutation.isSuccess ? <StatusMessage testId="allocation-saved">{t('allocate.saved')}</StatusMessage> : null}
          <TextField
            id={id}
            type="number"
            inputMode="numeric"
            min={0}
            step={1000000}
            label={t('allocate.amountLabel', { product: product.productName })}
            value={value}
            onChange={(e) => {
              setValue(e.target.value);
              form.clearField('amount');
            }}
            errors={form.errors.amount}
            data-testid="allocation-amount"
          />
          <button type="submit" className="button" data-testid="allocation-save" aria-disabled={mutation.isPending || undefined}>
            {mutation.isPending ? t('allocate.saving') : t('allocate.save')}
          </button>
        </form>
      )}
    </li>
  );
}
