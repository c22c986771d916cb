/**
 * The services of the department, their default local ports and their Postgres schemas.
 * One table so the dev runner, the portal, docker-compose/k8s checks and docs agree.
 */
export interface ServiceDescriptor {
  readonly name: 'incidents' | 'support-plans' | 'staffing' | 'training' | 'wellness';
  readonly title: string;
  readonly defaultPort: number;
  readonly schema: string;
}

export const SERVICES: readonly ServiceDescriptor[] = [
  { name: 'incidents', title: 'Incidents (police side)', defaultPort: 3001, schema: 'incidents' },
  { name: 'support-plans', title: 'Support plans (clinical side)', defaultPort: 3002, schema: 'support' },
  { name: 'staffing', title: 'Staffing and joint hiring', defaultPort: 3003, schema: 'staffing' },
  { name: 'training', title: 'Training records', defaultPort: 3004, schema: 'training' },
  { name: 'wellness', title: 'Staff well-being (confidential)', defaultPort: 3005, schema: 'wellness' },
];

export const PORTAL_DEFAULT_PORT = 3000;

export type ServiceName = ServiceDescriptor['name'];

export function serviceByName(name: ServiceName): ServiceDescriptor {
  const found = SERVICES.find((s) => s.name === name);
  if (!found) throw new Error(`unknown service ${name}`);
  return found;
}
