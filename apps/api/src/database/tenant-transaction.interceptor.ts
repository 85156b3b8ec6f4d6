import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { from, lastValueFrom, Observable } from 'rxjs';
import { requestOf } from '../common/decorators';
import { TenancyService } from './tenancy.service';

/** Wraps every signed-in operation in a tenant transaction for the caller's company. */
@Injectable()
export class TenantTransactionInterceptor implements NestInterceptor {
  constructor(private readonly tenancy: TenancyService) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const type = context.getType<string>();
    if (type !== 'graphql' && type !== 'http') return next.handle();
    const { user, machine } = requestOf(context);
    if (!user && machine) {
      return from(
        this.tenancy.run(machine.companyId, () => lastValueFrom(next.handle(), { defaultValue: undefined })),
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
