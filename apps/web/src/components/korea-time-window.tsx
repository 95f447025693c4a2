import { TextField } from './field';

interface WindowEnd {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  errors?: string[];
}

/** A start and an end typed in Korea time (datetime-local values, read by `koreaLocalToIso`), side by side under one legend. */
export function KoreaTimeWindowFields({ legend, hint, start, end }: { legend: string; hint: string; start: WindowEnd; end: WindowEnd }) {
  return (
    <fieldset className="fieldset fieldset--inline">
      <legend>{legend}</legend>
      {[start, end].map(({ id, label, value, onChange, errors }) => (
        <TextField key={id} id={id} type="datetime-local" label={label} hint={hint} required value={value} onChange={(e) => onChange(e.target.value)} errors={errors} />
      ))}
    </fieldset>
  );
}
