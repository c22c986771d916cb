import { Column, Entity, PrimaryColumn } from 'typeorm';
import { DistrictColumn } from '#platform';

/** A licensed employee-assistance clinician who takes debriefs and escalations (W7, W9). */
@Entity({ name: 'eap_clinician' })
export class EapClinician {
  /** Keys lead with the district (tenancy): upserts name it in their conflict target. */
  @DistrictColumn()
  readonly districtId?: string;

  /** Their token subject at the identity provider. */
  @PrimaryColumn({ type: 'text' })
  sub: string;

  @Column({ name: 'display_name', type: 'text' })
  displayName: string;

  @Column({ type: 'text' })
  license: string;

  @Column({ type: 'boolean' })
  active: boolean;
}
