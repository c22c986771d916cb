import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { PURPOSES, type Purpose, type Unit } from '#consent';
import type { Principal } from '#platform';
import { unitOf } from './requester.js';

/** What each unit reads a referral or a support plan for, unless it says otherwise. */
export const CLINICAL_READ_PURPOSES: Partial<Record<Unit, Purpose>> = { clinical: 'treatment', police: 'co-response', administration: 'referral' };

/**
 * The purpose a read is judged for: the one asked, else the default of the unit the caller acts
 * in, else `fallback`. The unit is worked out first, so a bad x-acting-role is refused (403)
 * before anything is read.
 */
export function readPurpose(asked: Purpose | undefined, by: Principal, actingRole: string | undefined, defaults: Partial<Record<Unit, Purpose>>, fallback: Purpose): Purpose {
  const unit = unitOf(by, actingRole);
  return asked ?? (unit && defaults[unit]) ?? fallback;
}

/** `?purpose=` on a gated read whose defaults are CLINICAL_READ_PURPOSES. */
export class PurposeQuery {
  @ApiPropertyOptional({ enum: PURPOSES, description: 'Why you read it. Default by unit: clinicians treatment, police co-response, administrators referral.' })
  @IsOptional()
  @IsIn(PURPOSES)
  purpose?: Purpose;
}
