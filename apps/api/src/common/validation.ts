import { applyDecorators, ArgumentMetadata, BadRequestException, ValidationError, ValidationPipe } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional, type ApiPropertyOptions } from '@nestjs/swagger';
import { fieldProblem, fieldProblemText, isCalendarDate, passwordProblem, passwordProblemCode, ruleMessages, textProblem, type FieldRule, type Message, type MessageCode, type TextKind } from '@inno/contracts';
import { plainToInstance, Transform, Type } from 'class-transformer';
import { getMetadataStorage, IsObject, ValidateBy, ValidateIf, ValidateNested, validate, type ValidationOptions, type ValidatorOptions } from 'class-validator';

/** Flattens class-validator's tree into `{ "company.businessNumber": ["..."] }`. */
export function fieldMessages(errors: ValidationError[], prefix = ''): Record<string, string[]> {
  const details: Record<string, string[]> = {};
  for (const error of errors) {
    const path = prefix ? `${prefix}.${error.property}` : error.property;
    if (error.constraints) {
      details[path] = Object.entries(error.constraints).map(([rule, message]) =>
        rule === 'whitelistValidation' ? `${path} is not an accepted field` : message,
      );
    }
    if (error.children?.length) Object.assign(details, fieldMessages(error.children, path));
  }
  return details;
}

/** The same tree as codes: each field's broken rules as the web words them, with the rules' limits as params. */
export function fieldCodes(errors: ValidationError[], prefix = ''): Record<string, Message[]> {
  const codes: Record<string, Message[]> = {};
  for (const error of errors) {
    const path = prefix ? `${prefix}.${error.property}` : error.property;
    if (error.constraints) {
      // A shared rule's check carries its code as context (see `Follows`); class-validator's own are read from their decorator.
      const said = Object.keys(error.constraints).map((rule) => (error.contexts?.[rule] as Message | undefined) ?? ruleMessage(error, rule.replace(/\d+$/, ''), path));
      codes[path] = [...new Map(said.map((m) => [JSON.stringify(m), m])).values()];
    }
    if (error.children?.length) Object.assign(codes, fieldCodes(error.children, path));
  }
  return codes;
}

/** Rules whose broken form is a code without params. */
const RULE_CODES: Record<string, MessageCode> = {
  isNotEmpty: 'FIELD_REQUIRED',
  isString: 'FIELD_NOT_TEXT',
  isInt: 'FIELD_NOT_WHOLE_NUMBER',
  isNumber: 'FIELD_NOT_NUMBER',
  isBoolean: 'FIELD_NOT_BOOLEAN',
  isArray: 'FIELD_NOT_LIST',
  isObject: 'FIELD_NOT_OBJECT',
  isUuid: 'FIELD_NOT_ID',
  isEmail: 'FIELD_NOT_EMAIL',
  isUrl: 'FIELD_NOT_URL',
  isIso8601: 'FIELD_NOT_DATE_TIME',
  isCalendarDate: 'FIELD_NOT_DATE',
  matches: 'FIELD_WRONG_FORMAT',
  isBusinessNumber: 'FIELD_NOT_BUSINESS_NUMBER',
  whitelistValidation: 'FIELD_NOT_ACCEPTED',
  textInput: 'FIELD_CONTROL_CHARACTERS',
  onlyForRole: 'FIELD_NOT_FOR_ROLE',
};

/** The rule's arguments as its decorator registered them (`@Length(1, 200)` → [1, 200]). */
function ruleArguments(target: object | undefined, property: string, rule: string): unknown[] {
  if (!target) return [];
  const metadata = getMetadataStorage().getTargetValidationMetadatas(target.constructor, '', true, false);
  return metadata.find((m) => m.propertyName === property && m.name === rule)?.constraints ?? [];
}

