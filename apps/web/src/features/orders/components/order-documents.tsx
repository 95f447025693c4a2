import { OrderStatus, OrderStep, Role, type OrderView } from '@inno/contracts';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { StatusMessage } from '../../../components/alerts';
import { ErrorSummary } from '../../../components/error-summary';
import { SelectField, TextField } from '../../../components/field';
import { apiBlob } from '../../../lib/api-client';
import { ACCEPT, checkUpload, saveBlob } from '../../../lib/files';
import { formatBytes } from '../../../lib/format';
import { useFormErrors } from '../../../lib/use-form-errors';
import { useUploadOrderDocument } from '../api/upload-order-document';
import { useOrdersTranslation } from './orders-i18n';

/** The steps whose documents each side adds: the side that carries the step out. */
const STEPS_OF: Partial<Record<Role, OrderStep[]>> = { [Role.SUPPLIER]: [OrderStep.DELIVERY], [Role.BUYER]: [OrderStep.INSPECTION, OrderStep.PAYMENT] };
const CLOSED: OrderStatus[] = [OrderStatus.CANCELLED, OrderStatus.DECLINED];

/** The order's documents by step (fetched with the viewer's token), and the form that adds one of the viewer's steps. */
export function OrderDocuments({ order, role }: { order: OrderView; role: Role | undefined }) {
  const { t, i18n } = useOrdersTranslation();
  const steps = (role && STEPS_OF[role]) ?? [];
  return (
    <section className="card" aria-labelledby="order-documents-title">
      <h2 id="order-documents-title">{t('documents.title')}</h2>
      {order.documents.length ? (
        <ul className="file-list" data-testid="order-documents">
          {order.documents.map((document) => (
            <li key={document.id}>
              <span className="badge">{t(`step.${document.step}`)}</span>{' '}
              <button
                type="button"
                className="link-button"
                onClick={() => void apiBlob(document.url).then((blob) => saveBlob(blob, document.name))}
              >
                {document.name}
              </button>{' '}
              <span className="muted">({formatBytes(document.size, i18n.language)})</span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t('documents.none')}</p>
      )}
      {steps.length && !CLOSED.includes(order.status) ? <DocumentForm order={order} steps={steps} /> : null}
    </section>
  );
}

function DocumentForm({ order, steps }: { order: OrderView; steps: OrderStep[] }) {
  const { t } = useOrdersTranslation();
  const { t: common, i18n } = useTranslation();
  const [step, setStep] = useState(steps[0]);
  const [file, setFile] = useState<File | null>(null);
  const [uploaded, setUploaded] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const form = useFormErrors(['step', 'file']);
  const upload = useUploadOrderDocument();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (upload.isPending) return;
    setUploaded(null);
    const problem = checkUpload(file, 'pdfOrImage', common, i18n.language);
    if (!form.check(problem ? { file: [problem] } : {}) || !file) return;
    upload.mutate(
      { id: order.id, step, file },
      {
        onSuccess: () => {
          setUploaded(file.name);
          setFile(null);
          if (fileInput.current) fileInput.current.value = '';
        },
        onError: (error) => form.fail(error, { 413: common('files.tooLargeServer') }),
      },
    );
  }

  return (
    <form className="form form--narrow" noValidate onSubmit={onSubmit} aria-labelledby="order-document-upload-title" data-testid="order-document-form">
      <h3 id="order-document-upload-title">{t('documents.addTitle')}</h3>
      <ErrorSummary form={form} testId="order-document-error" />
      {uploaded ? <StatusMessage testId="order-document-added">{t('documents.added', { name: uploaded })}</StatusMessage> : null}
      <SelectField id="order-document-step" label={t('documents.step')} required value={step} onChange={(e) => setStep(e.target.value as OrderStep)} errors={form.errors.step}>
        {steps.map((value) => (
          <option key={value} value={value}>
            {t(`step.${value}`)}
          </option>
        ))}
      </SelectField>
      <TextField
        id="order-document-file"
        type="file"
        label={t('documents.file')}
        hint={common('files.hint.pdfOrImage')}
        required
        accept={ACCEPT.pdfOrImage}
        ref={fileInput}
        onChange={(e) => {
          setFile(e.target.files?.[0] ?? null);
          form.clearField('file');
        }}
        errors={form.errors.file}
        data-testid="order-document-file"
      />
      <button type="submit" className="button" data-testid="order-document-submit" aria-disabled={upload.isPending || undefined}>
        {upload.isPending ? common('files.uploading') : t('documents.add')}
      </button>
    </form>
  );
}
