import type { InputHTMLAttributes, ReactNode, Ref, SelectHTMLAttributes, TextareaHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';

interface FieldFrameProps {
  id: string;
  label: string;
  hint?: string;
  errors?: string[];
  required?: boolean;
}

function describedBy(id: string, hint?: string, errors?: string[]): string | undefined {
  const ids = [hint ? `${id}-hint` : null, errors?.length ? `${id}-error` : null].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

function FieldFrame({ id, label, hint, errors, required, children }: FieldFrameProps & { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className={`field${errors?.length ? ' field--invalid' : ''}`}>
      <label htmlFor={id}>
        {label}
        {required ? (
          <span className="required-mark">
            <span aria-hidden="true"> *</span>
            <span className="visually-hidden"> ({t('common.requiredMark')})</span>
          </span>
        ) : null}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      ) : null}
      {children}
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

type TextFieldProps = FieldFrameProps &
  Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'required'> & { ref?: Ref<HTMLInputElement> };

/** A labelled input whose hint and errors are linked by aria-describedby. */
export function TextField({ id, label, hint, errors, required, ...input }: TextFieldProps) {
  return (
    <FieldFrame id={id} label={label} hint={hint} errors={errors} required={required}>
      <input
        id={id}
        required={required}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(id, hint, errors)}
        {...input}
      />
    </FieldFrame>
  );
}

type SelectFieldProps = FieldFrameProps &
  Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'required'> & { children: ReactNode };

export function SelectField({ id, label, hint, errors, required, children, ...select }: SelectFieldProps) {
  return (
    <FieldFrame id={id} label={label} hint={hint} errors={errors} required={required}>
      <select
        id={id}
        required={required}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(id, hint, errors)}
        {...select}
      >
        {children}
      </select>
    </FieldFrame>
  );
}

type ChoiceFieldProps<T extends string> = FieldFrameProps &
  Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'required' | 'value' | 'onChange'> & {
    choices: readonly T[];
    value: T | undefined;
    labelOf: (choice: T) => string;
    /** The first option, choosing none: "all" for a list filter. */
    noneLabel: string;
    onChange: (choice: T | undefined) => void;
  };

/** One of `choices`, or none: the shape of every list filter. */
export function ChoiceField<T extends string>({ choices, value, labelOf, noneLabel, onChange, ...field }: ChoiceFieldProps<T>) {
  return (
    <SelectField {...field} value={value ?? ''} onChange={(e) => onChange(choices.find((choice) => choice === e.target.value))}>
      <option value="">{noneLabel}</option>
      {choices.map((choice) => (
        <option key={choice} value={choice}>
          {labelOf(choice)}
        </option>
      ))}
    </SelectField>
  );
}

type TextAreaFieldProps = FieldFrameProps & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'required'>;

export function TextAreaField({ id, label, hint, errors, required, ...textarea }: TextAreaFieldProps) {
  return (
    <FieldFrame id={id} label={label} hint={hint} errors={errors} required={required}>
      <textarea
        id={id}
        required={required}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(id, hint, errors)}
        {...textarea}
      />
    </FieldFrame>
  );
}
