import type { UserView } from '@inno/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { StatusMessage } from '../../../components/alerts';
import { ErrorSummary } from '../../../components/error-summary';
import { TextField } from '../../../components/field';
import { useRulesForm } from '../../../lib/rules-form';
import { makeRules, validateFields } from '../../../lib/validation';
import { useUpdateProfile } from '../api/update-profile';

const FIELDS = ['name'] as const;

export function ProfileNameForm({ user }: { user: UserView }) {
  const { t } = useTranslation();
  const [saved, setSaved] = useState(false);
  const form = useRulesForm<{ name: string }>({ defaultValues: { name: user.name }, fields: FIELDS, check: (values) => validateFields(values, { name: [makeRules(t).required] }) });
  const mutation = useUpdateProfile({ onSuccess: () => setSaved(true) });

  const onSubmit = form.submit(({ name }) => {
    if (mutation.isPending) return;
    setSaved(false);
    mutation.mutate({ name: name.trim() }, { onError: (error) => form.fail(error) });
  });

  return (
    <form className="form" noValidate onSubmit={onSubmit} aria-labelledby="profile-name-title" data-testid="profile-name-form">
      <h2 id="profile-name-title">{t('auth.profile.nameFormTitle')}</h2>
      <ErrorSummary form={form} />
      {saved ? <StatusMessage>{t('auth.profile.nameSaved')}</StatusMessage> : null}
      <TextField id="profile-name" label={t('auth.profile.name')} autoComplete="name" maxLength={100} required {...form.field('name')} />
      <button type="submit" className="button" aria-disabled={mutation.isPending || undefined}>
        {mutation.isPending ? t('auth.profile.saving') : t('auth.profile.saveName')}
      </button>
    </form>
  );
}
