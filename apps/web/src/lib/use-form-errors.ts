import { useCallback, useState, type Dispatch, type SetStateAction } from 'react';
import { useTranslation } from 'react-i18next';
import { describeFormFailure, type FormAlert } from './api-errors';
import { hasErrors, type FieldErrors } from './validation';

/**
 * Field errors (from the client rules or the API's 400 `details`) and the
 * form-level alert, keyed by the API's field names.
 */
export function useFormErrors(knownFields: readonly string[]) {
  const { t } = useTranslation();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [alert, setAlert] = useState<FormAlert | null>(null);
  /** Counts the submissions that failed, so the error summary takes the focus each time (components/error-summary.tsx). */
  const [attempt, setAttempt] = useState(0);

  /** Shows client-side errors; returns true when the form may be sent. */
  const check = useCallback((found: FieldErrors) => {
    setErrors(found);
    setAlert(null);
    const valid = !hasErrors(found);
    if (!valid) setAttempt((previous) => previous + 1);
    return valid;
  }, []);

  const fail = useCallback(
    (error: unknown, titles?: Partial<Record<number, string>>) => {
      const failure = describeFormFailure(error, t, knownFields, titles);
      setErrors(failure.byField);
      setAlert(failure.alert);
      setAttempt((previous) => previous + 1);
    },
    [t, knownFields],
  );

  const clearField = useCallback((field: string) => {
    setErrors((previous) => {
      if (!(field in previous)) return previous;
      const { [field]: _cleared, ...rest } = previous;
      return rest;
    });
  }, []);

  const reset = useCallback(() => {
    setErrors({});
    setAlert(null);
  }, []);

  return { errors, alert, attempt, check, fail, clearField, reset, setErrors };
}

/**
 * The onChange of a part of a form edited by its own component (criteria, designation rules):
 * the part's new value, and the messages of the fields it touched cleared.
 */
export function partSetter<Values>(setValues: Dispatch<SetStateAction<Values>>, clearField: (field: string) => void) {
  return <K extends keyof Values>(part: K) =>
    (value: Values[K], touched: string[]) => {
      setValues((previous) => ({ ...previous, [part]: value }));
      touched.forEach(clearField);
    };
}
