import type { StoredFileView } from '@inno/contracts';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, StatusMessage } from '../../../components/alerts';
import { TextField } from '../../../components/field';
import { describeFormFailure, type FormAlert } from '../../../lib/api-errors';
import { ACCEPT, checkUpload } from '../../../lib/files';
import { formatBytes } from '../../../lib/format';
import { useDeleteProductFile } from '../api/delete-product-file';
import { useUploadProductFile, type ProductFileKind } from '../api/upload-product-file';

const UPLOAD_KIND = { images: 'image', documents: 'pdf' } as const;

/** A product's images or documents: the list, delete, and an upload. */
export function ProductFiles({ productId, kind, files }: { productId: string; kind: ProductFileKind; files: StoredFileView[] }) {
  const { t, i18n } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [alert, setAlert] = useState<FormAlert | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const upload = useUploadProductFile({
    onSuccess: (stored) => {
      setStatus(t('productFiles.uploaded', { name: stored.name }));
      setFile(null);
      if (input.current) input.current.value = '';
    },
  });
  const remove = useDeleteProductFile();
  const inputId = `product-${kind}-file`;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (upload.isPending) return;
    setStatus(null);
    setAlert(null);
    const problem = checkUpload(file, UPLOAD_KIND[kind], t, i18n.language);
    setFieldError(problem);
    if (problem || !file) return;
    upload.mutate(
      { productId, kind, file },
      {
        onError: (error) => {
          // A 413 or a refused type is about the chosen file: say it beside the field.
          const failure = describeFormFailure(error, t, ['file'], { 413: t('files.tooLargeServer') });
          const message = failure.byField.file?.[0] ?? failure.alert?.title ?? null;
          setFieldError(message);
        },
      },
    );
  }

  function onDelete(stored: StoredFileView) {
    if (remove.isPending) return;
    setStatus(null);
    setAlert(null);
    remove.mutate(
      { productId, fileId: stored.id },
      {
        onSuccess: () => setStatus(t('productFiles.deleted', { name: stored.name })),
        onError: (error) => setAlert(describeFormFailure(error, t, []).alert),
      },
    );
  }

  return (
    <section className="card" aria-labelledby={`product-${kind}-title`} data-testid={`product-${kind}`}>
      <h2 id={`product-${kind}-title`}>{t(`productFiles.title.${kind}`)}</h2>
      {status ? <StatusMessage testId={`product-${kind}-status`}>{status}</StatusMessage> : null}
      {alert ? <ErrorAlert {...alert} testId={`product-${kind}-error`} /> : null}
      {files.length === 0 ? (
        <p className="muted">{t(`productFiles.empty.${kind}`)}</p>
      ) : (
        <ul className={kind === 'images' ? 'thumbnails' : 'file-list'}>
          {files.map((stored) => (
            <li key={stored.id} data-testid={`product-file-${stored.id}`}>
              {kind === 'images' ? <img src={stored.url} alt={stored.name} width={120} height={90} loading="lazy" /> : null}
              <a href={stored.url} download={stored.name}>
                {stored.name}
              </a>{' '}
              <span className="muted">({formatBytes(stored.size, i18n.language)})</span>{' '}
              <button
                type="button"
                className="button button--small button--danger"
                data-testid="product-file-delete"
                aria-label={t('productFiles.deleteLabel', { name: stored.name })}
                aria-disabled={remove.isPending || undefined}
                onClick={() => onDelete(stored)}
              >
                {t('productFiles.delete')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form className="form form--inline" noValidate onSubmit={onSubmit}>
        <TextField
          id={inputId}
          name="file"
          type="file"
          label={t(`productFiles.choose.${kind}`)}
          hint={t(`files.hint.${UPLOAD_KIND[kind]}`)}
          accept={ACCEPT[UPLOAD_KIND[kind]]}
          ref={input}
          errors={fieldError ? [fieldError] : undefined}
          onChange={(e) => {
            setFile(e.target.files?.[0] ?? null);
            setFieldError(null);
          }}
          data-testid={`product-${kind}-file`}
        />
        <button type="submit" className="button button--secondary" data-testid={`product-${kind}-submit`} aria-disabled={upload.isPending || undefined}>
          {upload.isPending ? t('files.uploading') : t('productFiles.upload')}
        </button>
      </form>
    </section>
  );
}
