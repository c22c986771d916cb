import { StepTimeDto } from '../incident/step-time.dto.js';

/** Only the time: dispatch picks the responders itself, from eligibility at that instant. */
export class DispatchCoRespondersDto extends StepTimeDto {}
