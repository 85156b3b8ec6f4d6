import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { from, lastValueFrom, Observable } from 'rxjs';
import { requestOf } from '../common/decorators';
import { ApiKeysService } from '../api-keys/api-keys.service';
import { TenancyService } from './tenancy.service';

/** Wraps every signed-in operation, and every machine request, in a tenant transaction for the caller's company. */
@Injectable()
export class TenantTransactionInterceptor implements NestInterceptor {
  constructor(
    private readonly tenancy: TenancyService,
    private readonly apiKeys: ApiKeysService,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const type = context.getType<string>();
    if (type !== 'graphql' && type !== 'http') return next.handle();
    const request = requestOf(context);
    const { user, presentedKey } = request;
    if (!user && presentedKey) {
      // One transaction proves the API key and does the work (one round of BEGIN/COMMIT on the hot path).
      return from(
        this.tenancy.run(presentedKey.companyId, async () => {
          request.machine = await this.apiKeys.verify(presentedKey);
          return lastValueFrom(next.handle(), { defaultValue: undefined });
        }),
      );
    }
    if (!user) return next.handle();
    return from(
      this.tenancy.run(
        user.companyId,
        () => lastValueFrom(next.handle(), { defaultValue: undefined }),
        user.userId,
      ),
    );
  }
}
