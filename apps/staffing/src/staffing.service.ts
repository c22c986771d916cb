import { CreateMessagingTables1763900000001 } from '#messaging';
import type { ServiceDefinition } from '#platform';
import { CreateStaffMember1763900000000 } from './migrations/1763900000000-create-staff-member.js';
import { CreateStaffCertification1763900000100 } from './migrations/1763900000100-create-staff-certification.js';
import { StaffCertification } from './staff/staff-certification.entity.js';
import { StaffMember } from './staff/staff-member.entity.js';
import { StaffingModule } from './staffing.module.js';

export const staffingService: ServiceDefinition = {
  service: 'staffing',
  api: {
    title: 'Staffing API',
    description:
      'Positions, joint hiring (offers need both the chief of police and the director of behavioral health), ' +
      'the staff roster, campus assignments and the on-call clinician schedule.',
  },
  feature: StaffingModule,
  database: {
    entities: [StaffMember, StaffCertification],
    migrations: [CreateMessagingTables1763900000001, CreateStaffMember1763900000000, CreateStaffCertification1763900000100],
  },
};
