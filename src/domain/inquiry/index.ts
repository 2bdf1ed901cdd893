/**
 * Public API of the inquiry domain: field metadata, the schema, the credit-code check,
 * message similarity and qualification. The browser bundle imports from './schema' and
 * './fields' directly; the function may import everything from here.
 */
export * from './fields';
export * from './countries';
export * from './schema';
export * from './uscc';
export * from './similarity';
export * from './signals';
export * from './fingerprint';
export * from './admissibility';
export * from './process-mentions';
export * from './readiness';
export * from './reasons';
export * from './follow-up';
export * from './rules';
export * from './qualify';
