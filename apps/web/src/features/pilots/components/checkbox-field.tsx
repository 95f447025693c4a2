import type { InputHTMLAttributes } from 'react';

/** A labelled checkbox whose hint and errors are linked by aria-describedby (as the shared text fields are). */
export function CheckboxField({ id, label, hint, errors, ...input }: {
  id: string;
  label: string;
  hint?: string;
  errors?: string[];
} & Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'type'>) {
  const describedBy = [hint ? `${id}-hint` : null, errors?.length ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field choice${errors?.length ? ' field--invalid' : ''}`}>
      <input id={id} type="checkbox" aria-invalid={errors?.length ? true : undefined} aria-describedby={describedBy} {...input} />
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      ) : null}
      {errors?.length ? (
        <div id={`${id}-error`} className="field__error" role="alert">
          {errors.map((message) => (
            <p key={message}>{message}</p>
          ))}
        </div>
      ) : null}
    </div>
  );
}
