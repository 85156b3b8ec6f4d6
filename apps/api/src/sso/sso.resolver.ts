import { Inject } from '@nestjs/common';
import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthPayloadObject } from '../auth/dto/auth-payload.object';
import { CookieReply, signedInPayload } from '../auth/refresh-cookie';
import { Role } from '../auth/role';
import { Public, Roles } from '../common/decorators';
import { APP_CONFIG, AppConfig } from '../config/config';
import {
  CompleteSsoSignInInput,
  SaveSsoConnectionInput,
  SsoConnectionObject,
  SsoSettingsObject,
  SsoSignInStartObject,
  StartSsoSignInInput,
} from './dto/sso.dto';
import { SsoSignInService } from './sso-sign-in.service';
import { SsoConnection, ssoRedirectUri, SsoSettingsService } from './sso-settings.service';

/** The cookie that binds an SSO sign-in to the browser that started it. */
export const SSO_COOKIE = 'tokenroll_sso';

interface GqlContext {
  req: { cookies?: Record<string, string | undefined> };
  reply: CookieReply;
}

@Resolver()
export class SsoResolver {
  constructor(
    private readonly settings: SsoSettingsService,
    private readonly signIn: SsoSignInService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Roles(Role.ADMIN)
  @Query(() => SsoSettingsObject, { description: 'Single sign-on of the company (ADMIN).' })
  async ssoSettings(): Promise<SsoSettingsObject> {
    const connection = await this.settings.connection();
    return { connection: connection && this.object(connection), redirectUri: ssoRedirectUri(this.config) };
  }

  @Roles(Role.ADMIN)
  @Mutation(() => SsoConnectionObject, {
    description:
      'Creates or replaces the company’s OIDC connection; the provider must answer discovery. Audited.',
  })
  async saveSsoConnection(@Args('input') input: SaveSsoConnectionInput): Promise<SsoConnectionObject> {
    return this.object(await this.settings.save(input));
  }

  @Roles(Role.ADMIN)
  @Mutation(() => Boolean, {
    description: 'Removes single sign-on; everyone signs in with a password again.',
  })
  deleteSsoConnection(): Promise<boolean> {
    return this.settings.remove();
  }

  @Public()
  @Mutation(() => SsoSignInStartObject, {
    description: 'Starts a sign-in at the company’s identity provider (found by SSO name or email domain).',
  })
  async startSsoSignIn(
    @Args('input') input: StartSsoSignInInput,
    @Context() context: GqlContext,
  ): Promise<SsoSignInStartObject> {
    const started = await this.signIn.start(input.identifier);
    context.reply.setCookie(SSO_COOKIE, started.binding, {
      httpOnly: true,
      sameSite: 'strict',
      secure: this.config.publicUrl.startsWith('https:'),
      path: '/graphql',
      maxAge: 600,
    });
    return { authorizationUrl: started.authorizationUrl };
  }

  @Public()
  @Mutation(() => AuthPayloadObject, {
    description: 'Completes a single sign-on from the provider’s redirect; signs in like a password sign-in.',
  })
  async completeSsoSignIn(
    @Args('input') input: CompleteSsoSignInInput,
    @Context() context: GqlContext,
  ): Promise<AuthPayloadObject> {
    context.reply.clearCookie(SSO_COOKIE, { path: '/graphql' });
    const signedIn = await this.signIn.complete(input.callbackQuery, context.req.cookies?.[SSO_COOKIE]);
    return signedInPayload(context.reply, this.config, signedIn);
  }

  private object(connection: SsoConnection): SsoConnectionObject {
    return {
      slug: connection.slug,
      issuerUrl: connection.issuerUrl,
      clientId: connection.clientId,
      allowedDomains: connection.allowedDomains,
      roleClaim: connection.roleClaim,
      roleMappings: connection.roleMappings as SsoConnectionObject['roleMappings'],
      ssoRequired: connection.ssoRequired,
      redirectUri: ssoRedirectUri(this.config),
      updatedAt: connection.updatedAt,
    };
  }
}