/** One broken rule of a field as the code the web words, its limits as params. */
function ruleMessage(error: ValidationError, rule: string, field: string): Message {
  const { value } = error;
  // Left out or blank (null on an optional field is a wrong value, not a missing one); the text rule runs on values only.
  if (rule !== 'whitelistValidation' && rule !== 'textInput' && (value === undefined || value === '')) return { code: 'FIELD_REQUIRED' };
  const [first, second] = ruleArguments(error.target, error.property, rule);
  switch (rule) {
    case 'isLength':
      return typeof value === 'string' && typeof second === 'number' && value.length > second ? { code: 'FIELD_TOO_LONG', params: { max: second } } : { code: 'FIELD_TOO_SHORT', params: { min: Number(first) } };
    case 'maxLength':
      return { code: 'FIELD_TOO_LONG', params: { max: Number(first) } };
    case 'minLength':
      return { code: 'FIELD_TOO_SHORT', params: { min: Number(first) } };
    case 'max':
      return { code: 'FIELD_TOO_LARGE', params: { max: Number(first) } };
    case 'min':
      return { code: 'FIELD_TOO_SMALL', params: { min: Number(first) } };
    case 'arrayMaxSize':
      return { code: 'FIELD_TOO_MANY', params: { max: Number(first) } };
    case 'arrayMinSize':
      return { code: 'FIELD_TOO_FEW', params: { min: Number(first) } };
    case 'arrayNotEmpty':
      return { code: 'FIELD_TOO_FEW', params: { min: 1 } };
    case 'isIn':
      return { code: 'FIELD_NOT_ONE_OF', params: { allowed: (first as unknown[]).join(', ') } };
    case 'isAcceptablePassword': {
      // `first` names the DTO's e-mail field, when it has one (IsAcceptablePassword).
      const email = first ? (error.target as Record<string, unknown> | undefined)?.[first as string] : undefined;
      const problem = typeof value === 'string' ? passwordProblem(value, typeof email === 'string' ? email : undefined) : null;
      return problem ? passwordProblemCode(problem) : { code: 'FIELD_INVALID', params: { field, rule } };
    }
    default:
      return RULE_CODES[rule] ? { code: RULE_CODES[rule] } : { code: 'FIELD_INVALID', params: { field, rule } };
  }
}

/** Each field of `details` marked invalid, when no rule names the problem more closely. */
const invalidFields = (details: Record<string, string[]>): Record<string, Message[]> =>
  Object.fromEntries(Object.entries(details).map(([field, messages]) => [field, messages.map(() => ({ code: 'FIELD_INVALID' as const, params: { field, rule: 'invalid' } }))]));

export class RequestValidationError extends BadRequestException {
  constructor(
    readonly details: Record<string, string[]>,
    readonly detailCodes: Record<string, Message[]> = invalidFields(details),
  ) {
    super('The request has invalid fields');
  }
}

/**
 * The field may be left out, but not sent as null (class-validator's IsOptional lets null through
 * to the service and the database as if it were a value). No field of ours is nullable by design.
 */
export const IsOptionalNotNull = (options?: ValidationOptions) => ValidateIf((_, value) => value !== undefined, options);

/**
 * One object of the class (or, with `each`, an array of them), validated field by field:
 * ValidateNested alone passes a missing value, an array where one object belongs, and `[[]]`.
 */
export const NestedObject = (type: () => new () => object, { each = false } = {}) =>
  applyDecorators(
    IsObject({ each, message: ({ property }) => (each ? `each value in ${property} must be an object` : `${property} must be an object`) }),
    ValidateNested({ each }),
    Type(type),
  );

/** A type check keeps class-validator's name, so what reads the metadata (the bad-input sweep) sees the field's type. */
const TYPE_CHECKS: Partial<Record<MessageCode, string>> = { FIELD_NOT_YES_NO: 'isBoolean', FIELD_NOT_TEXT: 'isString', FIELD_NOT_A_CHOICE: 'isIn' };

const trimText = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/**
 * The field follows its rule in `@inno/contracts` (field-rules.ts), the one the web's forms check
 * by: one class-validator check per message the rule can give, each carrying its code and limits
 * (read back by `fieldCodes`), and the OpenAPI property drawn from the same rule. Text is trimmed.
 */
export function Follows(rule: FieldRule, api: ApiPropertyOptions = {}) {
  const optional = rule.kind !== 'boolean' && (rule.optional === true || (rule.kind === 'integer' && rule.requiredWith !== undefined));
  const checks = ruleMessages(rule).map((message) =>
    ValidateBy(
      {
        name: TYPE_CHECKS[message.code] ?? message.code,
        validator: {
          validate: (value, args) => fieldProblem(rule, value, args?.object)?.code !== message.code,
          defaultMessage: (args) => fieldProblemText(args?.property ?? 'value', message),
        },
      },
      { context: message },
    ),
  );
  return applyDecorators(
    (optional ? ApiPropertyOptional : ApiProperty)({ ...openApiOf(rule), ...api } as ApiPropertyOptions),
    ...(rule.kind === 'text' ? [Transform(trimText)] : []),
    ...checks,
  );
}

function openApiOf(rule: FieldRule): ApiPropertyOptions {
  switch (rule.kind) {
    case 'text':
      return { type: String, minLength: rule.min, maxLength: rule.max };
    case 'integer':
      return { type: 'integer', minimum: rule.min, maximum: rule.max };
    case 'choice':
      return { enum: [...rule.choices] };
    case 'boolean':
      return { type: Boolean };
  }
}

/** A real calendar day, YYYY-MM-DD. */
export const IsCalendarDate = (options?: ValidationOptions) =>
  ValidateBy(
    { name: 'isCalendarDate', validator: { validate: isCalendarDate, defaultMessage: (args) => `${args?.property} must be a date (YYYY-MM-DD)` } },
    options,
  );

