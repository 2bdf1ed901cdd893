/**
 * Park profiles. File: content/parks/<slug>.md — frontmatter holds the facts,
 * the Markdown body holds the park's own introduction (English).
 */
import { z } from 'zod';
import {
  coordinates,
  id,
  localized,
  localizedText,
  nonNegative,
  nonNegativeInt,
  positiveInt,
  provenance,
} from './common';

export const parkLevels = ['national', 'provincial', 'municipal', 'county'] as const;
export const destinationKinds = ['port', 'rail', 'airport', 'highway', 'city'] as const;

export const parkSchema = z.strictObject({
  /** URL slug; must equal the file name, e.g. "xiangjiang-auto-parts-zone". */
  slug: id,
  /** Official name. */
  name: localized,
  /** Province, e.g. { en: "Hunan", zh: "湖南" }. */
  province: localized,
  /** City or prefecture. */
  city: localized,
  /** Location of the park's administrative centre; all distances start here. */
  coordinates,
  /** Administrative level that approved the zone. */
  level: z.enum(parkLevels),
  /** One or two sentences shown on cards and in search results (max 240 characters in English). */
  summary: localizedText({ en: [20, 240], zh: [8, 120] }),
  /** Shown on the home page when true. */
  featured: z.boolean().default(false),
  /** Planned area in km². */
  plannedAreaKm2: nonNegative().optional(),
  /** Industry chain ids the park plans for (content/taxonomy/chains). */
  targetChains: z.array(id).min(1, 'List at least one target chain id'),
  /** What the park does not accept. */
  restrictions: z
    .strictObject({
      /** Chain ids the park will not admit. */
      excludedChains: z.array(id).default([]),
      /** Process ids not allowed on site (e.g. electroplating in a zone without a treatment plant). */
      excludedProcesses: z.array(id).default([]),
      /** Plain-language notes, e.g. environmental categories not accepted. */
      notes: z.array(localized).default([]),
    })
    .default({ excludedChains: [], excludedProcesses: [], notes: [] }),
  /** Admission thresholds the park really applies. */
  admission: z.strictObject({
    /** Minimum fixed-asset investment per mu of land, in 10k CNY per mu. */
    minInvestmentIntensityCny10kPerMu: nonNegative(),
    /** Minimum annual tax per mu once in production, in 10k CNY per mu. */
    minAnnualTaxCny10kPerMu: nonNegative(),
    /** Minimum annual output per mu, in 10k CNY per mu. */
    minAnnualOutputCny10kPerMu: nonNegative().optional(),
    ...provenance,
  }),
  /** Land and buildings available now. */
  land: z.strictObject({
    /** Industrial land ready for transfer, in mu (1 mu = 666.67 m²). */
    availableMu: nonNegative(),
    /** Land transfer price, in 10k CNY per mu. */
    pricePerMuCny10k: nonNegative(),
    /** Largest single contiguous plot, in mu. */
    largestPlotMu: nonNegative().optional(),
    /** Standard factory buildings ready to move into. */
    standardFactory: z
      .strictObject({
        /** Floor space available, in m². */
        availableM2: nonNegative(),
        /** Rent, in CNY per m² per month. */
        rentCnyPerM2Month: nonNegative().optional(),
        /** Sale price, in CNY per m². */
        salePriceCnyPerM2: nonNegative().optional(),
      })
      .optional(),
    ...provenance,
  }),
  /** Power, water, gas and steam. */
  utilities: z.strictObject({
    /** Industrial power price, in CNY per kWh (average, large industry tariff). */
    powerPriceCnyPerKwh: nonNegative(),
    /** Installed substation capacity serving the park, in MVA. */
    substationCapacityMva: nonNegative(),
    /** Power that new projects can still connect, in MW. */
    spareCapacityMw: nonNegative(),
    /** Supply voltages offered, in kV. */
    voltageLevelsKv: z.array(z.number().positive()).min(1),
    /** Industrial water price, in CNY per m³. */
    waterPriceCnyPerM3: nonNegative(),
    /** Spare water supply capacity, in m³ per day. */
    waterCapacityM3PerDay: nonNegative(),
    /** Natural gas price in CNY per m³; omit when there is no pipeline gas. */
    gasPriceCnyPerM3: nonNegative().optional(),
    /** Steam price in CNY per tonne; omit when there is no steam network. */
    steamPriceCnyPerTonne: nonNegative().optional(),
    ...provenance,
  }),
  /** Distances and travel times to the places freight goes. */
  logistics: z.strictObject({
    destinations: z
      .array(
        z.strictObject({
          /** Destination, e.g. "Yangluo container port". */
          name: localized,
          /** What kind of node it is. */
          kind: z.enum(destinationKinds),
          /** Road or rail distance, in km. */
          distanceKm: nonNegative(),
          /** Typical truck (or train) time, in hours. */
          hours: nonNegative(),
        }),
      )
      .min(1, 'List at least one logistics destination'),
    ...provenance,
  }),
  /** Wages and recruitment help (schools within reach are computed from institutions). */
  labor: z.strictObject({
    /** Skilled workers living within commuting distance. */
    skilledWorkerPool: nonNegativeInt(),
    /** Typical monthly gross wage, in CNY. */
    monthlyWageCny: z.strictObject({
      operator: positiveInt(),
      technician: positiveInt(),
      engineer: positiveInt(),
    }),
    /** What the park does to help hire, e.g. "job fairs each March with 12 schools". */
    recruitmentSupport: z.array(localized).default([]),
    ...provenance,
  }),
  /** How fast a project gets its permits. */
  approvals: z.strictObject({
    /** One window handles all approvals. */
    oneStop: z.boolean(),
    /** Construction may start on the day land is delivered with its certificates. */
    certificateOnArrival: z.boolean().default(false),
    /** Steps in order, each with the working days the park commits to. */
    steps: z
      .array(
        z.strictObject({
          /** Step, e.g. "Business registration". */
          name: localized,
          /** Committed working days. */
          workingDays: nonNegative(),
        }),
      )
      .min(1, 'List at least one approval step'),
    ...provenance,
  }),
  /** What the park commits to after a project lands. */
  service: z.strictObject({
    /** Role of the named service officer, e.g. "Project butler (one per project)". */
    officerRole: localized,
    /** The park keeps a demand list per company and works through it. */
    demandList: z.boolean(),
    /** Follow-up rhythm, e.g. "Monthly visit in the first year". */
    followUp: localized,
    /** Other post-landing help: procurement catalogues, regulator meetings... */
    extras: z.array(localized).default([]),
    /** Committed response time to an inquiry, in business hours. */
    inquiryResponseHours: positiveInt(),
  }),
  /** People to contact, by role. */
  contacts: z
    .array(
      z.strictObject({
        /** Role, e.g. "Head of investment promotion". */
        role: localized,
        /** Name (fictional in sample content). */
        name: z.string().trim().min(2),
        /** Work e-mail address. */
        email: z.email(),
        /** Work phone, international format. */
        phone: z
          .string()
          .regex(/^\+?[0-9 ()-]{7,20}$/, 'Write a phone number such as +86 731 5555 0101'),
      }),
    )
    .min(1, 'List at least one contact'),
  /** Signed versus landed: the figures the field now judges parks by. */
  trackRecord: z
    .strictObject({
      /** Year the figures cover. */
      year: z.number().int().min(2000).max(2100),
      /** Projects signed that year. */
      signedProjects: nonNegativeInt(),
      /** Of those, projects that started construction or production. */
      landedProjects: nonNegativeInt(),
      /** Share of committed capital that arrived, in percent. */
      fundsInPlaceRatePct: z.number().min(0).max(100),
      ...provenance,
    })
    .refine((record) => record.landedProjects <= record.signedProjects, {
      message:
        'landedProjects cannot exceed signedProjects (landed projects are a subset of signed ones)',
      path: ['landedProjects'],
    }),
});
export type ParkData = z.infer<typeof parkSchema>;
export type ParkLevel = (typeof parkLevels)[number];
export type DestinationKind = (typeof destinationKinds)[number];
