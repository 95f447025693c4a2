import { useTranslation } from 'react-i18next';
import { useCategories } from '../../../api/get-categories';
import { Loading, QueryError } from '../../../components/alerts';
import { FieldsetFrame } from '../../../components/field';
import { categoryName } from '../../../lib/categories';

/**
 * A call's sub-areas: large and middle categories as checkboxes, grouped by the
 * large one (native checkboxes: keyboard and screen readers work as usual).
 */
export function SubAreaPicker({ idPrefix, value, onChange, errors }: {
  idPrefix: string;
  value: string[];
  onChange: (codes: string[]) => void;
  errors?: string[];
}) {
  const { t, i18n } = useTranslation('calls');
  const categories = useCategories();
  const toggle = (code: string, checked: boolean) =>
    onChange(checked ? [...value, code] : value.filter((chosen) => chosen !== code));

  return (
    <FieldsetFrame
      id={idPrefix}
      legend={t('form.subAreas')}
      hint={t('form.subAreasHint', { count: value.length })}
      errors={errors}
      required
      className="sub-area-picker"
      testId={`${idPrefix}-picker`}
    >
      {categories.isPending ? <Loading /> : null}
      {categories.isError ? <QueryError error={categories.error} onRetry={() => void categories.refetch()} /> : null}
      <div className="sub-area-picker__groups">
        {(categories.data ?? []).map((large) => (
          <fieldset key={large.code} className="fieldset sub-area-picker__group">
            <legend>{categoryName(large, i18n.language)}</legend>
            {[large, ...large.children].map((node) => (
              <div key={node.code} className="choice">
                <input
                  type="checkbox"
                  id={`${idPrefix}-${node.code}`}
                  value={node.code}
                  checked={value.includes(node.code)}
                  onChange={(e) => toggle(node.code, e.target.checked)}
                />
                <label htmlFor={`${idPrefix}-${node.code}`}>
                  {node === large ? t('form.wholeArea', { name: categoryName(node, i18n.language) }) : categoryName(node, i18n.language)}
                </label>
              </div>
            ))}
          </fieldset>
        ))}
      </div>
    </FieldsetFrame>
  );
}
