import { Inject, UseGuards } from '@nestjs/common';
import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { APP_CONFIG, AppConfig } from '../config/config';
import { CurrentUser, Public, SessionUser } from '../common/decorators';
import { AcceptInvitationInput } from '../members/dto/members.input';
import { AuthService, SignedIn } from './auth.service';
import { AuthPayloadObject } from './dto/auth-payload.object';
import { LoginInput, SignUpInput } from './dto/auth.input';
import { LocalLoginGuard } from './guards';
import { clearRefreshCookie, CookieReply, REFRESH_COOKIE, signedInPayload } from './refresh-cookie';

interface GqlContext {
  req: { cookies?: Record<string, string | undefined>; ip: string };
  reply: CookieReply;
}

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public()
  @Mutation(() => AuthPayloadObject, {
    description: 'Creates a company and its first member (ADMIN), signed in.',
  })
  async signUp(
    @Args('input') input: SignUpInput,
    @Context() context: GqlContext,
  ): Promise<AuthPayloadObject> {
    return this.respond(await this.auth.signUp(input, context.req.ip), context);
  }

  @Public()
  @UseGuards(LocalLoginGuard)
  @Mutation(() => AuthPayloadObject)
  async login(
    @Args('input') _input: LoginInput,
    @CurrentUser() user: SessionUser,
    @Context() context: GqlContext,
  ): Promise<AuthPayloadObject> {
    return this.respond(await this.auth.login(user), context);
  }

  @Public()
  @Mutation(() => AuthPayloadObject, {
    description: 'Rotates the refresh cookie and returns a new access token.',
  })
  async refreshSession(@Context() context: GqlContext): Promise<AuthPayloadObject> {
    try {
      return this.respond(await this.auth.refresh(context.req.cookies?.[REFRESH_COOKIE]), context);
    } catch (error) {
      clearRefreshCookie(context.reply, this.config);
      throw error;
    }
  }

  @Public()
  @Mutation(() => AuthPayloadObject, {
    description: 'Sets a password for an invitation and signs the new member in.',
  })
  async acceptInvitation(
    @Args('input') input: AcceptInvitationInput,
    @Context() context: GqlContext,
  ): Promise<AuthPayloadObject> {
    return this.respond(await this.auth.acceptInvitation(input), context);
  }

  @Mutation(() => Boolean, {
    description: 'Signs out: revokes this sign-in and every token rotated from it.',
  })
  async logout(@Context() context: GqlContext, @CurrentUser() user: SessionUser): Promise<boolean> {
    await this.auth.logout(context.req.cookies?.[REFRESH_COOKIE], user);
    clearRefreshCookie(context.reply, this.config);
    return true;
  }

  private respond(signedIn: SignedIn, context: GqlContext): AuthPayloadObject {
    return signedInPayload(context.reply, this.config, signedIn);
  }
}
