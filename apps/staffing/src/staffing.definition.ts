import { MESSAGING_MIGRATIONS } from '#messaging';
import type { ServiceDefinition } from '#platform';
import { CreateStaffMember1763900000000 } from './migrations/1763900000000-create-staff-member.js';
import { CreateStaffCertification1763900000100 } from './migrations/1763900000100-create-staff-certification.js';
import { CreateHiring1764100000000 } from './migrations/1764100000000-create-hiring.js';
import { CreateCampusAssignment1764100000100 } from './migrations/1764100000100-create-campus-assignment.js';
import { CreateOnCall1764100000200 } from './migrations/1764100000200-create-on-call.js';
import { CreateStaffStatus1764100000300 } from './migrations/1764100000300-create-staff-status.js';
import { StaffingListIndexes1764300000000 } from './migrations/1764300000000-list-indexes.js';
import { CreatePsychDeclaration1764800000000 } from './migrations/1764800000000-create-psych-declaration.js';
import { StaffSupervisor1764800000100 } from './migrations/1764800000100-staff-supervisor.js';
import { DistrictIntoDirectory1765500000100 } from './migrations/1765500000100-district-into-directory.js';
import { ASSIGNMENT_ENTITIES } from './assignments/assignments.module.js';
import { HIRING_ENTITIES } from './hiring/hiring.module.js';
import { ON_CALL_ENTITIES } from './on-call/on-call.module.js';
import { STAFF_ENTITIES } from './staff/staff.module.js';
import { StaffingModule } from './staffing.module.js';

export const staffingDefinition: ServiceDefinition = {
  service: 'staffing',
  api: {
    title: 'Staffing API',
    description:
      'Positions, joint hiring (offers need both the chief of police and the director of behavioral health), ' +
      'the staff roster, campus assignments, the on-call clinician schedule, and the district registry (platform-admin).',
  },
  feature: StaffingModule,
  database: {
    entities: [...STAFF_ENTITIES, ...HIRING_ENTITIES, ...ASSIGNMENT_ENTITIES, ...ON_CALL_ENTITIES],
    migrations: [
      ...MESSAGING_MIGRATIONS,
      CreateStaffMember1763900000000,
      CreateStaffCertification1763900000100,
      CreateHiring1764100000000,
      CreateCampusAssignment1764100000100,
      CreateOnCall1764100000200,
      CreateStaffStatus1764100000300,
      StaffingListIndexes1764300000000,
      CreatePsychDeclaration1764800000000,
      StaffSupervisor1764800000100,
      DistrictIntoDirectory1765500000100,
    ],
  },
};
