import { PsychDeclaration } from './screening/psych-declaration.entity.js';
import { PsychEvaluation } from './screening/psych-evaluation.entity.js';

export const WELLNESS_ENTITIES = [PsychEvaluation, PsychDeclaration];
