import type { TFunction } from 'i18next';

/** Codes the locale files do not know yet show as they are, rather than not at all. */
const word = (t: TFunction, key: string, code: string) => t(key, { defaultValue: code });

export function auditEntityLabel(t: TFunction, entityType: string): string {
  return word(t, `audit.entities.${entityType}`, entityType);
}

/** `pilot.start-use` → "시범구매 · 사용 시작"; a code without an entity part is its verb alone. */
export function auditActionLabel(t: TFunction, action: string): string {
  const dot = action.indexOf('.');
  if (dot < 0) return word(t, `audit.verbs.${action}`, action);
  const verb = action.slice(dot + 1);
  return `${auditEntityLabel(t, action.slice(0, dot))} · ${word(t, `audit.verbs.${verb}`, verb)}`;
}

export function auditStateLabel(t: TFunction, state: string | null): string {
  return state === null ? t('audit.none') : word(t, `audit.states.${state}`, state);
}