const LONG_TEXT = 'longText';

/**
 * Text a person writes at length (a description, a reason): it may hold tabs and line breaks,
 * which every other string refuses (see `textProblems`). It is class-validator metadata so that
 * PartialType and subclasses carry it along.
 */
export const LongText = () => ValidateBy({ name: LONG_TEXT, validator: { validate: () => true } });

const longTextFields = new WeakMap<object, Set<string>>();
const NONE = new Set<string>();

function longTextFieldsOf(type: unknown): Set<string> {
  // Objects without a prototype (a parsed query string) have no class, so no long text.
  if (typeof type !== 'function') return NONE;
  let fields = longTextFields.get(type);
  if (!fields) {
    const metadata = getMetadataStorage().getTargetValidationMetadatas(type, '', true, false);
    fields = new Set(metadata.filter((m) => m.name === LONG_TEXT).map((m) => m.propertyName));
    longTextFields.set(type, fields);
  }
  return fields;
}

/**
 * Every string of the input, keys included, checked against the one text rule of
 * `@inno/contracts`: control characters are refused, with a message per field. A walk with its
 * own stack, so no input can exhaust the call stack (the JSON parser also caps the depth).
 */
export function textProblems(value: unknown, root = ''): Record<string, string[]> {
  const details: Record<string, string[]> = {};
  const stack: { value: unknown; path: string; kind: TextKind }[] = [{ value, path: root, kind: 'line' }];
  const refuse = (path: string, message: string | null) => message && (details[path || 'body'] ??= []).push(message);
  while (stack.length) {
    const { value, path, kind } = stack.pop()!;
    if (typeof value === 'string') {
      refuse(path, textProblem(path || 'body', value, kind));
    } else if (Array.isArray(value)) {
      value.forEach((item, i) => stack.push({ value: item, path: `${path}.${i}`, kind }));
    } else if (value && typeof value === 'object') {
      const long = longTextFieldsOf(value.constructor);
      for (const [key, item] of Object.entries(value)) {
        const at = path ? `${path}.${key}` : key;
        refuse(at, textProblem('A field name', key));
        stack.push({ value: item, path: at, kind: kind === 'long' || long.has(key) ? 'long' : 'line' });
      }
    }
  }
  return details;
}

function isObjectBody(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const REQUEST_INPUT = new Set<string>(['body', 'query', 'param']);

/**
 * The global pipe: class-validator's rules per DTO, and before them what holds for every input.
 * A body is a JSON object; no string anywhere holds control characters.
 */
export class RequestValidationPipe extends ValidationPipe {
  async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (!REQUEST_INPUT.has(metadata.type)) return super.transform(value, metadata);
    if (metadata.type === 'body' && value !== undefined && !isObjectBody(value) && this.toValidate(metadata)) {
      throw new RequestValidationError({ body: ['The body must be a JSON object'] });
    }
    if (!this.toValidate(metadata)) {
      const problems = textProblems(value, metadata.data ?? '');
      if (Object.keys(problems).length) throw new RequestValidationError(problems);
    }
    return super.transform(value, metadata);
  }

  /** Text first: some of class-validator's own checks (isEmail, isURL) throw on half a surrogate pair. */
  protected async validate(object: object, options?: ValidatorOptions): Promise<ValidationError[]> {
    const problems = textProblems(object);
    if (Object.keys(problems).length) return Object.entries(problems).map(([property, messages]) => toValidationError(property, messages));
    return super.validate(object, options);
  }
}

const toValidationError = (property: string, messages: string[]): ValidationError => ({
  property,
  constraints: Object.fromEntries(messages.map((message, i) => [`textInput${i || ''}`, message])),
  children: [],
});

export function createValidationPipe(): ValidationPipe {
  return new RequestValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    stopAtFirstError: false,
    // Kept for `fieldCodes` (a rule's limits, a value too long or too short); never sent back.
    validationError: { target: true, value: true },
    exceptionFactory: (errors) => new RequestValidationError(fieldMessages(errors), fieldCodes(errors)),
  });
}

/**
 * The same checks for input that does not come through a route's body (a multipart upload's
 * fields, a CSV row): the instance and its messages per field (and their codes), empty when it is valid.
 */
export async function validateInput<T extends object>(
  type: new () => T,
  plain: object,
  options: ValidatorOptions = {},
): Promise<{ value: T; details: Record<string, string[]>; detailCodes: Record<string, Message[]> }> {
  const value = plainToInstance(type, plain);
  const problems = textProblems(value);
  const errors = Object.keys(problems).length
    ? Object.entries(problems).map(([property, messages]) => toValidationError(property, messages))
    : await validate(value, { whitelist: true, forbidNonWhitelisted: true, ...options });
  return { value, details: fieldMessages(errors), detailCodes: fieldCodes(errors) };
}
