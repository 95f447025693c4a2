import { useTranslation } from 'react-i18next';
import { useRuleSettings } from '../../../api/get-rule-settings';
import { Loading, QueryError } from '../../../components/alerts';
import { DesignationRulesList } from '../../../components/designation-rules-list';
import { formatKoreaDateTime } from '../../../lib/korea-time';
import { RuleSettingsForm } from '../components/rule-settings-form';

/** The operator's rule settings: the defaults in force, and a form to change them for calls and plans opened from now on. */
export function RuleSettingsRoute() {
  const { t, i18n } = useTranslation('rule-settings');
  const settings = useRuleSettings();
  return (
    <section className="page" aria-labelledby="rule-settings-title">
      <h1 id="rule-settings-title">{t('title')}</h1>
      <p className="lead">{t('lead')}</p>
      {settings.isPending ? <Loading /> : null}
      {settings.isError ? <QueryError error={settings.error} onRetry={() => void settings.refetch()} /> : null}
      {settings.data ? (
        <>
          <section className="card" aria-labelledby="rule-settings-current-title">
            <h2 id="rule-settings-current-title">{t('current.title')}</h2>
            <p className="muted" data-testid="rule-settings-updated">
              {settings.data.updatedAt ? t('current.updatedAt', { date: formatKoreaDateTime(settings.data.updatedAt, i18n.language) }) : t('current.builtIn')}
            </p>
            <DesignationRulesList rules={settings.data.designation} criteria={settings.data.criteria} testId="rule-settings-current" />
          </section>
          <RuleSettingsForm settings={settings.data} />
        </>
      ) : null}
    </section>
  );
}
