// Records the current shape of every event schema in libs/contracts/schema-lock.json.
// Run after adding an event type, an optional field or an enum value: `npm run schema:lock`. The
// catalog test then rejects breaking changes within a version: removed, retyped or newly required
// fields, removed enum values, changed formats or patterns (see breakingChanges in libs/contracts).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EVENTS, shapesOf } from '#contracts';
import { repoRoot } from '#devkit';

writeFileSync(join(repoRoot(), 'libs', 'contracts', 'schema-lock.json'), `${JSON.stringify(shapesOf(EVENTS), null, 2)}\n`);
process.stdout.write(`locked ${EVENTS.length} event schemas\n`);
