import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { CurrentUser, SessionUser } from '../common/decorators';
import { Role } from '../auth/role';
import { MembersService } from './members.service';

class MeResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() email: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: Role, isArray: true }) roles: Role[];
  @ApiProperty({ format: 'uuid' }) companyId: string;
  @ApiProperty() companyName: string;
}

@ApiTags('members')
@ApiBearerAuth()
@Controller('v1')
export class MeController {
  constructor(private readonly members: MembersService) {}

  @Get('me')
  @ApiOperation({ summary: 'The signed-in member (bearer access token).' })
  @ApiOkResponse({ type: MeResponse })
  async me(@CurrentUser() user: SessionUser): Promise<MeResponse> {
    const me = await this.members.userObject(user.userId);
    return {
      id: me.id,
      email: me.email,
      name: me.name,
      roles: me.roles,
      companyId: me.company.id,
      companyName: me.company.name,
    };
  }
}
