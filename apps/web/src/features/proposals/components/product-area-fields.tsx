import { canBeProposed, type CallView } from '@inno/contracts';
import { useTranslation } from 'react-i18next';
import { useCategories } from '../../../api/get-categories';
import { useMyProducts } from '../../../api/get-my-products';
import { SelectField } from '../../../components/field';
import { categoryLabel } from '../../../lib/categories';
import type { FieldErrors } from '../../../lib/validation';
import type { ProposalValues } from './proposal-values';

/** Which of the company's products, and which of the call's sub-areas. The product is fixed once the draft exists. */
export function ProductAreaFields({ idPrefix, call, companyId, values, errors, productLocked, onChange }: {
  idPrefix: string;
  call: CallView;
  companyId: string;
  values: ProposalValues;
  errors: FieldErrors;
  productLocked?: boolean;
  onChange: (values: ProposalValues, touched: string[]) => void;
}) {
  const { t, i18n } = useTranslation(['proposals', 'translation']);
  const products = useMyProducts(companyId, { page: 1, pageSize: 100 });
  const categories = useCategories();
  const all = products.data?.items ?? [];
  // A designated product is extended, not proposed: offer only those that can apply (a saved draft keeps its own).
  const items = productLocked ? all : all.filter((product) => canBeProposed(product.status));

  return (
    <>
      <SelectField
        id={`${idPrefix}-productId`}
        label={t('fields.product')}
        hint={productLocked ? t('fields.productLocked') : t('fields.productHint')}
        required
        disabled={productLocked}
        value={values.productId}
        aria-busy={products.isPending || undefined}
        onChange={(e) => onChange({ ...values, productId: e.target.value }, ['productId'])}
        errors={errors.productId ?? (products.isError ? [t('fields.productsFailed')] : undefined)}
      >
        <option value="">{products.isPending ? t('translation:common.loading') : t('fields.productPlaceholder')}</option>
        {items.map((product) => (
          <option key={product.id} value={product.id}>
            {t('fields.productOption', {
              name: product.nameKo,
              goodsId: product.goodsId,
              status: t(`translation:designationStatus.${product.status}`),
            })}
          </option>
        ))}
      </SelectField>
      {products.data && items.length === 0 ? (
        <p data-testid="no-products">{all.length === 0 ? t('fields.noProducts') : t('fields.noProposableProducts')}</p>
      ) : null}
      <SelectField
        id={`${idPrefix}-subArea`}
        label={t('fields.subArea')}
        hint={t('fields.subAreaHint')}
        required
        value={values.subArea}
        onChange={(e) => onChange({ ...values, subArea: e.target.value }, ['subArea'])}
        errors={errors.subArea}
      >
        <option value="">{t('fields.subAreaPlaceholder')}</option>
        {call.subAreas.map((code) => (
          <option key={code} value={code}>
            {categoryLabel(categories.data, code, i18n.language)}
          </option>
        ))}
      </SelectField>
    </>
  );
}
