import { useCallback, useState } from 'react';
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

  /** Shows client-side errors; returns true when the form may be sent. */
  const check = useCallback((found: FieldErrors) => {
    setErrors(found);
    setAlert(null);
    return !hasErrors(found);
  }, []);

  const fail = useCallback(
    (error: unknown, titles?: Partial<Record<number, string>>) => {
      const failure = describeFormFailure(error, t, knownFields, titles);
      setErrors(failure.byField);
      setAlert(failure.alert);
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

  return { errors, alert, check, fail, clearField, reset, setErrors };
}
