import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches } from 'class-validator';
import { UNIT_OF_ROLE, type RecipientRef, type RecipientRole, type Unit } from '#consent';

const UNITS: Unit[] = ['police', 'clinical', 'administration', 'family'];
const ROLES = Object.keys(UNIT_OF_ROLE) as RecipientRole[];

/** A recipient as a consent or a grant names it: exactly one of unit, role or person. */
export class RecipientRefDto {
  @ApiPropertyOptional({ enum: UNITS, example: 'police', description: 'A whole unit ("the district police department")' })
  @IsOptional()
  @IsIn(UNITS)
  unit?: Unit;

  @ApiPropertyOptional({ enum: ROLES, example: 'officer' })
  @IsOptional()
  @IsIn(ROLES)
  role?: RecipientRole;

  @ApiPropertyOptional({ example: 'officer-7', description: 'One person (their id at the identity provider)' })
  @IsOptional()
  @Matches(/^[A-Za-z0-9._:@-]{1,128}$/, { message: 'personId must be 1-128 letters, digits or ._:@-' })
  personId?: string;
}

/** The recipients as libs/consent reads them, or the problems (each must name exactly one thing). */
export function recipientRefs(dtos: RecipientRefDto[]): { refs: RecipientRef[]; problems: string[] } {
  const refs: RecipientRef[] = [];
  const problems: string[] = [];
  dtos.forEach((d, i) => {
    const set = [d.unit && { unit: d.unit }, d.role && { role: d.role }, d.personId && { personId: d.personId }].filter(Boolean) as RecipientRef[];
    if (set.length === 1) refs.push(set[0]);
    else problems.push(`recipients[${i}] must name exactly one of unit, role or personId`);
  });
  return { refs, problems };
}

/** `unit:police`, `role:officer`, `person:officer-7`: for events, which carry no structure. */
export function describeRef(ref: RecipientRef): string {
  return 'unit' in ref ? `unit:${ref.unit}` : 'role' in ref ? `role:${ref.role}` : `person:${ref.personId}`;
}
