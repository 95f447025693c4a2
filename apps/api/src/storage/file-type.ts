/** The kinds of file the platform accepts, decided by their first bytes: never by name or header. */
export const ACCEPTED_TYPES = {
  'image/jpeg': { extension: 'jpg', magic: [[0xff, 0xd8, 0xff]] },
  'image/png': { extension: 'png', magic: [[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]] },
  'application/pdf': { extension: 'pdf', magic: [[0x25, 0x50, 0x44, 0x46, 0x2d]] }, // %PDF-
} as const;

export type AcceptedContentType = keyof typeof ACCEPTED_TYPES | 'image/webp';

export const IMAGE_TYPES: readonly AcceptedContentType[] = ['image/jpeg', 'image/png', 'image/webp'];
export const DOCUMENT_TYPES: readonly AcceptedContentType[] = ['application/pdf'];

export const IMAGE_MAX_BYTES = 5 * 1024 * 1024;
export const DOCUMENT_MAX_BYTES = 20 * 1024 * 1024;

const startsWith = (bytes: Buffer, magic: readonly number[], offset = 0) =>
  bytes.length >= offset + magic.length && magic.every((b, i) => bytes[offset + i] === b);

export function sniffContentType(bytes: Buffer): AcceptedContentType | null {
  for (const [type, { magic }] of Object.entries(ACCEPTED_TYPES)) {
    if (magic.some((m) => startsWith(bytes, m))) return type as AcceptedContentType;
  }
  // RIFF....WEBP
  if (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8)) return 'image/webp';
  return null;
}

export const extensionOf = (type: AcceptedContentType) => (type === 'image/webp' ? 'webp' : ACCEPTED_TYPES[type].extension);

/** A download name safe in a header and on any disk: no path, no control characters. */
export function safeDownloadName(clientName: string | undefined, extension: string): string {
  const base = (clientName ?? '')
    .split(/[\\/]/)
    .pop()!
    // eslint-disable-next-line no-control-regex -- control characters are exactly what must go
    .replace(/[\u0000-\u001f\u007f"<>|:*?]/g, '')
    .replace(/^\.+/, '')
    .trim()
    .slice(0, 150);
  const stem = base.replace(/\.[A-Za-z0-9]{1,5}$/, '') || 'file';
  return `${stem}.${extension}`;
}
