import { Headers } from '@nestjs/common';
import { ApiHeader } from '@nestjs/swagger';
import { ACTING_ROLE_HEADER } from './requester.js';

/**
 * The `x-acting-role` header (see requesterOf), documented on the route: which of their roles a
 * caller with several acts in. Optional; requesterOf refuses a role the caller does not hold.
 */
export function ActingRole(description = 'With several roles: the one to act in'): ParameterDecorator {
  const header = Headers(ACTING_ROLE_HEADER);
  return (target, key, index) => {
    header(target, key, index);
    if (key === undefined) return;
    ApiHeader({ name: ACTING_ROLE_HEADER, required: false, description })(target, key, Object.getOwnPropertyDescriptor(target, key)!);
  };
}

/** The header's description on the break-the-glass and referral routes. */
export const WHICH_ROLE = 'Which of your roles you act in, when you hold several';
