import type { Message } from '@inno/contracts';
import { useForm, type DefaultValues, type FieldErrors as HookFieldErrors, type FieldValues, type Path, type Resolver } from 'react-hook-form';
import { wordMessage } from './messages';
import { useFormErrors } from './use-form-errors';
import type { FieldErrors } from './validation';

export { typedWholeNumber } from './typed-number';

/**
 * Problems per field: a shared rule's codes (libs/contracts), or, for what only the form knows
 * (two passwords that differ), its own sentence already worded.
 */
export type FormProblems = Record<string, Message[] | string[]>;

/**
 * A react-hook-form resolver by the shared rules of `@inno/contracts` (field-rules.ts): `check`
 * turns what was typed into the API's input and returns its problems, the very codes the API
 * answers a 400 with. Each error's `type` is the code, its `message` the code worded.
 */
export function sharedRulesResolver<Values extends FieldValues>(check: (values: Values) => FormProblems): Resolver<Values> {
  return (values) => {
    const problems = check(values);
    const fields = Object.keys(problems).filter((field) => problems[field].length > 0);
    if (!fields.length) return { values, errors: {} };
    const errors = Object.fromEntries(
      fields.map((field) => {
        const [first] = problems[field];
        return [field, typeof first === 'string' ? { type: 'form', message: first } : { type: first.code, message: wordMessage(first) }];
      }),
    );
    return { values: {}, errors: errors as HookFieldErrors<Values> };
  };
}


/**
 * A form checked by the shared rules before it is sent: react-hook-form holds the values, the
 * rules refuse what the API would, and the errors (the rules', or the API's 400 `detailCodes`)
 * show beside their fields and in the error summary (components/error-summary.tsx), as with
 * `useFormErrors`, whose state it returns. A field's message clears as soon as it is changed.
 */
export function useRulesForm<Values extends FieldValues>({ defaultValues, fields, check }: {
  defaultValues: DefaultValues<Values>;
  /** The API's field names the form shows errors beside. */
  fields: readonly string[];
  check: (values: Values) => FormProblems;
}) {
  const state = useFormErrors(fields);
  // react-hook-form takes its options anew at each render, so the resolver checks by the latest rules (a plan's limits, say).
  const hook = useForm<Values>({ defaultValues, resolver: sharedRulesResolver(check), shouldFocusError: false });

  /**
   * The props of a field of the family (components/field.tsx): react-hook-form's, and its errors;
   * a change clears its message and those of `alsoClears` (fields whose rule reads this one).
   */
  const field = (name: Path<Values>, alsoClears: Path<Values>[] = []) => ({
    ...hook.register(name, { onChange: () => [name, ...alsoClears].forEach(state.clearField) }),
    errors: state.errors[name],
  });

  /** The form's onSubmit: `onValid` with the values when the rules pass, else their messages shown. */
  const submit = (onValid: (values: Values) => void) =>
    hook.handleSubmit(onValid, (found) => {
      const worded: FieldErrors = {};
      for (const [name, error] of Object.entries(found)) if (typeof error?.message === 'string') worded[name] = [error.message];
      state.check(worded);
    });

  return { ...state, hook, field, submit };
}
