import { PILOT_INDICATORS, PilotAction, PilotStatus, UsageState } from '@inno/contracts';
import { describe, expect, it } from 'vitest';
import en from '../../locales/pilots/en.json';
import ko from '../../locales/pilots/ko.json';

function flatten(node: unknown, prefix = ''): Record<string, unknown> {
  if (typeof node !== 'object' || node === null) return { [prefix]: node };
  return Object.assign({}, ...Object.entries(node).map(([key, value]) => flatten(value, prefix ? `${prefix}.${key}` : key)));
}

const placeholders = (value: unknown) => (typeof value === 'string' ? [...value.matchAll(/{{(\w+)}}/g)].map((m) => m[1]).sort() : []);

const koFlat = flatten(ko);
const enFlat = flatten(en);

describe('the pilots locale files', () => {
  it('have the same keys in Korean and English', () => {
    expect(Object.keys(enFlat).sort()).toEqual(Object.keys(koFlat).sort());
  });

  it('use the same placeholders in both languages', () => {
    for (const key of Object.keys(koFlat)) expect(placeholders(enFlat[key]), key).toEqual(placeholders(koFlat[key]));
  });

  it('have no empty strings and only strings as leaves', () => {
    for (const [key, value] of [...Object.entries(koFlat), ...Object.entries(enFlat).map(([k, v]) => [`en:${k}`, v] as const)]) {
      expect(typeof value, key).toBe('string');
      expect(value, key).not.toBe('');
    }
  });

  it('name every status, indicator, usage state and move of the contracts', () => {
    for (const status of Object.values(PilotStatus)) {
      expect(koFlat[`status.${status}`], status).toBeTruthy();
      for (const viewer of ['buyer', 'supplier', 'operator']) expect(koFlat[`nextStep.${viewer}.${status}`], `${viewer} ${status}`).toBeTruthy();
    }
    for (const indicator of PILOT_INDICATORS) expect(koFlat[`indicator.${indicator}`], indicator).toBeTruthy();
    for (const state of Object.values(UsageState)) expect(koFlat[`usage.${state}`], state).toBeTruthy();
    for (const action of Object.values(PilotAction).filter((a) => a !== PilotAction.REPORT)) {
      for (const group of ['label', 'ask', 'confirm', 'done']) expect(koFlat[`actions.${group}.${action}`], `${group} ${action}`).toBeTruthy();
    }
  });
});
