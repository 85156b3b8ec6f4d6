import { Company } from '../companies/company.entity';
import { User } from '../members/user.entity';
import { Invitation } from '../members/invitation.entity';
import { RefreshToken } from '../auth/refresh-token.entity';
import { LoginThrottle } from '../auth/login-throttle.entity';

/** Every entity of the app; the data source and the migration check read this list. */
export const ENTITIES = [Company, User, Invitation, RefreshToken, LoginThrottle];

/** Tenant tables: row-level security enabled and forced, filtered by app.company_id. */
export const TENANT_TABLES = ['companies', 'users', 'invitations', 'refresh_tokens'] as const;
