import { useEffect, useLayoutEffect, useRef, useState, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { FormAlert } from '../lib/api-errors';
import type { FieldErrors } from '../lib/validation';

interface SummaryLink {
  controlId: string;
  label: string;
  message: string;
}

const CONTROLS = 'input, select, textarea';

/** The control a field's error block belongs to: `<id>-error` of the control itself, or of the group that names it in aria-describedby. */
function controlOf(root: Element, block: Element): { control: HTMLElement; group: Element | null } | null {
  if (!block.id) return null;
  const own = block.id.endsWith('-error') ? root.ownerDocument.getElementById(block.id.slice(0, -'-error'.length)) : null;
  if (own?.matches(CONTROLS)) return { control: own, group: null };
  const describing = root.querySelector(`[aria-describedby~="${block.id}"]`);
  if (!describing) return null;
  if (describing.matches(CONTROLS)) return { control: describing as HTMLElement, group: null };
  const first = describing.querySelector<HTMLElement>(CONTROLS);
  return first ? { control: first, group: describing } : null;
}

/** What the field is called, without the "required" mark: its group's name for a radio group, else its label. */
function labelOf(control: HTMLElement, group: Element | null): string {
  const text = (element: Element | null | undefined) => {
    if (!element) return '';
    const copy = element.cloneNode(true) as Element;
    copy.querySelectorAll('.required-mark').forEach((mark) => mark.remove());
    return copy.textContent?.trim() ?? '';
  };
  if (group) return group.getAttribute('aria-label') ?? text(group.closest('fieldset')?.querySelector('legend'));
  return text(control.id ? control.ownerDocument.querySelector(`label[for="${control.id}"]`) : null) || (control.getAttribute('aria-label') ?? '');
}

/** Each message of each field error block in the form, in the order the fields stand, with its control. */
function readFields(root: Element): { links: SummaryLink[]; inline: Set<string> } {
  const links: SummaryLink[] = [];
  const inline = new Set<string>();
  for (const block of root.querySelectorAll('.field__error')) {
    const found = controlOf(root, block);
    for (const paragraph of block.querySelectorAll('p')) {
      const message = paragraph.textContent?.trim() ?? '';
      if (!message) continue;
      inline.add(message);
      if (found?.control.id) links.push({ controlId: found.control.id, label: labelOf(found.control, found.group), message });
    }
  }
  return { links, inline };
}

/**
 * Above a form that was sent with errors (the GOV.UK pattern): what went wrong, a link to each
 * field at fault, and the messages that belong to no field. It takes the focus after each failed
 * submission, so a keyboard or screen-reader user starts from the list rather than the button.
 * The fields' own error blocks (components/field.tsx) say which control a message belongs to.
 */
export function ErrorSummary({ form, testId = 'form-error' }: {
  form: { errors: FieldErrors; alert: FormAlert | null; attempt: number };
  testId?: string;
}) {
  const { t } = useTranslation();
  const box = useRef<HTMLDivElement>(null);
  const [fields, setFields] = useState<{ links: SummaryLink[]; inline: Set<string> }>({ links: [], inline: new Set() });
  const fieldMessages = Object.values(form.errors).flat();
  // Only once a submission failed: a field checked as it is left says so beside itself.
  const shown = form.attempt > 0 && (form.alert !== null || fieldMessages.length > 0);

  // The field blocks render with the summary; read them once they are in the page.
  useLayoutEffect(() => {
    const root = box.current?.closest('form') ?? box.current?.parentElement;
    setFields(root ? readFields(root) : { links: [], inline: new Set() });
  }, [form.errors, shown]);

  // A form that itself took the user to the field at fault (one field, e.g. a reason) keeps that focus.
  useEffect(() => {
    if (form.attempt === 0) return;
    if (document.activeElement?.getAttribute('aria-invalid') !== 'true') box.current?.focus();
  }, [form.attempt]);

  if (!shown) return null;
  const title = form.alert?.title ?? t('errors.fixFields');
  const elsewhere = [...(form.alert?.messages ?? []), ...fieldMessages.filter((message) => !fields.inline.has(message))].filter(
    (message, index, all) => message && message !== title && all.indexOf(message) === index,
  );

  const goTo = (event: MouseEvent<HTMLAnchorElement>, controlId: string) => {
    const control = document.getElementById(controlId);
    if (!control) return;
    event.preventDefault();
    control.focus();
    control.scrollIntoView?.({ block: 'center' });
  };

  return (
    <div ref={box} className="alert alert--error error-summary" role="alert" tabIndex={-1} data-testid={testId}>
      <p className="alert__title">{title}</p>
      {fields.links.length || elsewhere.length ? (
        <ul className="error-summary__list">
          {fields.links.map((link) => (
            <li key={`${link.controlId}:${link.message}`}>
              <a href={`#${link.controlId}`} onClick={(event) => goTo(event, link.controlId)}>
                {link.label ? t('errors.summaryLink', { label: link.label, message: link.message }) : link.message}
              </a>
            </li>
          ))}
          {elsewhere.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      ) : null}
      {form.alert?.requestId ? <p className="alert__meta">{t('errors.requestId', { id: form.alert.requestId })}</p> : null}
    </div>
  );
}
