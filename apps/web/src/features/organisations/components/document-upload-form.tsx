import { CompanyDocumentKind } from '@inno/contracts';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { StatusMessage } from '../../../components/alerts';
import { ErrorSummary } from '../../../components/error-summary';
import { SelectField, TextField } from '../../../components/field';
import { ACCEPT, checkUpload } from '../../../lib/files';
import { useFormErrors } from '../../../lib/use-form-errors';
import { makeRules, validateFields } from '../../../lib/validation';
import { useUploadCompanyDocument } from '../api/upload-company-document';

const FIELDS = ['kind', 'title', 'number', 'expiresOn', 'file'] as const;
type TextFieldName = Exclude<(typeof FIELDS)[number], 'file'>;
const EMPTY: Record<TextFieldName, string> = { kind: CompanyDocumentKind.BUSINESS_LICENCE, title: '', number: '', expiresOn: '' };

export function DocumentUploadForm({ companyId }: { companyId: string }) {
  const { t, i18n } = useTranslation();
  const [values, setValues] = useState(EMPTY);
  const [file, setFile] = useState<File | null>(null);
  const [uploaded, setUploaded] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const form = useFormErrors(FIELDS);
  const mutation = useUploadCompanyDocument({
    onSuccess: (document) => {
      setUploaded(document.title);
      setValues(EMPTY);
      setFile(null);
      if (fileInput.current) fileInput.current.value = '';
    },
  });

  function update(field: TextFieldName, value: string) {
    setValues((previous) => ({ ...previous, [field]: value }));
    form.clearField(field);
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (mutation.isPending) return;
    setUploaded(null);
    const rules = makeRules(t);
    const found = validateFields(values, {
      kind: [rules.required],
      title: [rules.required],
      expiresOn: [rules.date],
    });
    const fileProblem = checkUpload(file, 'pdfOrImage', t, i18n.language);
    if (fileProblem) found.file = [fileProblem];
    if (!form.check(found) || !file) return;
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
  }

  return (
    <form className="form form--narrow" noValidate onSubmit={onSubmit} aria-labelledby="document-upload-title" data-testid="document-upload-form">
      <h3 id="document-upload-title">{t('organisations.uploadTitle')}</h3>
      <ErrorSummary form={form} />
      {uploaded ? <StatusMessage testId="document-uploaded">{t('organisations.uploaded', { title: uploaded })}</StatusMessage> : null}
      <SelectField
        id="document-kind"
        name="kind"
        label={t('organisations.documentKind')}
        required
        value={values.kind}
        onChange={(e) => update('kind', e.target.value)}
        errors={form.errors.kind}
      >
        {Object.values(CompanyDocumentKind).map((kind) => (
          <option key={kind} value={kind}>
            {t(`documentKind.${kind}`)}
          </option>
        ))}
      </SelectField>
      <TextField
        id="document-title"
        name="title"
        label={t('organisations.documentTitle')}
        required
        maxLength={200}
        value={values.title}
        onChange={(e) => update('title', e.target.value)}
        errors={form.errors.title}
      />
      <TextField
        id="document-number"
        name="number"
        label={t('organisations.documentNumber')}
        hint={t('organisations.documentNumberHint')}
        maxLength={100}
        value={values.number}
        onChange={(e) => update('number', e.target.value)}
        errors={form.errors.number}
      />
      <TextField
        id="document-expiresOn"
        name="expiresOn"
        type="date"
        label={t('organisations.documentExpiresOn')}
        hint={t('organisations.documentExpiresOnHint')}
        value={values.expiresOn}
        onChange={(e) => update('expiresOn', e.target.value)}
        errors={form.errors.expiresOn}
      />
      <TextField
        id="document-file"
        name="file"
        type="file"
        label={t('organisations.documentFile')}
        hint={t('files.hint.pdfOrImage')}
        required
        accept={ACCEPT.pdfOrImage}
        ref={fileInput}
        onChange={(e) => {
          setFile(e.target.files?.[0] ?? null);
          form.clearField('file');
        }}
        errors={form.errors.file}
        data-testid="document-file"
      />
      <button type="submit" className="button" data-testid="document-submit" aria-disabled={mutation.isPending || undefined}>
        {mutation.isPending ? t('files.uploading') : t('organisations.upload')}
      </button>
    </form>
  );
}
