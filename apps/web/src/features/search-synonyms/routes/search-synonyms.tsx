import { synonymGroupProblems } from '@inno/contracts';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, Loading, QueryError } from '../../../components/alerts';
import { TextField } from '../../../components/field';
import { isApiRequestError } from '../../../lib/api-client';
import { useMessageText } from '../../../lib/messages';
import { useCreateSynonymGroup } from '../api/create-synonym-group';
import { useDeleteSynonymGroup } from '../api/delete-synonym-group';
import { useSynonymGroups } from '../api/get-synonym-groups';

/** The words search treats as one (드론 ↔ 무인기): operators add and remove groups; searches use them at once. */
export default function SearchSynonymsRoute() {
  const { t } = useTranslation();
  const { word, wordError } = useMessageText();
  const groups = useSynonymGroups();
  const create = useCreateSynonymGroup();
  const remove = useDeleteSynonymGroup();
  const [words, setWords] = useState('');
  const [problems, setProblems] = useState<string[]>([]);

  function onAdd(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const list = words.split(',').map((w) => w.trim()).filter(Boolean);
    // The rule the API applies, checked here first so the operator sees it beside the field.
    const found = synonymGroupProblems(list).map((problem) => word(problem.why));
    setProblems(found);
    if (found.length) return;
    create.mutate({ words: list }, { onSuccess: () => setWords('') });
  }

  const apiErrors = isApiRequestError(create.error) ? (create.error.fieldErrors.words ?? [wordError(create.error.body)]) : [];

  return (
    <section className="page">
      <h1>{t('searchSynonyms.title')}</h1>
      <p className="page__lead">{t('searchSynonyms.intro')}</p>
      <form className="filters" onSubmit={onAdd} data-testid="synonym-form">
        <TextField
          id="synonym-words"
          label={t('searchSynonyms.words')}
          hint={t('searchSynonyms.wordsHint')}
          errors={problems.length ? [t('searchSynonyms.invalid')] : apiErrors}
          maxLength={400}
          value={words}
          onChange={(e) => setWords(e.target.value)}
        />
        <button type="submit" className="button" disabled={create.isPending}>
          {t('searchSynonyms.add')}
        </button>
      </form>
      {remove.isError ? <ErrorAlert title={t('searchSynonyms.removeFailed')} /> : null}
      {groups.isPending ? <Loading /> : null}
      {groups.isError ? <QueryError error={groups.error} onRetry={() => void groups.refetch()} /> : null}
      {groups.data ? (
        groups.data.length === 0 ? (
          <p className="muted">{t('searchSynonyms.none')}</p>
        ) : (
          <ul className="synonym-groups" aria-label={t('searchSynonyms.listLabel')}>
            {groups.data.map((group) => (
              <li key={group.id} data-testid="synonym-group">
                <span>{group.words.join(' ↔ ')}</span>{' '}
                <button
                  type="button"
                  className="button button--secondary"
                  aria-label={t('searchSynonyms.removeLabel', { words: group.words.join(', ') })}
                  disabled={remove.isPending}
                  onClick={() => remove.mutate(group.id)}
                >
                  {t('searchSynonyms.remove')}
                </button>
              </li>
            ))}
          </ul>
        )
      ) : null}
    </section>
  );
}
