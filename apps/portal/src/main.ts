import 'reflect-metadata';
import { runPortal } from './portal.app.js';

await runPortal();
