import type { FieldRule } from '@inno/contracts';
import type { InputHTMLAttributes, ReactNode, Ref, SelectHTMLAttributes, TextareaHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * One family of form fields: each has a label (or a legend), an optional hint, its errors, and
 * the links a screen reader follows (label/for, aria-describedby to the hint and the errors,
 * aria-invalid). The error blocks (`<id>-error`, class `field__error`) are what the error summary
 * (components/error-summary.tsx) reads and links to, so a form is a list of these fields.
 */
interface FieldFrameProps {
  id: string;
  label: string;
  hint?: string;
  errors?: string[];
  required?: boolean;
}

function describedBy(id: string, hint?: string, errors?: string[], extra?: string): string | undefined {
  const ids = [hint ? `${id}-hint` : null, extra ?? null, errors?.length ? `${id}-error` : null].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

/** What every control of the family carries: its id, required, and the links to its hint and errors. */
function controlProps(id: string, { hint, errors, required }: Omit<FieldFrameProps, 'id' | 'label'>, extra?: string) {
  return { id, required, 'aria-invalid': errors?.length ? true : undefined, 'aria-describedby': describedBy(id, hint, errors, extra) } as const;
}

function RequiredMark() {
  const { t } = useTranslation();
  return (
    <span className="required-mark">
      <span aria-hidden="true"> *</span>
      <span className="visually-hidden"> ({t('common.requiredMark')})</span>
    </span>
  );
}

function FieldHint({ id, hint }: { id: string; hint?: string }) {
  return hint ? (
    <p id={`${id}-hint`} className="field__hint">
      {hint}
    </p>
  ) : null;
}

/** A field's messages, in the block its control names in aria-describedby. */
export function FieldErrorBlock({ id, errors }: { id: string; errors?: string[] }) {
  return errors?.length ? (
    <div id={`${id}-error`} className="field__error" role="alert">
      {errors.map((message) => (
        <p key={message}>{message}</p>
      ))}
    </div>
  ) : null;
}

function FieldFrame({ id, label, hint, errors, required, children }: FieldFrameProps & { children: ReactNode }) {
  return (
    <div className={`field${errors?.length ? ' field--invalid' : ''}`}>
      <label htmlFor={id}>
        {label}
        {required ? <RequiredMark /> : null}
      </label>
      <FieldHint id={id} hint={hint} />
      {children}
      <FieldErrorBlock id={id} errors={errors} />
    </div>
  );
}

type InputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'required'> & { ref?: Ref<HTMLInputElement> };
type TextFieldProps = FieldFrameProps & InputProps;

/** A labelled input whose hint and errors are linked by aria-describedby. */
export function TextField({ id, label, hint, errors, required, ...input }: TextFieldProps) {
  return (
    <FieldFrame id={id} label={label} hint={hint} errors={errors} required={required}>
      <input {...controlProps(id, { hint, errors, required })} {...input} />
    </FieldFrame>
  );
}

/**
 * A number typed by a person. With `rule` (a shared integer rule) it is a whole number within the
 * rule's range; `won` takes an amount of won, typed with or without thousands separators; `unit`
 * (e.g. "개월", "원") stands after the control and is read with it.
 */
export function NumberField({ id, label, hint, errors, required, rule, won, unit, ...input }: TextFieldProps & {
  rule?: Extract<FieldRule, { kind: 'integer' }>;
  won?: boolean;
  unit?: string;
}) {
  const kind: InputProps = won ? { inputMode: 'numeric', maxLength: 20 } : { type: 'number', inputMode: 'numeric', step: 1, min: rule?.min, max: rule?.max };
  const control = <input {...controlProps(id, { hint, errors, required }, unit ? `${id}-unit` : undefined)} {...kind} {...input} />;
  return (
    <FieldFrame id={id} label={label} hint={hint} errors={errors} required={required}>
      {unit ? (
        <span className="field__with-unit">
          {control}
          <span id={`${id}-unit`} className="field__unit">
            {unit}
          </span>
        </span>
      ) : (
        control
      )}
    </FieldFrame>
  );
}

/** A calendar day (YYYY-MM-DD), as the API's dates are. */
export function DateField(props: TextFieldProps) {
  return <TextField type="date" {...props} />;
}

/** A file to upload; `accept` says which types the picker offers (lib/files.ts). */
export function FileField(props: TextFieldProps & { accept: string }) {
  return <TextField type="file" {...props} />;
}

type SelectFieldProps = FieldFrameProps &
  Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'required'> & { children: ReactNode; ref?: Ref<HTMLSelectElement> };

export function SelectField({ id, label, hint, errors, required, children, ...select }: SelectFieldProps) {
  return (
    <FieldFrame id={id} label={label} hint={hint} errors={errors} required={required}>
      <select {...controlProps(id, { hint, errors, required })} {...select}>
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

type TextAreaFieldProps = FieldFrameProps & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'required'> & { ref?: Ref<HTMLTextAreaElement> };

export function TextAreaField({ id, label, hint, errors, required, ...textarea }: TextAreaFieldProps) {
  return (
    <FieldFrame id={id} label={label} hint={hint} errors={errors} required={required}>
      <textarea {...controlProps(id, { hint, errors, required })} {...textarea} />
    </FieldFrame>
  );
}

/** A labelled checkbox (label after the box), its hint and errors linked as the other fields' are. */
export function CheckboxField({ id, label, hint, errors, ...input }: Omit<FieldFrameProps, 'required'> & Omit<InputProps, 'type'>) {
  return (
    <div className={`field choice${errors?.length ? ' field--invalid' : ''}`}>
      <input {...controlProps(id, { hint, errors })} type="checkbox" {...input} />
      <label htmlFor={id}>{label}</label>
      <FieldHint id={id} hint={hint} />
      <FieldErrorBlock id={id} errors={errors} />
    </div>
  );
}

/**
 * A group of controls in a fieldset whose legend names it: the fieldset carries the links to the
 * hint and the errors (the error summary links to its first control).
 */
export function FieldsetFrame({ id, legend, hint, errors, required, className, testId, role, children }: {
  id: string;
  legend: string;
  hint?: string;
  errors?: string[];
  required?: boolean;
  className?: string;
  testId?: string;
  /** `radiogroup` for radios, which then carries aria-required and aria-invalid itself. */
  role?: 'radiogroup';
  children: ReactNode;
}) {
  return (
    <fieldset
      role={role}
      className={['fieldset', className, errors?.length ? 'field--invalid' : null].filter(Boolean).join(' ')}
      aria-describedby={describedBy(id, hint, errors)}
      aria-required={(role && required) || undefined}
      aria-invalid={(role && errors?.length && true) || undefined}
      data-testid={testId}
    >
      <legend>
        {legend}
        {required ? <RequiredMark /> : null}
      </legend>
      <FieldHint id={id} hint={hint} />
      {children}
      <FieldErrorBlock id={id} errors={errors} />
    </fieldset>
  );
}

/** Several boxes under one legend; `value` is what is ticked, in the order ticked. */
export function CheckboxGroupField<T extends string>({ options, value, onChange, children, ...frame }: Omit<Parameters<typeof FieldsetFrame>[0], 'role' | 'children'> & {
  options: { value: T; label: ReactNode }[];
  value: readonly T[];
  onChange: (value: T[]) => void;
  /** Said between the hint and the boxes (loading, a failure, nothing to choose). */
  children?: ReactNode;
}) {
  return (
    <FieldsetFrame {...frame}>
      {children}
      <div className="choice-list choice-list--columns">
        {options.map((option) => (
          <div key={option.value} className="choice">
            <input
              type="checkbox"
              id={`${frame.id}-${option.value}`}
              checked={value.includes(option.value)}
              onChange={(e) => onChange(e.target.checked ? [...value, option.value] : value.filter((chosen) => chosen !== option.value))}
            />
            <label htmlFor={`${frame.id}-${option.value}`}>{option.label}</label>
          </div>
        ))}
      </div>
    </FieldsetFrame>
  );
}
