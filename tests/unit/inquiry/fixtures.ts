/** Shared test fixtures: a complete, genuine-looking inquiry and two parks that differ in fit. */
import type { ParkFacts } from '../../../src/domain/park-facts';
import { inquirySchema, type Inquiry, type InquiryInput } from '../../../src/domain/inquiry/schema';

/** A valid JSON body as the client script would send it. */
export const validBody = () => ({
  parks: ['xiangjiang-auto-parts'],
  company: 'Hengtai Lightweight Materials Co., Ltd.',
  uscc: '91110000101623741K',
  country: 'CN',
  contactName: 'Li Wei',
  role: 'General Manager',
  email: 'li.wei@hengtai-materials.example',
  phone: '+86 731 5555 0101',
  industry: 'auto-parts',
  projectType: 'new-plant',
  products: 'Aluminium door frames and battery trays',
  investmentCny: 300_000_000,
  landMu: 80,
  powerKw: 4000,
  jobs: 220,
  timeline: '0-6m',
  needs: ['suppliers', 'labor'],
  processesNeeded: ['mold-stamping', 'electrophoresis'],
  message:
    'We plan a second plant for aluminium door frames and need mold stamping and e-coating suppliers nearby. Which plots of about 80 mu are ready this year?',
  consent: true,
  idempotencyKey: 'key-0123456789',
});

/**
 * The same body through the real schema (defaults applied, values normalised), so a
 * fixture can never be an inquiry the API would refuse. Keys set to undefined are dropped.
 */
export const validInquiry = (overrides: Partial<InquiryInput> = {}): Inquiry =>
  inquirySchema.parse(
    Object.fromEntries(
      Object.entries({ ...validBody(), ...overrides }).filter(([, value]) => value !== undefined),
    ),
  );

export const autoPark: ParkFacts = {
  slug: 'xiangjiang-auto-parts',
  name: 'Xiangjiang Auto Parts Zone',
  nameZh: '湘江汽车零部件园',
  targetChains: ['auto-parts', 'new-materials'],
  excludedChains: ['petrochemicals'],
  excludedProcesses: ['electroplating'],
  excludedProcessNames: [{ id: 'electroplating', en: 'Electroplating', zh: '电镀' }],
  minInvestmentIntensityCny10kPerMu: 300,
  minAnnualTaxCny10kPerMu: 20,
  availableMu: 1200,
  largestPlotMu: 300,
  standardFactoryM2: 60_000,
  spareCapacityMw: 40,
  processesWithinReach: ['mold-stamping', 'electrophoresis', 'injection-molding', 'electroplating'],
  inquiryResponseHours: 4,
};

export const electronicsPark: ParkFacts = {
  slug: 'binhai-electronics',
  name: 'Binhai Electronics Park',
  nameZh: '滨海电子产业园',
  targetChains: ['electronics'],
  excludedChains: ['auto-parts'],
  excludedProcesses: ['electrophoresis'],
  excludedProcessNames: [
    { id: 'electrophoresis', en: 'Electrophoretic coating (e-coating)', zh: '电泳涂装' },
  ],
  minInvestmentIntensityCny10kPerMu: 500,
  minAnnualTaxCny10kPerMu: 40,
  availableMu: 60,
  largestPlotMu: 40,
  standardFactoryM2: 5000,
  spareCapacityMw: 2,
  processesWithinReach: ['pcb-assembly'],
  inquiryResponseHours: 24,
};
