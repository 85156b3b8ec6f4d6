import { registerEnumType } from '@nestjs/graphql';

/** What a member may do. A user can hold several roles. */
export enum Role {
  ADMIN = 'ADMIN',
  HR = 'HR',
  FINANCE = 'FINANCE',
  MANAGER = 'MANAGER',
  ENGINEER = 'ENGINEER',
}

registerEnumType(Role, {
  name: 'Role',
  description: 'What a member may do; a member can hold several roles.',
});
