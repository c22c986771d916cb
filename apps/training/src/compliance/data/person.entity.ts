import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Local read model of staffing's roster events. */
@Entity({ name: 'person' })
export class Person {
  @PrimaryColumn({ name: 'staff_id', type: 'uuid' })
  staffId: string;

  @Column({ name: 'employee_id', type: 'text' })
  employeeId: string;

  @Column({ type: 'text' })
  role: string;

  @Column({ type: 'text' })
  unit: string;

  @Column({ type: 'boolean' })
  licensed: boolean;

  @Column({ type: 'boolean' })
  active: boolean;
}
