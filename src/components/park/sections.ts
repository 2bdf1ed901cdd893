/** The sections of a park profile in page order: anchor ids and short names for the on-this-page list. */
export const PROFILE_SECTIONS = [
  { id: 'reach', label: 'Around the park' },
  { id: 'suppliers', label: 'Suppliers by process' },
  { id: 'coverage', label: 'Process coverage' },
  { id: 'talent', label: 'Labour and talent' },
  { id: 'research', label: 'Research links' },
  { id: 'land', label: 'Land and utilities' },
  { id: 'logistics', label: 'Logistics' },
  { id: 'approvals', label: 'Approvals and service' },
  { id: 'admission', label: 'Admission and restrictions' },
  { id: 'cases', label: 'Landed projects' },
  { id: 'track-record', label: 'Track record' },
  { id: 'about', label: 'From the park' },
  { id: 'contacts', label: 'Contacts' },
] as const;
