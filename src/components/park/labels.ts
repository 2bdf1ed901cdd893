/**
 * Labels for the enum values profile components print (institution kinds, talent
 * fields, advantages, logistics node kinds), from the dictionaries, so a new enum
 * value without a label in either language is a type error.
 */
import type { Advantage } from '../../schemas/cases';
import type { TalentField } from '../../schemas/common';
import type { InstitutionKind } from '../../schemas/institutions';
import type { DestinationKind } from '../../schemas/parks';
import { t, type Locale } from '../../i18n';

export const institutionKindLabel = (kind: InstitutionKind, locale: Locale): string =>
  t(`kind.institution.${kind}`, {}, locale);

export const advantageLabel = (advantage: Advantage, locale: Locale): string =>
  t(`kind.advantage.${advantage}`, {}, locale);

export const destinationKindLabel = (kind: DestinationKind, locale: Locale): string =>
  t(`kind.destination.${kind}`, {}, locale);

const TALENT_FIELDS = new Set<string>([
  'mechanical',
  'electrical',
  'automotive',
  'materials',
  'chemical',
  'electronics',
  'software',
  'biomedical',
  'energy',
  'logistics',
  'business',
] satisfies TalentField[]);

/** A talent field's label; unknown fields (from a newer schema) fall back to the id. */
export function fieldLabel(field: string, locale: Locale): string {
  return TALENT_FIELDS.has(field) ? t(`kind.field.${field as TalentField}`, {}, locale) : field;
}
