import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { exportPKCS8, exportSPKI, generateKeyPair, importPKCS8, SignJWT } from 'jose';
import type { Role } from '#contracts';

/** Local development only: the issuer and audience the dev runner configures the services with. */
export const DEV_ISSUER = 'urn:joint-response:dev-idp';
export const DEV_AUDIENCE = 'urn:joint-response:api';
const ALG = 'ES256';

export interface DevKeyPaths {
  privateKey: string;
  publicKey: string;
}

export function devKeyPaths(root: string): DevKeyPaths {
  return { privateKey: join(root, '.dev', 'jwt', 'private.pem'), publicKey: join(root, '.dev', 'jwt', 'public.pem') };
}

function refuseInProduction(): void {
  if (process.env.NODE_ENV === 'production') {
    throw new Error('dev tokens are disabled when NODE_ENV=production; use the district identity provider');
  }
}

/** Creates the local signing key pair on first use (kept under .dev/, which git ignores). */
export async function ensureDevKeys(root: string): Promise<DevKeyPaths> {
  refuseInProduction();
  const paths = devKeyPaths(root);
  if (existsSync(paths.privateKey) && existsSync(paths.publicKey)) return paths;
  const { privateKey, publicKey } = await generateKeyPair(ALG, { extractable: true });
  mkdirSync(dirname(paths.privateKey), { recursive: true, mode: 0o700 });
  writeFileSync(paths.privateKey, await exportPKCS8(privateKey), { mode: 0o600 });
  writeFileSync(paths.publicKey, await exportSPKI(publicKey));
  return paths;
}

export interface DevTokenRequest {
  sub: string;
  roles: Role[];
  /** Sets the `license_number` claim (the psychologist role needs one). */
  licenseNumber?: string;
  /** Sets the `region` claim (a regional-admin needs one). */
  region?: string;
  expiresIn?: string;
}

export async function signDevToken(privateKeyPem: string, req: DevTokenRequest): Promise<string> {
  refuseInProduction();
  const key = await importPKCS8(privateKeyPem, ALG);
  return new SignJWT({ roles: req.roles, ...(req.licenseNumber ? { license_number: req.licenseNumber } : {}), ...(req.region ? { region: req.region } : {}) })
    .setProtectedHeader({ alg: ALG, typ: 'JWT' })
    .setSubject(req.sub)
    .setIssuer(DEV_ISSUER)
    .setAudience(DEV_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(req.expiresIn ?? '8h')
    .sign(key);
}

export async function mintDevToken(root: string, req: DevTokenRequest): Promise<string> {
  const paths = await ensureDevKeys(root);
  return signDevToken(readFileSync(paths.privateKey, 'utf8'), req);
}
