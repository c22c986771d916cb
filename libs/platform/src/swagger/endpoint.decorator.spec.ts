import 'reflect-metadata';
import { ALLOWED_ROLES, Authorize } from '../auth/auth.decorators.js';
import { ApiProblem } from './api-problem.decorator.js';
import { Endpoint } from './endpoint.decorator.js';

class Answer {}

class Routes {
  @Endpoint({
    roles: ['officer', 'system'],
    summary: 'Do it',
    description: 'Why it matters',
    status: 200,
    response: Answer,
    problems: { 404: 'No such thing (THING.NOT_FOUND)', 409: 'Not now (THING.WRONG_STATUS)' },
  })
  act(): void {}

  @Endpoint({ roles: ['admin'], summary: 'Make one', status: 201, response: [Answer] })
  create(): void {}

  @Endpoint({ roles: ['admin'], summary: 'Read' })
  read(): void {}

  @Endpoint({ roles: ['admin'], summary: 'Sealed', problems: { 403: 'Not the author (THING.SEALED)' } })
  sealed(): void {}

  @Authorize('admin')
  @ApiProblem(403, 'Not the author (THING.SEALED)')
  stacked(): void {}
}

// Nest's and @nestjs/swagger's metadata keys, as their decorators write them.
const meta = (key: string, method: keyof Routes) => Reflect.getMetadata(key, Routes.prototype[method]);

describe('@Endpoint', () => {
  it('sets the roles (fail closed), the operation, the success status and every problem', () => {
    expect(meta(ALLOWED_ROLES, 'act')).toEqual(['officer', 'system']);
    expect(meta('swagger/apiOperation', 'act')).toMatchObject({ summary: 'Do it', description: 'Why it matters' });
    expect(meta('__httpCode__', 'act')).toBe(200);
    const responses = meta('swagger/apiResponse', 'act');
    expect(responses['200']).toMatchObject({ type: Answer });
    expect(responses['404'].description).toBe('No such thing (THING.NOT_FOUND)');
    expect(responses['409'].content['application/problem+json']).toBeDefined();
    expect(responses['403'].description).toContain('officer, system');
  });

  it('documents a 201 as created, array responses as arrays, and leaves the status alone when unset', () => {
    expect(meta('swagger/apiResponse', 'create')['201']).toMatchObject({ type: Answer, isArray: true });
    expect(meta('__httpCode__', 'create')).toBe(201);
    expect(meta('__httpCode__', 'read')).toBeUndefined();
    expect(meta('swagger/apiOperation', 'read')).toEqual({ summary: 'Read' });
  });

  it("documents a route's own 403 exactly as the stacked decorators did (its text first)", () => {
    expect(meta('swagger/apiResponse', 'sealed')['403']).toEqual(meta('swagger/apiResponse', 'stacked')['403']);
    expect(meta('swagger/apiResponse', 'sealed')['403'].description).toMatch(/^Not the author/);
  });
});
