import { Args, Query, Resolver } from '@nestjs/graphql';
import { Role } from '../auth/role';
import { Roles } from '../common/decorators';
import { LeavingPreviewInput, LeavingPreviewObject } from './dto/leaving.dto';
import { LeavingService } from './leaving.service';

@Resolver()
export class LeavingResolver {
  constructor(private readonly leaving: LeavingService) {}

  @Roles(Role.ADMIN, Role.HR)
  @Query(() => LeavingPreviewObject, {
    description:
      'What an end date will do before it is saved: last day paid, grants reversed, balance forfeited, the login deactivated and the API keys revoked.',
  })
  async leavingPreview(@Args('input') input: LeavingPreviewInput): Promise<LeavingPreviewObject> {
    const preview = await this.leaving.preview(input.engineerId, input.endDate);
    return {
      ...preview,
      balanceNowMicros: preview.balanceNowMicros.toString(),
      grantsToComeMicros: preview.grantsToComeMicros.toString(),
      reversedGrants: preview.reversedGrants.map((grant) => ({
        month: grant.month,
        amountMicros: grant.amountMicros.toString(),
      })),
      reversedMicros: preview.reversedMicros.toString(),
      forfeitMicros: preview.forfeitMicros.toString(),
      overageMicros: preview.overageMicros.toString(),
    };
  }
}
