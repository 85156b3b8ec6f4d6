/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query AuditEntries($filter: AuditFilterInput) {\n    auditEntries(filter: $filter) {\n      id\n      createdAt\n      actorEmail\n      action\n      entityType\n      entityId\n      before\n      after\n    }\n  }\n": typeof types.AuditEntriesDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      ...AuthPayloadFields\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  fragment AuthPayloadFields on AuthPayload {\n    accessToken\n    accessTokenExpiresAt\n    user {\n      id\n      email\n      name\n      roles\n      createdAt\n      company {\n        id\n        name\n        currency\n        createdAt\n      }\n    }\n  }\n": typeof types.AuthPayloadFieldsFragmentDoc,
    "\n  query InvitationPreview($token: String!) {\n    invitationPreview(token: $token) {\n      email\n      companyName\n      roles\n      expiresAt\n    }\n  }\n": typeof types.InvitationPreviewDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...AuthPayloadFields\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  mutation RefreshSession {\n    refreshSession {\n      ...AuthPayloadFields\n    }\n  }\n": typeof types.RefreshSessionDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      ...AuthPayloadFields\n    }\n  }\n": typeof types.SignUpDocument,
    "\n  mutation CreateEngineer($input: CreateEngineerInput!) {\n    createEngineer(input: $input) {\n      ...EngineerFields\n    }\n  }\n": typeof types.CreateEngineerDocument,
    "\n  query Engineer($id: ID!) {\n    engineer(id: $id) {\n      engineer {\n        ...EngineerFields\n      }\n      payHistory {\n        annualMicros\n        currency\n        effectiveFrom\n      }\n      allowance {\n        periodStart\n        periodEnd\n        annualMicros\n        periodTotalMicros\n        accruedMicros\n        balanceMicros\n        currency\n        override {\n          effectiveFrom\n          basisKind\n          ratioBp\n          annualMicros\n          reason\n        }\n        schedule {\n          month\n          grantDate\n          amountMicros\n          daysCovered\n          daysInMonth\n          posted\n        }\n      }\n      ledgerEntries {\n        id\n        kind\n        amountMicros\n        effectiveAt\n        memo\n        reference\n      }\n    }\n  }\n": typeof types.EngineerDocument,
    "\n  fragment EngineerFields on Engineer {\n    id\n    name\n    email\n    title\n    level\n    location\n    teamId\n    teamName\n    status\n    startDate\n    endDate\n    basePay {\n      annualMicros\n      currency\n      effectiveFrom\n    }\n    annualAllowanceMicros\n  }\n": typeof types.EngineerFieldsFragmentDoc,
    "\n  query Engineers {\n    engineers {\n      ...EngineerFields\n    }\n  }\n": typeof types.EngineersDocument,
    "\n  mutation RecordRaise($input: RecordRaiseInput!) {\n    recordRaise(input: $input) {\n      annualMicros\n      currency\n      effectiveFrom\n    }\n  }\n": typeof types.RecordRaiseDocument,
    "\n  mutation RunAccruals {\n    runAccruals {\n      engineers\n      granted\n      expired\n      forfeited\n    }\n  }\n": typeof types.RunAccrualsDocument,
    "\n  mutation SetAllowanceOverride($input: SetAllowanceOverrideInput!) {\n    setAllowanceOverride(input: $input) {\n      effectiveFrom\n      basisKind\n      ratioBp\n      annualMicros\n      reason\n    }\n  }\n": typeof types.SetAllowanceOverrideDocument,
    "\n  mutation SetEndDate($input: SetEndDateInput!) {\n    setEndDate(input: $input) {\n      ...EngineerFields\n    }\n  }\n": typeof types.SetEndDateDocument,
    "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      id\n      email\n      roles\n      status\n      expiresAt\n      createdAt\n      acceptUrl\n    }\n  }\n": typeof types.InviteMemberDocument,
    "\n  query Members {\n    members {\n      id\n      email\n      name\n      roles\n      status\n      since\n    }\n  }\n": typeof types.MembersDocument,
    "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.RevokeInvitationDocument,
    "\n  mutation ChangeOfferStatus($input: ChangeOfferStatusInput!) {\n    changeOfferStatus(input: $input) {\n      ...OfferFields\n    }\n  }\n": typeof types.ChangeOfferStatusDocument,
    "\n  mutation CreateOffer($input: OfferInputDto!) {\n    createOffer(input: $input) {\n      ...OfferFields\n    }\n  }\n": typeof types.CreateOfferDocument,
    "\n  query Offer($id: ID!) {\n    offer(id: $id) {\n      ...OfferFields\n    }\n  }\n": typeof types.OfferDocument,
    "\n  fragment OfferFields on Offer {\n    id\n    candidateName\n    candidateEmail\n    title\n    level\n    location\n    teamId\n    teamName\n    startDate\n    annualPayMicros\n    currency\n    overrideKind\n    overrideRatioBp\n    overrideAnnualMicros\n    overrideReason\n    bonusMicros\n    equity\n    status\n    engineerId\n    createdAt\n    terms {\n      annualAllowanceMicros\n      allowanceBasisText\n      monthlyMicros\n      firstPeriodStart\n      firstPeriodEnd\n      firstYearMicros\n      totalCompMicros\n    }\n  }\n": typeof types.OfferFieldsFragmentDoc,
    "\n  query Offers {\n    offers {\n      ...OfferFields\n    }\n  }\n": typeof types.OffersDocument,
    "\n  mutation UpdateOffer($input: UpdateOfferInput!) {\n    updateOffer(input: $input) {\n      ...OfferFields\n    }\n  }\n": typeof types.UpdateOfferDocument,
    "\n  query AllowancePolicy {\n    allowancePolicy {\n      ...AllowancePolicyFields\n    }\n  }\n": typeof types.AllowancePolicyDocument,
    "\n  fragment AllowancePolicyFields on AllowancePolicy {\n    basisKind\n    ratioBp\n    annualMicros\n    floorMicros\n    capMicros\n    fiscalYearStartMonth\n    accrual\n    rolloverKind\n    rolloverCapMicros\n    currency\n    updatedAt\n  }\n": typeof types.AllowancePolicyFieldsFragmentDoc,
    "\n  mutation UpdateAllowancePolicy($input: UpdateAllowancePolicyInput!) {\n    updateAllowancePolicy(input: $input) {\n      ...AllowancePolicyFields\n    }\n  }\n": typeof types.UpdateAllowancePolicyDocument,
    "\n  query Me {\n    me {\n      id\n      email\n      name\n      roles\n      createdAt\n      company {\n        id\n        name\n        currency\n        createdAt\n      }\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation CreateTeam($input: CreateTeamInput!) {\n    createTeam(input: $input) {\n      id\n      name\n      parentId\n      costCentre\n      managerUserId\n      managerName\n      engineerCount\n    }\n  }\n": typeof types.CreateTeamDocument,
    "\n  query Teams {\n    teams {\n      id\n      name\n      parentId\n      costCentre\n      managerUserId\n      managerName\n      engineerCount\n    }\n  }\n": typeof types.TeamsDocument,
};
const documents: Documents = {
    "\n  query AuditEntries($filter: AuditFilterInput) {\n    auditEntries(filter: $filter) {\n      id\n      createdAt\n      actorEmail\n      action\n      entityType\n      entityId\n      before\n      after\n    }\n  }\n": types.AuditEntriesDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      ...AuthPayloadFields\n    }\n  }\n": types.AcceptInvitationDocument,
    "\n  fragment AuthPayloadFields on AuthPayload {\n    accessToken\n    accessTokenExpiresAt\n    user {\n      id\n      email\n      name\n      roles\n      createdAt\n      company {\n        id\n        name\n        currency\n        createdAt\n      }\n    }\n  }\n": types.AuthPayloadFieldsFragmentDoc,
    "\n  query InvitationPreview($token: String!) {\n    invitationPreview(token: $token) {\n      email\n      companyName\n      roles\n      expiresAt\n    }\n  }\n": types.InvitationPreviewDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...AuthPayloadFields\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  mutation RefreshSession {\n    refreshSession {\n      ...AuthPayloadFields\n    }\n  }\n": types.RefreshSessionDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      ...AuthPayloadFields\n    }\n  }\n": types.SignUpDocument,
    "\n  mutation CreateEngineer($input: CreateEngineerInput!) {\n    createEngineer(input: $input) {\n      ...EngineerFields\n    }\n  }\n": types.CreateEngineerDocument,
    "\n  query Engineer($id: ID!) {\n    engineer(id: $id) {\n      engineer {\n        ...EngineerFields\n      }\n      payHistory {\n        annualMicros\n        currency\n        effectiveFrom\n      }\n      allowance {\n        periodStart\n        periodEnd\n        annualMicros\n        periodTotalMicros\n        accruedMicros\n        balanceMicros\n        currency\n        override {\n          effectiveFrom\n          basisKind\n          ratioBp\n          annualMicros\n          reason\n        }\n        schedule {\n          month\n          grantDate\n          amountMicros\n          daysCovered\n          daysInMonth\n          posted\n        }\n      }\n      ledgerEntries {\n        id\n        kind\n        amountMicros\n        effectiveAt\n        memo\n        reference\n      }\n    }\n  }\n": types.EngineerDocument,
    "\n  fragment EngineerFields on Engineer {\n    id\n    name\n    email\n    title\n    level\n    location\n    teamId\n    teamName\n    status\n    startDate\n    endDate\n    basePay {\n      annualMicros\n      currency\n      effectiveFrom\n    }\n    annualAllowanceMicros\n  }\n": types.EngineerFieldsFragmentDoc,
    "\n  query Engineers {\n    engineers {\n      ...EngineerFields\n    }\n  }\n": types.EngineersDocument,
    "\n  mutation RecordRaise($input: RecordRaiseInput!) {\n    recordRaise(input: $input) {\n      annualMicros\n      currency\n      effectiveFrom\n    }\n  }\n": types.RecordRaiseDocument,
    "\n  mutation RunAccruals {\n    runAccruals {\n      engineers\n      granted\n      expired\n      forfeited\n    }\n  }\n": types.RunAccrualsDocument,
    "\n  mutation SetAllowanceOverride($input: SetAllowanceOverrideInput!) {\n    setAllowanceOverride(input: $input) {\n      effectiveFrom\n      basisKind\n      ratioBp\n      annualMicros\n      reason\n    }\n  }\n": types.SetAllowanceOverrideDocument,
    "\n  mutation SetEndDate($input: SetEndDateInput!) {\n    setEndDate(input: $input) {\n      ...EngineerFields\n    }\n  }\n": types.SetEndDateDocument,
    "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      id\n      email\n      roles\n      status\n      expiresAt\n      createdAt\n      acceptUrl\n    }\n  }\n": types.InviteMemberDocument,
    "\n  query Members {\n    members {\n      id\n      email\n      name\n      roles\n      status\n      since\n    }\n  }\n": types.MembersDocument,
    "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      id\n      status\n    }\n  }\n": types.RevokeInvitationDocument,
    "\n  mutation ChangeOfferStatus($input: ChangeOfferStatusInput!) {\n    changeOfferStatus(input: $input) {\n      ...OfferFields\n    }\n  }\n": types.ChangeOfferStatusDocument,
    "\n  mutation CreateOffer($input: OfferInputDto!) {\n    createOffer(input: $input) {\n      ...OfferFields\n    }\n  }\n": types.CreateOfferDocument,
    "\n  query Offer($id: ID!) {\n    offer(id: $id) {\n      ...OfferFields\n    }\n  }\n": types.OfferDocument,
    "\n  fragment OfferFields on Offer {\n    id\n    candidateName\n    candidateEmail\n    title\n    level\n    location\n    teamId\n    teamName\n    startDate\n    annualPayMicros\n    currency\n    overrideKind\n    overrideRatioBp\n    overrideAnnualMicros\n    overrideReason\n    bonusMicros\n    equity\n    status\n    engineerId\n    createdAt\n    terms {\n      annualAllowanceMicros\n      allowanceBasisText\n      monthlyMicros\n      firstPeriodStart\n      firstPeriodEnd\n      firstYearMicros\n      totalCompMicros\n    }\n  }\n": types.OfferFieldsFragmentDoc,
    "\n  query Offers {\n    offers {\n      ...OfferFields\n    }\n  }\n": types.OffersDocument,
    "\n  mutation UpdateOffer($input: UpdateOfferInput!) {\n    updateOffer(input: $input) {\n      ...OfferFields\n    }\n  }\n": types.UpdateOfferDocument,
    "\n  query AllowancePolicy {\n    allowancePolicy {\n      ...AllowancePolicyFields\n    }\n  }\n": types.AllowancePolicyDocument,
    "\n  fragment AllowancePolicyFields on AllowancePolicy {\n    basisKind\n    ratioBp\n    annualMicros\n    floorMicros\n    capMicros\n    fiscalYearStartMonth\n    accrual\n    rolloverKind\n    rolloverCapMicros\n    currency\n    updatedAt\n  }\n": types.AllowancePolicyFieldsFragmentDoc,
    "\n  mutation UpdateAllowancePolicy($input: UpdateAllowancePolicyInput!) {\n    updateAllowancePolicy(input: $input) {\n      ...AllowancePolicyFields\n    }\n  }\n": types.UpdateAllowancePolicyDocument,
    "\n  query Me {\n    me {\n      id\n      email\n      name\n      roles\n      createdAt\n      company {\n        id\n        name\n        currency\n        createdAt\n      }\n    }\n  }\n": types.MeDocument,
    "\n  mutation CreateTeam($input: CreateTeamInput!) {\n    createTeam(input: $input) {\n      id\n      name\n      parentId\n      costCentre\n      managerUserId\n      managerName\n      engineerCount\n    }\n  }\n": types.CreateTeamDocument,
    "\n  query Teams {\n    teams {\n      id\n      name\n      parentId\n      costCentre\n      managerUserId\n      managerName\n      engineerCount\n    }\n  }\n": types.TeamsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditEntries($filter: AuditFilterInput) {\n    auditEntries(filter: $filter) {\n      id\n      createdAt\n      actorEmail\n      action\n      entityType\n      entityId\n      before\n      after\n    }\n  }\n"): (typeof documents)["\n  query AuditEntries($filter: AuditFilterInput) {\n    auditEntries(filter: $filter) {\n      id\n      createdAt\n      actorEmail\n      action\n      entityType\n      entityId\n      before\n      after\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      ...AuthPayloadFields\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      ...AuthPayloadFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AuthPayloadFields on AuthPayload {\n    accessToken\n    accessTokenExpiresAt\n    user {\n      id\n      email\n      name\n      roles\n      createdAt\n      company {\n        id\n        name\n        currency\n        createdAt\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment AuthPayloadFields on AuthPayload {\n    accessToken\n    accessTokenExpiresAt\n    user {\n      id\n      email\n      name\n      roles\n      createdAt\n      company {\n        id\n        name\n        currency\n        createdAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvitationPreview($token: String!) {\n    invitationPreview(token: $token) {\n      email\n      companyName\n      roles\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  query InvitationPreview($token: String!) {\n    invitationPreview(token: $token) {\n      email\n      companyName\n      roles\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...AuthPayloadFields\n    }\n  }\n"): (typeof documents)["\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...AuthPayloadFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefreshSession {\n    refreshSession {\n      ...AuthPayloadFields\n    }\n  }\n"): (typeof documents)["\n  mutation RefreshSession {\n    refreshSession {\n      ...AuthPayloadFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      ...AuthPayloadFields\n    }\n  }\n"): (typeof documents)["\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      ...AuthPayloadFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateEngineer($input: CreateEngineerInput!) {\n    createEngineer(input: $input) {\n      ...EngineerFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateEngineer($input: CreateEngineerInput!) {\n    createEngineer(input: $input) {\n      ...EngineerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Engineer($id: ID!) {\n    engineer(id: $id) {\n      engineer {\n        ...EngineerFields\n      }\n      payHistory {\n        annualMicros\n        currency\n        effectiveFrom\n      }\n      allowance {\n        periodStart\n        periodEnd\n        annualMicros\n        periodTotalMicros\n        accruedMicros\n        balanceMicros\n        currency\n        override {\n          effectiveFrom\n          basisKind\n          ratioBp\n          annualMicros\n          reason\n        }\n        schedule {\n          month\n          grantDate\n          amountMicros\n          daysCovered\n          daysInMonth\n          posted\n        }\n      }\n      ledgerEntries {\n        id\n        kind\n        amountMicros\n        effectiveAt\n        memo\n        reference\n      }\n    }\n  }\n"): (typeof documents)["\n  query Engineer($id: ID!) {\n    engineer(id: $id) {\n      engineer {\n        ...EngineerFields\n      }\n      payHistory {\n        annualMicros\n        currency\n        effectiveFrom\n      }\n      allowance {\n        periodStart\n        periodEnd\n        annualMicros\n        periodTotalMicros\n        accruedMicros\n        balanceMicros\n        currency\n        override {\n          effectiveFrom\n          basisKind\n          ratioBp\n          annualMicros\n          reason\n        }\n        schedule {\n          month\n          grantDate\n          amountMicros\n          daysCovered\n          daysInMonth\n          posted\n        }\n      }\n      ledgerEntries {\n        id\n        kind\n        amountMicros\n        effectiveAt\n        memo\n        reference\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EngineerFields on Engineer {\n    id\n    name\n    email\n    title\n    level\n    location\n    teamId\n    teamName\n    status\n    startDate\n    endDate\n    basePay {\n      annualMicros\n      currency\n      effectiveFrom\n    }\n    annualAllowanceMicros\n  }\n"): (typeof documents)["\n  fragment EngineerFields on Engineer {\n    id\n    name\n    email\n    title\n    level\n    location\n    teamId\n    teamName\n    status\n    startDate\n    endDate\n    basePay {\n      annualMicros\n      currency\n      effectiveFrom\n    }\n    annualAllowanceMicros\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Engineers {\n    engineers {\n      ...EngineerFields\n    }\n  }\n"): (typeof documents)["\n  query Engineers {\n    engineers {\n      ...EngineerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordRaise($input: RecordRaiseInput!) {\n    recordRaise(input: $input) {\n      annualMicros\n      currency\n      effectiveFrom\n    }\n  }\n"): (typeof documents)["\n  mutation RecordRaise($input: RecordRaiseInput!) {\n    recordRaise(input: $input) {\n      annualMicros\n      currency\n      effectiveFrom\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RunAccruals {\n    runAccruals {\n      engineers\n      granted\n      expired\n      forfeited\n    }\n  }\n"): (typeof documents)["\n  mutation RunAccruals {\n    runAccruals {\n      engineers\n      granted\n      expired\n      forfeited\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetAllowanceOverride($input: SetAllowanceOverrideInput!) {\n    setAllowanceOverride(input: $input) {\n      effectiveFrom\n      basisKind\n      ratioBp\n      annualMicros\n      reason\n    }\n  }\n"): (typeof documents)["\n  mutation SetAllowanceOverride($input: SetAllowanceOverrideInput!) {\n    setAllowanceOverride(input: $input) {\n      effectiveFrom\n      basisKind\n      ratioBp\n      annualMicros\n      reason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetEndDate($input: SetEndDateInput!) {\n    setEndDate(input: $input) {\n      ...EngineerFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetEndDate($input: SetEndDateInput!) {\n    setEndDate(input: $input) {\n      ...EngineerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      id\n      email\n      roles\n      status\n      expiresAt\n      createdAt\n      acceptUrl\n    }\n  }\n"): (typeof documents)["\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      id\n      email\n      roles\n      status\n      expiresAt\n      createdAt\n      acceptUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Members {\n    members {\n      id\n      email\n      name\n      roles\n      status\n      since\n    }\n  }\n"): (typeof documents)["\n  query Members {\n    members {\n      id\n      email\n      name\n      roles\n      status\n      since\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeOfferStatus($input: ChangeOfferStatusInput!) {\n    changeOfferStatus(input: $input) {\n      ...OfferFields\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeOfferStatus($input: ChangeOfferStatusInput!) {\n    changeOfferStatus(input: $input) {\n      ...OfferFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOffer($input: OfferInputDto!) {\n    createOffer(input: $input) {\n      ...OfferFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateOffer($input: OfferInputDto!) {\n    createOffer(input: $input) {\n      ...OfferFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Offer($id: ID!) {\n    offer(id: $id) {\n      ...OfferFields\n    }\n  }\n"): (typeof documents)["\n  query Offer($id: ID!) {\n    offer(id: $id) {\n      ...OfferFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OfferFields on Offer {\n    id\n    candidateName\n    candidateEmail\n    title\n    level\n    location\n    teamId\n    teamName\n    startDate\n    annualPayMicros\n    currency\n    overrideKind\n    overrideRatioBp\n    overrideAnnualMicros\n    overrideReason\n    bonusMicros\n    equity\n    status\n    engineerId\n    createdAt\n    terms {\n      annualAllowanceMicros\n      allowanceBasisText\n      monthlyMicros\n      firstPeriodStart\n      firstPeriodEnd\n      firstYearMicros\n      totalCompMicros\n    }\n  }\n"): (typeof documents)["\n  fragment OfferFields on Offer {\n    id\n    candidateName\n    candidateEmail\n    title\n    level\n    location\n    teamId\n    teamName\n    startDate\n    annualPayMicros\n    currency\n    overrideKind\n    overrideRatioBp\n    overrideAnnualMicros\n    overrideReason\n    bonusMicros\n    equity\n    status\n    engineerId\n    createdAt\n    terms {\n      annualAllowanceMicros\n      allowanceBasisText\n      monthlyMicros\n      firstPeriodStart\n      firstPeriodEnd\n      firstYearMicros\n      totalCompMicros\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Offers {\n    offers {\n      ...OfferFields\n    }\n  }\n"): (typeof documents)["\n  query Offers {\n    offers {\n      ...OfferFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOffer($input: UpdateOfferInput!) {\n    updateOffer(input: $input) {\n      ...OfferFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateOffer($input: UpdateOfferInput!) {\n    updateOffer(input: $input) {\n      ...OfferFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AllowancePolicy {\n    allowancePolicy {\n      ...AllowancePolicyFields\n    }\n  }\n"): (typeof documents)["\n  query AllowancePolicy {\n    allowancePolicy {\n      ...AllowancePolicyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AllowancePolicyFields on AllowancePolicy {\n    basisKind\n    ratioBp\n    annualMicros\n    floorMicros\n    capMicros\n    fiscalYearStartMonth\n    accrual\n    rolloverKind\n    rolloverCapMicros\n    currency\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment AllowancePolicyFields on AllowancePolicy {\n    basisKind\n    ratioBp\n    annualMicros\n    floorMicros\n    capMicros\n    fiscalYearStartMonth\n    accrual\n    rolloverKind\n    rolloverCapMicros\n    currency\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAllowancePolicy($input: UpdateAllowancePolicyInput!) {\n    updateAllowancePolicy(input: $input) {\n      ...AllowancePolicyFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateAllowancePolicy($input: UpdateAllowancePolicyInput!) {\n    updateAllowancePolicy(input: $input) {\n      ...AllowancePolicyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      email\n      name\n      roles\n      createdAt\n      company {\n        id\n        name\n        currency\n        createdAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      id\n      email\n      name\n      roles\n      createdAt\n      company {\n        id\n        name\n        currency\n        createdAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTeam($input: CreateTeamInput!) {\n    createTeam(input: $input) {\n      id\n      name\n      parentId\n      costCentre\n      managerUserId\n      managerName\n      engineerCount\n    }\n  }\n"): (typeof documents)["\n  mutation CreateTeam($input: CreateTeamInput!) {\n    createTeam(input: $input) {\n      id\n      name\n      parentId\n      costCentre\n      managerUserId\n      managerName\n      engineerCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Teams {\n    teams {\n      id\n      name\n      parentId\n      costCentre\n      managerUserId\n      managerName\n      engineerCount\n    }\n  }\n"): (typeof documents)["\n  query Teams {\n    teams {\n      id\n      name\n      parentId\n      costCentre\n      managerUserId\n      managerName\n      engineerCount\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;