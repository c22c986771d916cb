import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A licensed employee-assistance clinician who takes debriefs and escalations (W7, W9). */
@Entity({ name: 'eap_clinician' })
export class EapClinician {
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
