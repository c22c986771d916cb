import 'reflect-metadata';
import { runService } from '#platform';
import { wellnessService } from './wellness.service.js';

await runService(wellnessService);
