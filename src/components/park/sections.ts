/** The sections of a park profile in page order: anchor ids and the dictionary keys of their short names. */
export const PROFILE_SECTIONS = [
  { id: 'reach', label: 'section.reach' },
  { id: 'suppliers', label: 'section.suppliers' },
  { id: 'coverage', label: 'section.coverage' },
  { id: 'talent', label: 'section.talent' },
  { id: 'research', label: 'section.research' },
  { id: 'land', label: 'section.land' },
  { id: 'logistics', label: 'section.logistics' },
  { id: 'approvals', label: 'section.approvals' },
  { id: 'admission', label: 'section.admission' },
  { id: 'cases', label: 'section.cases' },
  { id: 'track-record', label: 'section.trackRecord' },
  { id: 'about', label: 'section.about' },
  { id: 'contacts', label: 'section.contacts' },
] as const;

export type ProfileSectionId = (typeof PROFILE_SECTIONS)[number]['id'];
