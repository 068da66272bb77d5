import type { Answers } from '../schemas/answers';

/**
 * The toe-touch test is not asked with pain below the knee, when leaning back eases the pain, or
 * with osteoporosis; an answer given anyway (an old profile, a file) is then ignored.
 */
export const toeTouchAsked = (a: Pick<Answers, 'painWhere' | 'eases' | 'riskFactors'>) =>
  !a.painWhere.includes('below-knee') && a.eases !== 'leaning-back' && !a.riskFactors.includes('osteoporosis');
