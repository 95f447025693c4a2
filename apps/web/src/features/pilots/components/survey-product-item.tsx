import type { CategoryView, PilotPlanView, PlanProductView } from '@inno/contracts';
import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { StatusMessage } from '../../../components/alerts';
import { categoryLabel } from '../../../lib/categories';
import { formatKrw, formatNumber } from '../../../lib/format';
import { useMessageText } from '../../../lib/messages';
import { UsePlanForm } from './use-plan-form';
import { UsePlanView } from './use-plan-view';
import { usePilotsTranslation } from './pilots-i18n';

/**
 * One product of the demand survey: eligible, or excluded with the reason; what is
 * matched so far; the supplier's pilot-use plan. A buyer applies from here while the
 * survey is open; the product's supplier writes or edits its use plan here.
 */
export function SurveyProductItem({ plan, product, categories, canApply, canEditUsePlan }: {
  plan: PilotPlanView;
  product: PlanProductView;
  categories?: CategoryView[];
  canApply: boolean;
  canEditUsePlan: boolean;
}) {
  const { t, i18n } = usePilotsTranslation();
  const { word } = useMessageText();
  const language = i18n.language;
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const id = product.productId;
  const headingId = `survey-product-${id}-name`;

  // Back from the form, the focus returns to the button that opened it.
  const wasEditing = useRef(false);
  useEffect(() => {
    if (wasEditing.current && !editing) editButton.current?.focus();
    wasEditing.current = editing;
  }, [editing]);

  return (
    <li className="card survey-product" data-testid={`survey-product-${id}`} data-eligible={product.eligible} aria-labelledby={headingId}>
      <h3 id={headingId}>
        <Link to={`/products/${id}`}>
          <span lang="ko">{product.nameKo}</span>
        </Link>
      </h3>
      {product.nameEn ? (
        <p className="muted" lang="en">
          {product.nameEn}
        </p>
      ) : null}
      <p>
        {product.companyName} · {categoryLabel(categories, product.categoryCode, language)} ·{' '}
        {t('survey.askingPrice', { price: formatKrw(product.askingPrice, language) })}
      </p>
      {product.eligible ? (
        <p>
          <span className="badge badge--active" data-testid={`eligibility-${id}`} data-eligible="true">
            {t('survey.eligible')}
          </span>
        </p>
      ) : (
        <div className="alert alert--info">
          <p>
            <span className="badge badge--rejected" data-testid={`eligibility-${id}`} data-eligible="false">
              {t('survey.excluded')}
            </span>
          </p>
          <p data-testid={`exclusion-${id}`}>{t('survey.exclusionReason', { reason: product.exclusionMessage ? word(product.exclusionMessage) : t('survey.noReason') })}</p>
        </div>
      )}
      <p className="muted" data-testid={`matched-${id}`}>
        {t('survey.matched', {
          institutions: formatNumber(product.matchedInstitutions, language),
          maxInstitutions: formatNumber(plan.maxInstitutionsPerProduct, language),
          amount: formatKrw(product.matchedAmount, language),
          maxAmount: formatKrw(plan.maxAmountPerProduct, language),
        })}
      </p>
      <h4>{t('usePlan.title')}</h4>
      {saved ? <StatusMessage testId={`use-plan-saved-${id}`}>{t('usePlan.saved')}</StatusMessage> : null}
      {editing ? (
        <UsePlanForm
          planId={plan.id}
          productId={id}
          productName={product.nameKo}
          initial={product.usePlan}
          onSaved={() => {
            setSaved(true);
            setEditing(false);
          }}
          onCancel={() => setEditing(false)}
        />
      ) : (
        <UsePlanView usePlan={product.usePlan} testId={`use-plan-${id}`} />
      )}
      {(canApply && product.eligible) || (canEditUsePlan && product.eligible && !editing) ? (
        <div className="button-row">
          {canApply && product.eligible ? (
            <Link
              className="button"
              to={`/pilots/apply?${new URLSearchParams({ planId: plan.id, productId: id })}`}
              data-testid={`apply-${id}`}
              aria-describedby={headingId}
            >
              {t('survey.apply')}
            </Link>
          ) : null}
          {canEditUsePlan && product.eligible && !editing ? (
            <button
              ref={editButton}
              type="button"
              className="button button--secondary"
              data-testid={`edit-use-plan-${id}`}
              aria-describedby={headingId}
              onClick={() => {
                setSaved(false);
                setEditing(true);
              }}
            >
              {product.usePlan ? t('usePlan.edit') : t('usePlan.write')}
            </button>
          ) : null}
        </div>
      ) : null}
    </li>
  );
}
