/**
 * English labels for the enum values profile components print (institution kinds,
 * talent fields, advantages, logistics node kinds). Kept in one module so the
 * Chinese site can swap this table, or fold it into src/i18n, without touching markup.
 */
import type { Advantage } from '../../schemas/cases';
import type { TalentField } from '../../schemas/common';
import type { InstitutionKind } from '../../schemas/institutions';
import type { DestinationKind } from '../../schemas/parks';

export const institutionKindLabel: Record<InstitutionKind, string> = {
  university: 'University',
  'vocational-school': 'Vocational school',
  'research-institute': 'Research institute',
  'pilot-platform': 'Pilot platform',
  'shared-lab': 'Shared lab',
};

export const talentFieldLabel: Record<TalentField, string> = {
  mechanical: 'Mechanical',
  electrical: 'Electrical and automation',
  automotive: 'Automotive',
  materials: 'Materials',
  chemical: 'Chemical',
  electronics: 'Electronics',
  software: 'Software',
  biomedical: 'Biomedical',
  energy: 'Energy',
  logistics: 'Logistics',
  business: 'Business',
};

export const advantageLabel: Record<Advantage, string> = {
  suppliers: 'Supplier chain nearby',
  labor: 'Workforce',
  rnd: 'Research links',
  land: 'Land',
  utilities: 'Utilities',
  logistics: 'Logistics',
  approvals: 'Fast approvals',
};

export const destinationKindLabel: Record<DestinationKind, string> = {
  port: 'Port',
  rail: 'Rail freight',
  airport: 'Airport',
  highway: 'Highway',
  city: 'City',
};

/** A talent field's label; unknown fields (from a newer schema) fall back to the id. */
export function fieldLabel(field: string): string {
  return field in talentFieldLabel ? talentFieldLabel[field as TalentField] : field;
}
