import type { TFunction } from 'i18next';
import { formatBytes } from './format';

/** What the API accepts as uploads (it checks the bytes too: 400 for a wrong type, 413 for too large). */
export const IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;
export const IMAGE_MAX_BYTES = 5 * 1024 * 1024;
export const PDF_TYPE = 'application/pdf';
export const PDF_MAX_BYTES = 20 * 1024 * 1024;

/** Which files an upload takes: images, PDFs, or either (company documents). */
export type UploadKind = 'image' | 'pdf' | 'pdfOrImage';

/** The `accept` attribute of a file input for this kind of upload. */
export const ACCEPT: Record<UploadKind, string> = {
  image: IMAGE_TYPES.join(','),
  pdf: `${PDF_TYPE},.pdf`,
  pdfOrImage: `${PDF_TYPE},.pdf,${IMAGE_TYPES.join(',')}`,
};

function typeOf(file: File): string {
  if (file.type) return file.type;
  const extension = file.name.toLowerCase().split('.').pop();
  return { pdf: PDF_TYPE, jpg: 'image/jpeg', jpeg: 'image/jpeg', png: 'image/png', webp: 'image/webp' }[extension ?? ''] ?? '';
}

/** The API's upload rules, checked before sending: returns the message to show, or null. */
export function checkUpload(file: File | null | undefined, kind: UploadKind, t: TFunction, language: string): string | null {
  if (!file) return t('files.required');
  const type = typeOf(file);
  const isImage = (IMAGE_TYPES as readonly string[]).includes(type);
  const isPdf = type === PDF_TYPE;
  const allowed = kind === 'image' ? isImage : kind === 'pdf' ? isPdf : isImage || isPdf;
  if (!allowed) return t(`files.type.${kind}`);
  const max = isPdf ? PDF_MAX_BYTES : IMAGE_MAX_BYTES;
  if (file.size > max) return t('files.tooLarge', { name: file.name, max: formatBytes(max, language) });
  return null;
}

/** Hands a file fetched with the bearer token (`apiBlob`) to the browser as a download. */
export function saveBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}
