import type { ProposalContent, ProposalInput, ProposalUpdate, ProposalView } from '@inno/contracts';
import type { TFunction } from 'i18next';
import { newPatentRow, PATENT_FIELDS, type PatentRow } from '../../../lib/product-form';
import type { FieldErrors } from '../../../lib/validation';

/**
 * A proposal as the supplier writes it (the wizard and the edit form): values
 * as typed, the rules checked here first, and the bodies. Field names are the
 * API's, as in a 400's `details` (`patents.0.expiresOn`).
 */
export interface ProposalValues {
  productId: string;
  subArea: string;
  innovation: string;
  publicValue: string;
  trl: string;
  patents: PatentRow[];
  pilotPlan: string;
  documentIds: string[];
}

/** The wizard's steps before the check: which fields each shows. */
export const WIZARD_STEPS = ['product', 'content', 'documents', 'check'] as const;
export type WizardStep = (typeof WIZARD_STEPS)[number];

const STEP_OF_FIELD: Record<string, WizardStep> = {
  callId: 'product',
  productId: 'product',
  subArea: 'product',
  innovation: 'content',
  publicValue: 'content',
  trl: 'content',
  patents: 'content',
  pilotPlan: 'content',
  documentIds: 'documents',
};

/** The step showing a field (`patents.1.title` is on the content step). */
export function stepOfField(field: string): WizardStep | null {
  return STEP_OF_FIELD[field.split('.')[0]] ?? null;
}

export function emptyProposalValues(): ProposalValues {
  return { productId: '', subArea: '', innovation: '', publicValue: '', trl: '', patents: [], pilotPlan: '', documentIds: [] };
}

/** The values of a saved proposal; while a supplement is requested, its draft edits over the content. */
export function proposalValuesFrom(proposal: ProposalView): ProposalValues {
  const content: ProposalContent = { ...proposal.content, ...(proposal.supplementDraft ?? {}) };
  return {
    productId: proposal.product.id,
    subArea: proposal.subArea,
    innovation: content.innovation ?? '',
    publicValue: content.publicValue ?? '',
    trl: content.trl ? String(content.trl) : '',
    patents: (content.patents ?? []).map((patent) => newPatentRow(patent)),
    pilotPlan: content.pilotPlan ?? '',
    documentIds: [...(content.documentIds ?? [])],
  };
}

/** The field names a form shows errors beside, patent rows included. */
export function proposalFieldNames(values: ProposalValues): string[] {
  return [
    'callId',
    ...Object.keys(STEP_OF_FIELD).filter((field) => field !== 'callId'),
    ...values.patents.flatMap((_row, index) => PATENT_FIELDS.map((field) => `patents.${index}.${field}`)),
  ];
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The rules of the fields on these steps, worded in the current language (the `proposals` namespace). */
export function validateProposal(values: ProposalValues, t: TFunction<'proposals'>, steps: readonly WizardStep[] = WIZARD_STEPS): FieldErrors {
  const errors: FieldErrors = {};
  const required = [t('errors.required')];
  if (steps.includes('product')) {
    if (!values.productId) errors.productId = [t('errors.chooseProduct')];
    if (!values.subArea) errors.subArea = [t('errors.chooseSubArea')];
  }
  if (steps.includes('content')) {
    if (!values.innovation.trim()) errors.innovation = required;
    if (!values.publicValue.trim()) errors.publicValue = required;
    if (!values.trl) errors.trl = [t('errors.trl')];
    if (!values.pilotPlan.trim()) errors.pilotPlan = required;
    values.patents.forEach((row, index) => {
      for (const field of PATENT_FIELDS) {
        const value = row[field].trim();
        if (!value) errors[`patents.${index}.${field}`] = required;
        else if (field === 'expiresOn' && !ISO_DATE.test(value)) errors[`patents.${index}.${field}`] = [t('errors.date')];
      }
    });
  }
  return errors;
}

function contentOf(values: ProposalValues): ProposalContent {
  return {
    innovation: values.innovation.trim(),
    publicValue: values.publicValue.trim(),
    trl: Number(values.trl),
    patents: values.patents.map((row) => ({ number: row.number.trim(), title: row.title.trim(), expiresOn: row.expiresOn })),
    pilotPlan: values.pilotPlan.trim(),
    documentIds: values.documentIds,
  };
}

export function toProposalInput(callId: string, values: ProposalValues): ProposalInput {
  return { callId, productId: values.productId, subArea: values.subArea, ...contentOf(values) };
}

/** Only what changed, for a PATCH (the product and the call of a proposal do not change). */
export function proposalChanges(before: ProposalValues, after: ProposalValues): ProposalUpdate {
  const was: ProposalUpdate = { subArea: before.subArea, ...contentOf(before) };
  const now: ProposalUpdate = { subArea: after.subArea, ...contentOf(after) };
  const changes: ProposalUpdate = {};
  for (const key of Object.keys(now) as (keyof ProposalUpdate)[]) {
    if (JSON.stringify(was[key]) !== JSON.stringify(now[key])) Object.assign(changes, { [key]: now[key] });
  }
  return changes;
}
