/** The section headings of a park profile, one sentence each, keyed by section. */
export interface ParkHeadings {
  reach: string;
  suppliers: string;
  coverage: string;
  talent: string;
  research: string;
  land: string;
  logistics: string;
  approvals: string;
  cases: string;
  admission: string;
  trackRecord: string;
  contacts: string;
}
