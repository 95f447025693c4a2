import { LISTED_STATUSES, message, ORDER_LIMITS, type ProductDetail } from '@inno/contracts';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useProduct } from '../../../api/get-product';
import { Loading, LoadFailure } from '../../../components/alerts';
import { ErrorSummary } from '../../../components/error-summary';
import { TextAreaField, TextField } from '../../../components/field';
import { formatKrw, todayIso } from '../../../lib/format';
import { useMessageText } from '../../../lib/messages';
import { useFormErrors } from '../../../lib/use-form-errors';
import { makeRules, validateFields } from '../../../lib/validation';
import { usePlaceOrder } from '../api/place-order';
import { useOrdersTranslation } from '../components/orders-i18n';

const FIELDS = ['quantity', 'unitPrice', 'deliveryPlace', 'deliveryDueOn', 'note', 'productId'] as const;

/** `/my/orders/new?product=<id>` (BUYER): order a designated product by negotiated contract. */
export function NewOrderRoute() {
  const { t } = useOrdersTranslation();
  const [search] = useSearchParams();
  const productId = search.get('product') ?? '';
  const product = useProduct(productId, { enabled: !!productId });
  return (
    <section className="page page--form" aria-labelledby="new-order-title">
      <h1 id="new-order-title">{t('form.title')}</h1>
      {!productId ? <p data-testid="new-order-no-product">{t('form.noProduct')} <Link to="/catalogue">{t('mine.findProducts')}</Link></p> : null}
      {productId && product.isPending ? <Loading /> : null}
      {product.isError ? <LoadFailure query={product} notFound={<p data-testid="new-order-no-product">{t('form.noProduct')}</p>} /> : null}
      {product.data ? <OrderForm product={product.data} /> : null}
    </section>
  );
}

function OrderForm({ product }: { product: ProductDetail }) {
  const { t, i18n } = useOrdersTranslation();
  const { t: common } = useTranslation();
  const { word } = useMessageText();
  const navigate = useNavigate();
  const place = usePlaceOrder();
  const form = useFormErrors(FIELDS);
  const [values, setValues] = useState({ quantity: '1', unitPrice: String(product.askingPrice), deliveryPlace: '', deliveryDueOn: '', note: '' });
  const update = (field: keyof typeof values, value: string) => {
    setValues((previous) => ({ ...previous, [field]: value }));
    form.clearField(field);
  };
  const quantity = Number.parseInt(values.quantity, 10);
  const unitPrice = Number.parseInt(values.unitPrice, 10);
  const amount = Number.isSafeInteger(quantity) && Number.isSafeInteger(unitPrice) ? quantity * unitPrice : null;
  const inForce = LISTED_STATUSES.includes(product.status);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (place.isPending) return;
    const rules = makeRules(common);
    const whole = (min: number, max: number) => (value: string) => (/^\d+$/.test(value.trim()) && Number(value) >= min && Number(value) <= max ? null : t('form.wholeNumber', { min, max }));
    const found = validateFields(values, {
      quantity: [rules.required, whole(1, ORDER_LIMITS.quantityMax)],
      unitPrice: [rules.required, whole(1, Number.MAX_SAFE_INTEGER)],
      deliveryPlace: [rules.required, rules.minLength(ORDER_LIMITS.deliveryPlace.min)],
      deliveryDueOn: [rules.required, rules.date, (value) => (value < todayIso() ? t('form.dueInPast') : null)],
    });
    if (!form.check(found)) return;
    place.mutate(
      {
        productId: product.id,
        quantity,
        unitPrice,
        deliveryPlace: values.deliveryPlace.trim(),
        deliveryDueOn: values.deliveryDueOn,
        ...(values.note.trim() ? { note: values.note.trim() } : {}),
      },
      { onSuccess: (order) => void navigate(`/my/orders/${order.id}`), onError: (error) => form.fail(error) },
    );
  }

  return (
    <>
      <p className="page__lead">
        <Link to={`/products/${product.id}`} data-testid="new-order-product">
          <span lang="ko">{product.nameKo}</span>
        </Link>{' '}
        · {product.company.name}
      </p>
      {inForce && product.designation ? (
        <p className="alert alert--info" data-testid="new-order-legal-basis">
          {word(message('LEGAL_BASIS_INNOVATIVE_PRODUCT', { designationNumber: product.designation.designationNumber ?? product.designation.certificateNumber ?? '', validUntil: product.designation.validUntil }))}
        </p>
      ) : (
        <p className="alert alert--error" data-testid="new-order-not-in-force">
          {t('form.notInForce')}
        </p>
      )}
      <form className="form" noValidate onSubmit={onSubmit} aria-labelledby="new-order-title" data-testid="new-order-form">
        <ErrorSummary form={form} testId="new-order-error" />
        <TextField id="order-quantity" type="number" inputMode="numeric" min={1} max={ORDER_LIMITS.quantityMax} label={t('form.quantity', { unit: product.tradingUnit })} required value={values.quantity} onChange={(e) => update('quantity', e.target.value)} errors={form.errors.quantity} data-testid="order-quantity" />
        <TextField
          id="order-unit-price"
          type="number"
          inputMode="numeric"
          min={1}
          label={t('form.unitPrice')}
          hint={t('form.unitPriceHint', { price: formatKrw(product.askingPrice, i18n.language) })}
          required
          value={values.unitPrice}
          onChange={(e) => update('unitPrice', e.target.value)}
          errors={form.errors.unitPrice}
          data-testid="order-unit-price"
        />
        <p data-testid="order-total" aria-live="polite">
          {t('form.total')}: <strong>{amount === null ? '—' : formatKrw(amount, i18n.language)}</strong>
        </p>
        <TextField id="order-delivery-place" label={t('form.deliveryPlace')} required maxLength={ORDER_LIMITS.deliveryPlace.max} value={values.deliveryPlace} onChange={(e) => update('deliveryPlace', e.target.value)} errors={form.errors.deliveryPlace} data-testid="order-delivery-place" />
        <TextField id="order-delivery-due" type="date" min={todayIso()} label={t('form.deliveryDueOn')} required value={values.deliveryDueOn} onChange={(e) => update('deliveryDueOn', e.target.value)} errors={form.errors.deliveryDueOn} data-testid="order-delivery-due" />
        <TextAreaField id="order-note" label={t('form.note')} rows={3} maxLength={ORDER_LIMITS.note.max} value={values.note} onChange={(e) => update('note', e.target.value)} errors={form.errors.note} data-testid="order-note" />
        <button type="submit" className="button" data-testid="new-order-submit" aria-disabled={place.isPending || !inForce || undefined}>
          {place.isPending ? t('form.sending') : t('form.submit')}
        </button>
      </form>
    </>
  );
}

export default NewOrderRoute;
