import { useTranslation } from 'react-i18next';

/** Native radios in a fieldset: the legend names the group; its hint and errors are linked by aria-describedby. */
export function RadioGroupField<T extends string | number>({ name, legend, hint, options, value, onChange, errors, required, testIdPrefix }: {
  name: string;
  legend: string;
  hint?: string;
  options: { value: T; label: string }[];
  value: T | null;
  onChange: (value: T) => void;
  errors?: string[];
  required?: boolean;
  /** Each radio gets `${testIdPrefix}-${value}`. */
  testIdPrefix: string;
}) {
  const { t } = useTranslation();
  const describedBy = [hint ? `${name}-hint` : null, errors?.length ? `${name}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset
      role="radiogroup"
      className={`fieldset${errors?.length ? ' field--invalid' : ''}`}
      aria-describedby={describedBy}
      aria-required={required || undefined}
      aria-invalid={errors?.length ? true : undefined}
    >
      <legend>
        {legend}
        {required ? (
          <span className="required-mark">
            <span aria-hidden="true"> *</span>
            <span className="visually-hidden"> ({t('common.requiredMark')})</span>
          </span>
        ) : null}
      </legend>
      {hint ? (
        <p id={`${name}-hint`} className="field__hint">
          {hint}
        </p>
      ) : null}
      <div className="choice-list">
        {options.map((option) => {
          const id = `${name}-${option.value}`;
          return (
            <div key={String(option.value)} className="choice">
              <input
                type="radio"
                id={id}
                name={name}
                value={String(option.value)}
                checked={value === option.value}
                onChange={() => onChange(option.value)}
                data-testid={`${testIdPrefix}-${option.value}`}
              />
              <label htmlFor={id}>{option.label}</label>
            </div>
          );
        })}
      </div>
      {errors?.length ? (
        <div id={`${name}-error`} className="field__error" role="alert">
          {errors.map((message) => (
            <p key={message}>{message}</p>
          ))}
        </div>
      ) : null}
    </fieldset>
  );
}
