import 'reflect-metadata';
import { runService } from '#platform';
import { staffingService } from './staffing.service.js';

await runService(staffingService);
