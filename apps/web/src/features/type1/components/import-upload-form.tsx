import { TYPE1_CSV_COLUMNS, type ImportJobView } from '@inno/contracts';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/alerts';
import { TextField } from '../../../components/field';
import { describeFormFailure, type FormAlert } from '../../../lib/api-errors';
import { useStartImport } from '../api/start-import';

export const CSV_HEADER = TYPE1_CSV_COLUMNS.join(',');

/**
 * The header line must name the columns in order: checked here, before the
 * upload, so a wrong file is explained at once. Null when the header is right;
 * otherwise the columns missing and those not expected (both empty: wrong order).
 */
export async function checkCsvHeader(file: File): Promise<{ missing: string[]; unexpected: string[] } | null> {
  const head = await readText(file.slice(0, 8192)).catch(() => null);
  // A file the browser cannot read is left for the API to judge.
  if (head === null) return null;
  const firstLine = head.replace(/^\uFEFF/, '').split(/\r?\n/)[0] ?? '';
  const columns = firstLine.split(',').map((column) => column.trim().replace(/^"(.*)"$/, '$1'));
  if (columns.join(',') === CSV_HEADER) return null;
  const expected: readonly string[] = TYPE1_CSV_COLUMNS;
  return {
    missing: expected.filter((column) => !columns.includes(column)),
    unexpected: columns.filter((column) => column && !expected.includes(column)),
  };
}

function readText(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result ?? ''));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(blob);
  });
}

export function ImportUploadForm({ onStarted }: { onStarted: (job: ImportJobView) => void }) {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string[] | undefined>();
  const [alert, setAlert] = useState<FormAlert | null>(null);
  const [checking, setChecking] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const mutation = useStartImport({
    onSuccess: (job) => {
      setFile(null);
      if (input.current) input.current.value = '';
      onStarted(job);
    },
  });
  const busy = checking || mutation.isPending;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    setAlert(null);
    if (!file) return setFileError([t('files.required')]);
    if (!/\.csv$/i.test(file.name) && file.type !== 'text/csv') return setFileError([t('imports.notCsv')]);
    setChecking(true);
    const header = await checkCsvHeader(file).finally(() => setChecking(false));
    if (header) {
      const messages = [t('imports.badHeader')];
      if (header.missing.length) messages.push(t('imports.missingColumns', { columns: header.missing.join(', ') }));
      if (header.unexpected.length) messages.push(t('imports.unexpectedColumns', { columns: header.unexpected.join(', ') }));
      return setFileError(messages);
    }
    setFileError(undefined);
    mutation.mutate(file, {
      onError: (error) => {
        const failure = describeFormFailure(error, t, ['file'], { 413: t('files.tooLargeServer') });
        setFileError(failure.byField.file);
        setAlert(failure.alert);
      },
    });
  }

  return (
    <form className="form" noValidate onSubmit={(event) => void onSubmit(event)} aria-labelledby="import-upload-title" data-testid="import-form">
      <h2 id="import-upload-title">{t('imports.uploadTitle')}</h2>
      {alert ? <ErrorAlert {...alert} /> : null}
      <div className="field__hint" id="import-format">
        <p>{t('imports.formatLead')}</p>
        {/* The header line is wider than a phone: it scrolls, so a keyboard must reach it. */}
        <pre className="code-block" data-testid="import-header" tabIndex={0}>
          {CSV_HEADER}
        </pre>
        <ul>
          <li>{t('imports.formatCertifications')}</li>
          <li>{t('imports.formatDates')}</li>
          <li>{t('imports.formatEncoding')}</li>
        </ul>
      </div>
      <TextField
        id="import-file"
        name="file"
        type="file"
        label={t('imports.file')}
        required
        accept=".csv,text/csv"
        ref={input}
        errors={fileError}
        onChange={(e) => {
          setFile(e.target.files?.[0] ?? null);
          setFileError(undefined);
        }}
        data-testid="import-file"
      />
      <button type="submit" className="button" data-testid="import-submit" aria-disabled={busy || undefined}>
        {busy ? t('imports.starting') : t('imports.submit')}
      </button>
    </form>
  );
}
