import type { CategoryView } from '@inno/contracts';
import { useTranslation } from 'react-i18next';
import { useCategories } from '../api/get-categories';
import { categoryName } from '../lib/categories';
import { SelectField } from './field';

/**
 * A product's category: a middle or small category, grouped under its large
 * one (a native select with optgroups, so it works with the keyboard and screen readers).
 */
export function CategorySelect({ id, name, value, onChange, errors, required }: {
  id: string;
  name?: string;
  value: string;
  onChange: (code: string) => void;
  errors?: string[];
  required?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const categories = useCategories();
  const label = (node: CategoryView) => categoryName(node, i18n.language);
  const hint = categories.isError ? t('productForm.categoriesFailed') : t('productForm.categoryHint');

  return (
    <SelectField
      id={id}
      name={name}
      label={t('productForm.category')}
      hint={hint}
      required={required}
      value={value}
      errors={errors}
      onChange={(e) => onChange(e.target.value)}
      aria-busy={categories.isPending || undefined}
    >
      <option value="">{categories.isPending ? t('common.loading') : t('productForm.categoryPlaceholder')}</option>
      {(categories.data ?? []).map((large) => (
        <optgroup key={large.code} label={label(large)}>
          {large.children.flatMap((middle) => [
            <option key={middle.code} value={middle.code}>
              {label(middle)}
            </option>,
            ...middle.children.map((small) => (
              <option key={small.code} value={small.code}>
                {`${label(middle)} › ${label(small)}`}
              </option>
            )),
          ])}
        </optgroup>
      ))}
    </SelectField>
  );
}
