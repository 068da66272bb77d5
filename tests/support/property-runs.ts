/**
 * How many runs a property test makes: the full count in `npm test`, a tenth under mutation
 * testing, where each of thousands of mutants reruns the tests that cover it.
 */
export const propertyRuns = (full: number): number => (process.env.BACKSTRIDE_MUTATION ? Math.max(20, Math.ceil(full / 10)) : full);
