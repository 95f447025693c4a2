import { CompanyDocumentKind } from '@inno/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { StatusMessage } from '../../../components/alerts';
import { ErrorSummary } from '../../../components/error-summary';
import { DateField, FileField, SelectField, TextField } from '../../../components/field';
import { ACCEPT, checkUpload } from '../../../lib/files';
import { useRulesForm } from '../../../lib/rules-form';
import { makeRules, validateFields } from '../../../lib/validation';
import { useUploadCompanyDocument } from '../api/upload-company-document';

const FIELDS = ['kind', 'title', 'number', 'expiresOn', 'file'] as const;
interface Values {
  kind: string;
  title: string;
  number: string;
  expiresOn: string;
  /** Left out of the defaults: a file input holds only what is chosen. */
  file?: FileList;
}
const EMPTY: Values = { kind: CompanyDocumentKind.BUSINESS_LICENCE, title: '', number: '', expiresOn: '' };

export function DocumentUploadForm({ companyId }: { companyId: string }) {
  const { t, i18n } = useTranslation();
  const [uploaded, setUploaded] = useState<string | null>(null);
  const form = useRulesForm<Values>({
    defaultValues: EMPTY,
    fields: FIELDS,
    check: ({ file, ...values }) => {
      const rules = makeRules(t);
      const found = validateFields(values, { kind: [rules.required], title: [rules.required], expiresOn: [rules.date] });
      const fileProblem = checkUpload(file?.[0] ?? null, 'pdfOrImage', t, i18n.language);
      return fileProblem ? { ...found, file: [fileProblem] } : found;
    },
  });
  const mutation = useUploadCompanyDocument({
    onSuccess: (document) => {
      setUploaded(document.title);
      // Without values react-hook-form resets the form element itself, which empties the file input.
      form.hook.reset();
    },
  });

  const onSubmit = form.submit((values) => {
    const file = values.file?.[0];
    if (mutation.isPending || !file) return;
    setUploaded(null);
    mutation.mutate(
      {
        companyId,
        kind: values.kind as CompanyDocumentKind,
        title: values.title.trim(),
        number: values.number.trim() || undefined,
        expiresOn: values.expiresOn || undefined,
        file,
      },
      { onError: (error) => form.fail(error, { 413: t('files.tooLargeServer') }) },
    );
  });

  return (
    <form className="form form--narrow" noValidate onSubmit={onSubmit} aria-labelledby="document-upload-title" data-testid="document-upload-form">
      <h3 id="document-upload-title">{t('organisations.uploadTitle')}</h3>
      <ErrorSummary form={form} />
      {uploaded ? <StatusMessage testId="document-uploaded">{t('organisations.uploaded', { title: uploaded })}</StatusMessage> : null}
      <SelectField id="document-kind" label={t('organisations.documentKind')} required {...form.field('kind')}>
        {Object.values(CompanyDocumentKind).map((kind) => (
          <option key={kind} value={kind}>
            {t(`documentKind.${kind}`)}
          </option>
        ))}
      </SelectField>
      <TextField id="document-title" label={t('organisations.documentTitle')} required maxLength={200} {...form.field('title')} />
      <TextField id="document-number" label={t('organisations.documentNumber')} hint={t('organisations.documentNumberHint')} maxLength={100} {...form.field('number')} />
      <DateField id="document-expiresOn" label={t('organisations.documentExpiresOn')} hint={t('organisations.documentExpiresOnHint')} {...form.field('expiresOn')} />
      <FileField
        id="document-file"
        label={t('organisations.documentFile')}
        hint={t('files.hint.pdfOrImage')}
        required
        accept={ACCEPT.pdfOrImage}
        {...form.field('file')}
        data-testid="document-file"
      />
      <button type="submit" className="button" data-testid="document-submit" aria-disabled={mutation.isPending || undefined}>
        {mutation.isPending ? t('files.uploading') : t('organisations.upload')}
      </button>
    </form>
  );
}
