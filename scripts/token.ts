// Dev-only: mints a bearer token signed with the local dev key (never in production).
// Usage: npm run -s token -- --role clinician --sub u1 [--role officer] [--ttl 8h] [--license TX-PSY-1234] [--region esc-19]
import { parseArgs } from 'node:util';
// The modules themselves, not the #platform/#devkit barrels: those load NestJS, TypeORM, kafkajs and
// the embedded PostgreSQL, seconds of imports on a busy machine for one signature.
import { isRole, ROLES, type Role } from '../libs/contracts/src/roles.js';
import { mintDevToken } from '../libs/platform/src/auth/dev-tokens.js';
import { repoRoot } from '../libs/devkit/src/repo-root.js';

const { values } = parseArgs({
  options: {
    role: { type: 'string', multiple: true },
    sub: { type: 'string' },
    ttl: { type: 'string', default: '8h' },
    license: { type: 'string' },
    region: { type: 'string' },
  },
});

const roles = (values.role ?? []).flatMap((r) => r.split(','));
const bad = roles.filter((r) => !isRole(r));
if (roles.length === 0 || bad.length || !values.sub) {
  process.stderr.write(
    `usage: npm run -s token -- --role <role> --sub <subject> [--ttl 8h]\n` +
      (bad.length ? `unknown role(s): ${bad.join(', ')}\n` : '') +
      `roles: ${ROLES.join(', ')}\n`,
  );
  process.exit(2);
}

try {
  process.stdout.write(`${await mintDevToken(repoRoot(), { sub: values.sub, roles: roles as Role[], expiresIn: values.ttl, licenseNumber: values.license, region: values.region })}\n`);
} catch (err) {
  process.stderr.write(`${(err as Error).message}\n`);
  process.exit(1);
}
