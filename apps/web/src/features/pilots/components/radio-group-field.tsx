import { FieldsetFrame } from '../../../components/field';

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
  return (
    <FieldsetFrame id={name} role="radiogroup" legend={legend} hint={hint} errors={errors} required={required}>
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
    </FieldsetFrame>
  );
}
