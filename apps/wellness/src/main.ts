import 'reflect-metadata';
import { runService } from '#platform';
import { wellnessDefinition } from './wellness.definition.js';

await runService(wellnessDefinition);
