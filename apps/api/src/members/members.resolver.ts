import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser, Public, Roles, SessionUser } from '../common/decorators';
import { Role } from '../auth/role';
import { InvitationObject, InvitationPreviewObject } from './dto/invitation.object';
import { MemberObject } from './dto/member.object';
import { InviteMemberInput, SetMemberRolesInput } from './dto/members.input';
import { UserObject } from './dto/user.object';
import { MembersService } from './members.service';

@Resolver()
export class MembersResolver {
  constructor(private readonly membersService: MembersService) {}

  @Query(() => UserObject, { description: 'The signed-in member, with their company and roles.' })
  me(@CurrentUser() user: SessionUser): Promise<UserObject> {
    return this.membersService.userObject(user.userId);
  }

  @Roles(Role.ADMIN)
  @Query(() => [MemberObject], { description: 'Members and pending invitations of the company.' })
  members(): Promise<MemberObject[]> {
    return this.membersService.listMembers();
  }

  @Roles(Role.ADMIN)
  @Mutation(() => InvitationObject)
  inviteMember(
    @Args('input') input: InviteMemberInput,
    @CurrentUser() user: SessionUser,
  ): Promise<InvitationObject> {
    return this.membersService.invite(user, input.email, input.roles);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => InvitationObject)
  revokeInvitation(@Args('id', { type: () => ID }) id: string): Promise<InvitationObject> {
    return this.membersService.revokeInvitation(id);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => MemberObject, {
    description:
      "Sets a member's roles; applies on their next request. The company always keeps an active ADMIN.",
  })
  setMemberRoles(
    @Args('input') input: SetMemberRolesInput,
    @CurrentUser() user: SessionUser,
  ): Promise<MemberObject> {
    return this.membersService.setRoles(user, input.userId, input.roles);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => MemberObject, {
    description: 'Deactivates a member: signed out on their next request, cannot sign in until reactivated.',
  })
  deactivateMember(
    @Args('userId', { type: () => ID }) userId: string,
    @CurrentUser() user: SessionUser,
  ): Promise<MemberObject> {
    return this.membersService.deactivate(user, userId);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => MemberObject, { description: 'Lets a deactivated member sign in again.' })
  reactivateMember(@Args('userId', { type: () => ID }) userId: string): Promise<MemberObject> {
    return this.membersService.reactivate(userId);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => MemberObject, {
    description: 'Removes a member for good: signed out on their next request and gone from the list.',
  })
  removeMember(
    @Args('userId', { type: () => ID }) userId: string,
    @CurrentUser() user: SessionUser,
  ): Promise<MemberObject> {
    return this.membersService.remove(user, userId);
  }

  @Public()
  @Query(() => InvitationPreviewObject, { description: 'What an invitation link is for (public).' })
  invitationPreview(@Args('token') token: string): Promise<InvitationPreviewObject> {
    return this.membersService.preview(token);
  }
}
