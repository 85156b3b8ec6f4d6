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
    "\n  query AlertDeliveries($status: String) {\n    alertDeliveries(limit: 200, status: $status) {\n      id\n      kind\n      alertId\n      channel\n      recipient\n      subject\n      status\n      attempts\n      maxAttempts\n      nextAttemptAt\n      lastError\n      createdAt\n      sentAt\n    }\n  }\n": typeof types.AlertDeliveriesDocument,
    "\n  fragment AlertSettingsFields on AlertSettings {\n    thresholdsBp\n    runOutAlert\n    mailEnabled\n    webhooksEnabled\n    mailConfigured\n  }\n": typeof types.AlertSettingsFieldsFragmentDoc,
    "\n  query AlertsSettings {\n    alertSettings {\n      ...AlertSettingsFields\n    }\n    webhookEndpoints {\n      ...WebhookEndpointFields\n    }\n    mailSettings {\n      from\n      configured\n      host\n    }\n  }\n": typeof types.AlertsSettingsDocument,
    "\n  mutation CreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) {\n      secret\n      endpoint {\n        ...WebhookEndpointFields\n      }\n    }\n  }\n": typeof types.CreateWebhookEndpointDocument,
    "\n  mutation DeleteWebhookEndpoint($id: ID!) {\n    deleteWebhookEndpoint(id: $id)\n  }\n": typeof types.DeleteWebhookEndpointDocument,
    "\n  mutation EvaluateAlerts {\n    evaluateAlerts\n  }\n": typeof types.EvaluateAlertsDocument,
    "\n  mutation SendTestEmail {\n    sendTestEmail {\n      sent\n      to\n      error\n    }\n  }\n": typeof types.SendTestEmailDocument,
    "\n  mutation UpdateAlertSettings($input: UpdateAlertSettingsInput!) {\n    updateAlertSettings(input: $input) {\n      ...AlertSettingsFields\n    }\n  }\n": typeof types.UpdateAlertSettingsDocument,
    "\n  fragment WebhookEndpointFields on WebhookEndpoint {\n    id\n    url\n    format\n    createdAt\n  }\n": typeof types.WebhookEndpointFieldsFragmentDoc,
    "\n  fragment ApiKeyFields on ApiKey {\n    id\n    name\n    prefix\n    scopes\n    engineerId\n    engineerName\n    createdAt\n    lastUsedAt\n    revokedAt\n  }\n": typeof types.ApiKeyFieldsFragmentDoc,
    "\n  query ApiKeys {\n    apiKeys {\n      ...ApiKeyFields\n    }\n  }\n": typeof types.ApiKeysDocument,
    "\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        ...ApiKeyFields\n      }\n    }\n  }\n": typeof types.CreateApiKeyDocument,
    "\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      ...ApiKeyFields\n    }\n  }\n": typeof types.RevokeApiKeyDocument,
    "\n  query ApiKeyCreation {\n    apiKeyCreation {\n      ownKey\n      companyKeys\n      financeKeys\n    }\n  }\n": typeof types.ApiKeyCreationDocument,
    "\n  query AllIncreaseRequests {\n    increaseRequests(scope: \"ALL\") {\n      ...IncreaseRequestFields\n    }\n  }\n": typeof types.AllIncreaseRequestsDocument,
    "\n  query ApprovalQueue {\n    me {\n      id\n      company {\n        id\n        currency\n      }\n    }\n    increaseRequests(scope: \"TO_APPROVE\") {\n      ...IncreaseRequestFields\n      engineerBudget {\n        ...EngineerBudgetFields\n      }\n    }\n  }\n": typeof types.ApprovalQueueDocument,
    "\n  mutation ApproveIncreaseRequest($id: ID!, $comment: String) {\n    approveIncreaseRequest(id: $id, comment: $comment) {\n      ...IncreaseRequestFields\n    }\n  }\n": typeof types.ApproveIncreaseRequestDocument,
    "\n  fragment EngineerBudgetFields on IncreaseRequestBudget {\n    currency\n    allowanceMicros\n    spentMicros\n    availableMicros\n    dailyBurnMicros\n    runsOutOn\n    periodEnd\n  }\n": typeof types.EngineerBudgetFieldsFragmentDoc,
    "\n  query IncreaseRequest($id: ID!) {\n    me {\n      id\n      company {\n        id\n        currency\n      }\n    }\n    increaseRequest(id: $id) {\n      ...IncreaseRequestFields\n      engineerBudget {\n        ...EngineerBudgetFields\n      }\n    }\n  }\n": typeof types.IncreaseRequestDocument,
    "\n  mutation RejectIncreaseRequest($id: ID!, $comment: String!) {\n    rejectIncreaseRequest(id: $id, comment: $comment) {\n      ...IncreaseRequestFields\n    }\n  }\n": typeof types.RejectIncreaseRequestDocument,
    "\n  query AuditEntries($filter: AuditFilterInput) {\n    auditEntries(filter: $filter) {\n      id\n      createdAt\n      actorEmail\n      action\n      entityType\n      entityId\n      before\n      after\n      changes {\n        field\n        before\n        after\n      }\n    }\n  }\n": typeof types.AuditEntriesDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      ...AuthPayloadFields\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  fragment AuthPayloadFields on AuthPayload {\n    accessToken\n    accessTokenExpiresAt\n    user {\n      id\n      email\n      name\n      roles\n      createdAt\n      company {\n        id\n        name\n        currency\n        createdAt\n        timeZone\n        today\n      }\n    }\n  }\n": typeof types.AuthPayloadFieldsFragmentDoc,
    "\n  query InvitationPreview($token: String!) {\n    invitationPreview(token: $token) {\n      email\n      companyName\n      roles\n      expiresAt\n    }\n  }\n": typeof types.InvitationPreviewDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...AuthPayloadFields\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  mutation RefreshSession {\n    refreshSession {\n      ...AuthPayloadFields\n    }\n  }\n": typeof types.RefreshSessionDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      ...AuthPayloadFields\n    }\n  }\n": typeof types.SignUpDocument,
    "\n  query BudgetPage($engineerId: ID, $limit: Int!) {\n    budget(engineerId: $engineerId) {\n      engineerId\n      currency\n      periodStart\n      periodEnd\n      allowanceMicros\n      accruedMicros\n      spentMicros\n      heldMicros\n      availableMicros\n      poolAvailableMicros\n      overageMicros\n      enforcement\n      dailyBurnMicros\n      paceBp\n      runsOutOn\n    }\n    usageSummary(engineerId: $engineerId) {\n      currency\n      from\n      to\n      days {\n        day\n        accruedMicros\n        spentToDateMicros\n        remainingMicros\n        costMicros\n        events\n      }\n      byModel {\n        ...UsageByKeyFields\n      }\n      bySource {\n        ...UsageByKeyFields\n      }\n    }\n    recentUsage(engineerId: $engineerId, limit: $limit) {\n      id\n      occurredAt\n      source\n      provider\n      model\n      inputTokens\n      outputTokens\n      cacheReadTokens\n      cacheWriteTokens\n      costMicros\n      currency\n      unpriced\n    }\n  }\n": typeof types.BudgetPageDocument,
    "\n  fragment UsageByKeyFields on UsageByKey {\n    key\n    events\n    inputTokens\n    outputTokens\n    costMicros\n    unpricedEvents\n    unpricedTokens\n  }\n": typeof types.UsageByKeyFieldsFragmentDoc,
    "\n  query DefaultBudgetEnforcement {\n    defaultBudgetEnforcement\n  }\n": typeof types.DefaultBudgetEnforcementDocument,
    "\n  mutation SetDefaultBudgetEnforcement($enforcement: String!) {\n    setDefaultBudgetEnforcement(enforcement: $enforcement)\n  }\n": typeof types.SetDefaultBudgetEnforcementDocument,
    "\n  mutation SetEngineerBudgetEnforcement($engineerId: ID!, $enforcement: String) {\n    setEngineerBudgetEnforcement(engineerId: $engineerId, enforcement: $enforcement) {\n      engineerId\n      enforcement\n      availableMicros\n    }\n  }\n": typeof types.SetEngineerBudgetEnforcementDocument,
    "\n  fragment EngineerBurnFields on EngineerBurn {\n    engineerId\n    name\n    teamId\n    allowanceMicros\n    accruedMicros\n    spentMicros\n    heldMicros\n    availableMicros\n    overageMicros\n    inOverage\n    burn7Micros\n    burn30Micros\n    historyDays\n    runsOutOn\n    earliest\n    latest\n    confidence\n    horizon\n    runsOutBeforeHorizon\n    underUse\n  }\n": typeof types.EngineerBurnFieldsFragmentDoc,
    "\n  query MyBurn {\n    myBurn {\n      ...EngineerBurnFields\n    }\n  }\n": typeof types.MyBurnDocument,
    "\n  query TeamBurn(\n    $teamId: ID!\n    $sort: BurnSort!\n    $descending: Boolean!\n    $search: String!\n    $show: BurnShow!\n    $offset: Int!\n    $limit: Int\n  ) {\n    teamBurn(teamId: $teamId) {\n      teamId\n      teamName\n      currency\n      periodStart\n      periodEnd\n      asOf\n      allowancePerPerson\n      summary {\n        engineers\n        allowanceMicros\n        accruedMicros\n        spentMicros\n        heldMicros\n        availableMicros\n        burn7Micros\n        burn30Micros\n        runningOut\n        underUse\n        inOverage\n        overageMicros\n        lastWeekMicros\n        weekBeforeMicros\n        weekOverWeekBp\n      }\n      runningOut: engineers(show: RUNS_OUT, sort: RUNS_OUT, limit: 10) {\n        matching\n        rows {\n          ...EngineerBurnFields\n        }\n      }\n      engineers(\n        sort: $sort\n        descending: $descending\n        search: $search\n        show: $show\n        offset: $offset\n        limit: $limit\n      ) {\n        matching\n        offset\n        rows {\n          ...EngineerBurnFields\n        }\n      }\n      points {\n        date\n        accruedMicros\n        spentMicros\n      }\n      byModel {\n        key\n        costMicros\n        events\n        unpricedEvents\n        unpricedTokens\n      }\n      bySource {\n        key\n        costMicros\n        events\n        unpricedEvents\n        unpricedTokens\n      }\n    }\n  }\n": typeof types.TeamBurnDocument,
    "\n  query DashboardBudget {\n    budget {\n      engineerId\n      currency\n      periodStart\n      periodEnd\n      allowanceMicros\n      accruedMicros\n      spentMicros\n      heldMicros\n      availableMicros\n      poolAvailableMicros\n      overageMicros\n      enforcement\n      dailyBurnMicros\n      paceBp\n      runsOutOn\n    }\n  }\n": typeof types.DashboardBudgetDocument,
    "\n  query DashboardTeamBurn($teamId: ID!) {\n    teamBurn(teamId: $teamId) {\n      teamId\n      teamName\n      currency\n      periodStart\n      periodEnd\n      asOf\n      allowancePerPerson\n      summary {\n        engineers\n        allowanceMicros\n        accruedMicros\n        spentMicros\n        heldMicros\n        availableMicros\n        burn7Micros\n        burn30Micros\n        runningOut\n        underUse\n        inOverage\n        overageMicros\n        lastWeekMicros\n        weekBeforeMicros\n        weekOverWeekBp\n      }\n      runningOut: engineers(show: RUNS_OUT, sort: RUNS_OUT, limit: 5) {\n        matching\n        rows {\n          ...EngineerBurnFields\n        }\n      }\n      byModel {\n        key\n        costMicros\n        events\n        unpricedEvents\n        unpricedTokens\n      }\n    }\n  }\n": typeof types.DashboardTeamBurnDocument,
    "\n  mutation CreateEngineer($input: CreateEngineerInput!) {\n    createEngineer(input: $input) {\n      ...EngineerFields\n    }\n  }\n": typeof types.CreateEngineerDocument,
    "\n  query Engineer($id: ID!) {\n    engineer(id: $id) {\n      engineer {\n        ...EngineerFields\n      }\n      teamHistory {\n        teamId\n        teamName\n        effectiveFrom\n        effectiveTo\n      }\n      payHistory {\n        annualMicros\n        currency\n        effectiveFrom\n      }\n      allowance {\n        periodStart\n        periodEnd\n        annualMicros\n        periodTotalMicros\n        accruedMicros\n        balanceMicros\n        currency\n        override {\n          effectiveFrom\n          basisKind\n          ratioBp\n          annualMicros\n          topUpMicros\n          reason\n        }\n        schedule {\n          month\n          grantDate\n          amountMicros\n          daysCovered\n          daysInMonth\n          posted\n          postedMicros\n          adjustmentMicros\n        }\n      }\n      ledgerEntries {\n        id\n        kind\n        amountMicros\n        effectiveAt\n        memo\n        reference\n      }\n    }\n  }\n": typeof types.EngineerDocument,
    "\n  query EngineerChoices {\n    engineers {\n      id\n      name\n      email\n      status\n    }\n  }\n": typeof types.EngineerChoicesDocument,
    "\n  fragment EngineerFields on Engineer {\n    id\n    name\n    email\n    title\n    level\n    location\n    teamId\n    teamName\n    status\n    startDate\n    endDate\n    basePay {\n      annualMicros\n      currency\n      effectiveFrom\n    }\n    annualAllowanceMicros\n  }\n": typeof types.EngineerFieldsFragmentDoc,
    "\n  query Engineers {\n    engineers {\n      ...EngineerFields\n    }\n  }\n": typeof types.EngineersDocument,
    "\n  query LeavingPreview($input: LeavingPreviewInput!) {\n    leavingPreview(input: $input) {\n      engineerId\n      lastDayPaid\n      forfeitOn\n      currency\n      balanceNowMicros\n      grantsToComeMicros\n      reversedGrants {\n        month\n        amountMicros\n      }\n      reversedMicros\n      forfeitMicros\n      overageMicros\n      loginEmail\n      apiKeysToRevoke\n    }\n  }\n": typeof types.LeavingPreviewDocument,
    "\n  mutation MoveEngineer($input: MoveEngineerInput!) {\n    moveEngineer(input: $input)\n  }\n": typeof types.MoveEngineerDocument,
    "\n  mutation RecordRaise($input: RecordRaiseInput!) {\n    recordRaise(input: $input) {\n      annualMicros\n      currency\n      effectiveFrom\n    }\n  }\n": typeof types.RecordRaiseDocument,
    "\n  mutation RunAccruals {\n    runAccruals {\n      engineers\n      granted\n      expired\n      forfeited\n    }\n  }\n": typeof types.RunAccrualsDocument,
    "\n  mutation SetAllowanceOverride($input: SetAllowanceOverrideInput!) {\n    setAllowanceOverride(input: $input) {\n      effectiveFrom\n      basisKind\n      ratioBp\n      annualMicros\n      reason\n    }\n  }\n": typeof types.SetAllowanceOverrideDocument,
    "\n  mutation SetEndDate($input: SetEndDateInput!) {\n    setEndDate(input: $input) {\n      ...EngineerFields\n    }\n  }\n": typeof types.SetEndDateDocument,
    "\n  mutation AddSharedCost($input: AddSharedCostInput!) {\n    addSharedCost(input: $input) {\n      ...SharedCostFields\n    }\n  }\n": typeof types.AddSharedCostDocument,
    "\n  fragment ChargebackSettingsFields on ChargebackSettings {\n    mode\n    allocationPolicy\n    centralCostCentre\n    invoiceToleranceBp\n    glExpenseAccount\n    glPayableAccount\n    glAccrualAccount\n  }\n": typeof types.ChargebackSettingsFieldsFragmentDoc,
    "\n  query ChargebackSettings {\n    chargebackSettings {\n      ...ChargebackSettingsFields\n    }\n  }\n": typeof types.ChargebackSettingsDocument,
    "\n  query CloseChecklist($month: String!) {\n    closeChecklist(month: $month) {\n      month\n      closed\n      openItems\n      items {\n        ...CloseItemFields\n      }\n    }\n  }\n": typeof types.CloseChecklistDocument,
    "\n  fragment CloseItemFields on CloseItem {\n    kind\n    label\n    count\n    amountMicros\n    open\n    provider\n    status\n  }\n": typeof types.CloseItemFieldsFragmentDoc,
    "\n  mutation ClosePeriod($input: ClosePeriodInput!) {\n    closePeriod(input: $input) {\n      month\n      closedAt\n      reason\n      totalMicros\n      mailed\n      checklist {\n        ...CloseItemFields\n      }\n    }\n  }\n": typeof types.ClosePeriodDocument,
    "\n  query FinanceHome {\n    financeHome {\n      month\n      currency\n      mode\n      allocationProblem\n      byCostCentre {\n        costCentre\n        spentMicros\n        grantedMicros\n      }\n      trend {\n        month\n        totalMicros\n        closed\n      }\n      nextClose {\n        month\n        closed\n        openItems\n        items {\n          ...CloseItemFields\n        }\n      }\n      lastClosed {\n        period\n        totalMicros\n        teams {\n          ...StatementSummaryFields\n        }\n        costCentres {\n          ...StatementSummaryFields\n        }\n      }\n    }\n  }\n": typeof types.FinanceHomeDocument,
    "\n  query PeriodCloses {\n    periodCloses {\n      month\n      closedAt\n      reason\n      totalMicros\n      mailed\n      checklist {\n        ...CloseItemFields\n      }\n    }\n  }\n": typeof types.PeriodClosesDocument,
    "\n  mutation RemoveSharedCost($id: ID!) {\n    removeSharedCost(id: $id) {\n      id\n    }\n  }\n": typeof types.RemoveSharedCostDocument,
    "\n  fragment SharedCostFields on SharedCost {\n    id\n    month\n    description\n    amountMicros\n    createdBy\n  }\n": typeof types.SharedCostFieldsFragmentDoc,
    "\n  query SharedCosts($month: String!) {\n    sharedCosts(month: $month) {\n      ...SharedCostFields\n    }\n  }\n": typeof types.SharedCostsDocument,
    "\n  query Statement($period: String!, $kind: StatementKind!, $key: String!) {\n    statement(period: $period, kind: $kind, key: $key) {\n      ...StatementSummaryFields\n      period\n      months\n      currency\n      closed\n      byEngineer {\n        key\n        name\n        costMicros\n      }\n      byModel {\n        key\n        name\n        costMicros\n      }\n      byProvider {\n        key\n        name\n        costMicros\n      }\n      byTool {\n        key\n        name\n        costMicros\n      }\n      byCategory {\n        key\n        name\n        costMicros\n      }\n      allowances {\n        engineerId\n        engineerName\n        grantedMicros\n        spentMicros\n        overageMicros\n        utilisationBp\n        leaver\n      }\n      overageMicros\n      adjustments {\n        originalMonth\n        engineerId\n        engineerName\n        costMicros\n      }\n    }\n  }\n": typeof types.StatementDocument,
    "\n  fragment StatementSummaryFields on Statement {\n    key\n    name\n    kind\n    label\n    totalMicros\n    previousTotalMicros\n    changeMicros\n  }\n": typeof types.StatementSummaryFieldsFragmentDoc,
    "\n  query StatementTags($period: String!, $kind: StatementKind!, $key: String!) {\n    statementTags(period: $period, kind: $kind, key: $key) {\n      key\n      name\n      costMicros\n    }\n  }\n": typeof types.StatementTagsDocument,
    "\n  query Statements($period: String!) {\n    statements(period: $period) {\n      period\n      months\n      currency\n      mode\n      closed\n      totalMicros\n      usageMicros\n      adjustmentMicros\n      sharedMicros\n      unabsorbedMicros\n      teams {\n        ...StatementSummaryFields\n      }\n      costCentres {\n        ...StatementSummaryFields\n      }\n    }\n  }\n": typeof types.StatementsDocument,
    "\n  mutation UpdateChargebackSettings($input: UpdateChargebackSettingsInput!) {\n    updateChargebackSettings(input: $input) {\n      ...ChargebackSettingsFields\n    }\n  }\n": typeof types.UpdateChargebackSettingsDocument,
    "\n  mutation DeactivateMember($userId: ID!) {\n    deactivateMember(userId: $userId) {\n      id\n      status\n      deactivatedAt\n    }\n  }\n": typeof types.DeactivateMemberDocument,
    "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      id\n      email\n      roles\n      status\n      expiresAt\n      createdAt\n      acceptUrl\n    }\n  }\n": typeof types.InviteMemberDocument,
    "\n  query Members {\n    members {\n      id\n      email\n      name\n      roles\n      status\n      since\n      deactivatedAt\n    }\n  }\n": typeof types.MembersDocument,
    "\n  mutation ReactivateMember($userId: ID!) {\n    reactivateMember(userId: $userId) {\n      id\n      status\n      deactivatedAt\n    }\n  }\n": typeof types.ReactivateMemberDocument,
    "\n  mutation RemoveMember($userId: ID!) {\n    removeMember(userId: $userId) {\n      id\n    }\n  }\n": typeof types.RemoveMemberDocument,
    "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.RevokeInvitationDocument,
    "\n  mutation SetMemberRoles($input: SetMemberRolesInput!) {\n    setMemberRoles(input: $input) {\n      id\n      roles\n      status\n    }\n  }\n": typeof types.SetMemberRolesDocument,
    "\n  mutation ChangeOfferStatus($input: ChangeOfferStatusInput!) {\n    changeOfferStatus(input: $input) {\n      ...OfferFields\n    }\n  }\n": typeof types.ChangeOfferStatusDocument,
    "\n  mutation CreateOffer($input: OfferInputDto!) {\n    createOffer(input: $input) {\n      ...OfferFields\n    }\n  }\n": typeof types.CreateOfferDocument,
    "\n  query Offer($id: ID!) {\n    offer(id: $id) {\n      ...OfferFields\n    }\n  }\n": typeof types.OfferDocument,
    "\n  fragment OfferFields on Offer {\n    id\n    candidateName\n    candidateEmail\n    title\n    level\n    location\n    teamId\n    teamName\n    startDate\n    annualPayMicros\n    currency\n    overrideKind\n    overrideRatioBp\n    overrideAnnualMicros\n    overrideReason\n    bonusMicros\n    equity\n    status\n    engineerId\n    createdAt\n    terms {\n      annualAllowanceMicros\n      allowanceBasisText\n      monthlyMicros\n      firstPeriodStart\n      firstPeriodEnd\n      firstYearMicros\n      totalCompMicros\n    }\n  }\n": typeof types.OfferFieldsFragmentDoc,
    "\n  query Offers {\n    offers {\n      ...OfferFields\n    }\n  }\n": typeof types.OffersDocument,
    "\n  mutation UpdateOffer($input: UpdateOfferInput!) {\n    updateOffer(input: $input) {\n      ...OfferFields\n    }\n  }\n": typeof types.UpdateOfferDocument,
    "\n  query AccountingPeriods {\n    accountingPeriods {\n      month\n      status\n      closedAt\n      closable\n    }\n  }\n": typeof types.AccountingPeriodsDocument,
    "\n  mutation CloseAccountingPeriod($month: String!, $reason: String) {\n    closeAccountingPeriod(month: $month, reason: $reason) {\n      month\n      status\n      closedAt\n      closable\n    }\n  }\n": typeof types.CloseAccountingPeriodDocument,
    "\n  query AllowancePolicy {\n    allowancePolicy {\n      ...AllowancePolicyFields\n    }\n  }\n": typeof types.AllowancePolicyDocument,
    "\n  fragment AllowancePolicyFields on AllowancePolicy {\n    basisKind\n    ratioBp\n    annualMicros\n    floorMicros\n    capMicros\n    fiscalYearStartMonth\n    accrual\n    rolloverKind\n    rolloverCapMicros\n    currency\n    updatedAt\n    effectiveFrom\n  }\n": typeof types.AllowancePolicyFieldsFragmentDoc,
    "\n  query AllowanceSight {\n    allowanceSight {\n      managersSeeAllowances\n      groupMinimum\n      consequence\n    }\n  }\n": typeof types.AllowanceSightDocument,
    "\n  mutation SetManagersSeeAllowances($enabled: Boolean!) {\n    setManagersSeeAllowances(enabled: $enabled) {\n      managersSeeAllowances\n      groupMinimum\n      consequence\n    }\n  }\n": typeof types.SetManagersSeeAllowancesDocument,
    "\n  query RequestLimits {\n    requestLimits {\n      ...RequestLimitsFields\n    }\n  }\n": typeof types.RequestLimitsDocument,
    "\n  fragment RequestLimitsFields on RequestLimits {\n    currency\n    autoApproveMicros\n    autoApprovePerPeriodMicros\n    hrApprovalAboveMicros\n    giftLimitBp\n    updatedAt\n  }\n": typeof types.RequestLimitsFieldsFragmentDoc,
    "\n  mutation UpdateAllowancePolicy($input: UpdateAllowancePolicyInput!) {\n    updateAllowancePolicy(input: $input) {\n      ...AllowancePolicyFields\n    }\n  }\n": typeof types.UpdateAllowancePolicyDocument,
    "\n  mutation UpdateRequestLimits($input: RequestLimitsInput!) {\n    updateRequestLimits(input: $input) {\n      ...RequestLimitsFields\n    }\n  }\n": typeof types.UpdateRequestLimitsDocument,
    "\n  fragment ModelPriceFields on ModelPrice {\n    provider\n    model\n    effectiveFrom\n    currency\n    inputMicros\n    outputMicros\n    cacheReadMicros\n    cacheWrite5mMicros\n    cacheWrite1hMicros\n    tierCount\n    origin\n    source\n  }\n": typeof types.ModelPriceFieldsFragmentDoc,
    "\n  query ModelPrices {\n    modelPrices {\n      ...ModelPriceFields\n    }\n  }\n": typeof types.ModelPricesDocument,
    "\n  mutation SetCompanyModelPrice($input: SetCompanyModelPriceInput!) {\n    setCompanyModelPrice(input: $input) {\n      ...ModelPriceFields\n    }\n  }\n": typeof types.SetCompanyModelPriceDocument,
    "\n  query ModelPatterns {\n    modelPatterns {\n      id\n      provider\n      pattern\n      model\n    }\n  }\n": typeof types.ModelPatternsDocument,
    "\n  mutation CreateModelPattern($input: CreateModelPatternInput!) {\n    createModelPattern(input: $input) {\n      id\n      provider\n      pattern\n      model\n    }\n  }\n": typeof types.CreateModelPatternDocument,
    "\n  mutation DeleteModelPattern($id: ID!) {\n    deleteModelPattern(id: $id)\n  }\n": typeof types.DeleteModelPatternDocument,
    "\n  query ExchangeRates {\n    exchangeRates {\n      currency\n      effectiveFrom\n      microsPerUsd\n    }\n  }\n": typeof types.ExchangeRatesDocument,
    "\n  mutation SetExchangeRate($input: SetExchangeRateInput!) {\n    setExchangeRate(input: $input) {\n      currency\n      effectiveFrom\n      microsPerUsd\n    }\n  }\n": typeof types.SetExchangeRateDocument,
    "\n  query Me {\n    me {\n      id\n      email\n      name\n      roles\n      createdAt\n      company {\n        id\n        name\n        currency\n        createdAt\n      }\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation EnterProviderInvoice($input: EnterProviderInvoiceInput!) {\n    enterProviderInvoice(input: $input) {\n      id\n      provider\n      month\n      currency\n      amountMicros\n      convertedMicros\n    }\n  }\n": typeof types.EnterProviderInvoiceDocument,
    "\n  mutation ImportProviderInvoiceCsv($input: ImportProviderInvoiceCsvInput!) {\n    importProviderInvoiceCsv(input: $input) {\n      id\n      provider\n      month\n      currency\n      amountMicros\n      convertedMicros\n      lines {\n        lineNo\n      }\n    }\n  }\n": typeof types.ImportProviderInvoiceCsvDocument,
    "\n  query Reconciliation($month: String!) {\n    reconciliation(month: $month) {\n      month\n      currency\n      closed\n      lateCutoff\n      toleranceBp\n      computedMicros\n      invoicedMicros\n      differenceMicros\n      providers {\n        provider\n        status\n        computedMicros\n        invoicedMicros\n        differenceMicros\n        toleranceMicros\n        invoice {\n          id\n          currency\n          amountMicros\n          convertedMicros\n          source\n          enteredAt\n          lines {\n            lineNo\n            model\n            amountMicros\n          }\n        }\n        explanation {\n          unpricedEvents\n          unpricedMicros\n          unpricedWithoutEstimate\n          unmappedEvents\n          unmappedMicros\n          lateEvents\n          lateMicros\n          unexplainedMicros\n        }\n        models {\n          model\n          computedMicros\n          invoicedMicros\n          differenceMicros\n          explanation {\n            unpricedEvents\n            unpricedMicros\n            unpricedWithoutEstimate\n            unmappedEvents\n            unmappedMicros\n            lateEvents\n            lateMicros\n            unexplainedMicros\n          }\n        }\n      }\n    }\n  }\n": typeof types.ReconciliationDocument,
    "\n  mutation RemoveProviderInvoice($id: ID!) {\n    removeProviderInvoice(id: $id)\n  }\n": typeof types.RemoveProviderInvoiceDocument,
    "\n  mutation CancelIncreaseRequest($id: ID!) {\n    cancelIncreaseRequest(id: $id) {\n      ...IncreaseRequestFields\n    }\n  }\n": typeof types.CancelIncreaseRequestDocument,
    "\n  fragment IncreaseRequestFields on IncreaseRequest {\n    id\n    engineerId\n    engineerName\n    amountMicros\n    kind\n    reason\n    status\n    needsHr\n    approvedBy\n    source\n    managerComment\n    decisionComment\n    createdAt\n    decidedAt\n    canDecide\n    pendingReason {\n      code\n      message\n    }\n  }\n": typeof types.IncreaseRequestFieldsFragmentDoc,
    "\n  query MyAvailable {\n    budget {\n      engineerId\n      currency\n      allowanceMicros\n      spentMicros\n      availableMicros\n      runsOutOn\n    }\n  }\n": typeof types.MyAvailableDocument,
    "\n  query MyIncreaseRequests {\n    me {\n      id\n      company {\n        id\n        currency\n      }\n    }\n    increaseRequests(scope: \"MINE\") {\n      ...IncreaseRequestFields\n    }\n  }\n": typeof types.MyIncreaseRequestsDocument,
    "\n  mutation RequestIncrease($input: RequestIncreaseInput!) {\n    requestIncrease(input: $input) {\n      ...IncreaseRequestFields\n    }\n  }\n": typeof types.RequestIncreaseDocument,
    "\n  mutation CompleteSsoSignIn($input: CompleteSsoSignInInput!) {\n    completeSsoSignIn(input: $input) {\n      ...AuthPayloadFields\n    }\n  }\n": typeof types.CompleteSsoSignInDocument,
    "\n  mutation SaveSsoConnection($input: SaveSsoConnectionInput!) {\n    saveSsoConnection(input: $input) {\n      slug\n      issuerUrl\n      clientId\n      allowedDomains\n      roleClaim\n      roleMappings {\n        value\n        role\n      }\n      ssoRequired\n      updatedAt\n    }\n  }\n": typeof types.SaveSsoConnectionDocument,
    "\n  query SsoSettings {\n    ssoSettings {\n      redirectUri\n      connection {\n        slug\n        issuerUrl\n        clientId\n        allowedDomains\n        roleClaim\n        roleMappings {\n          value\n          role\n        }\n        ssoRequired\n        updatedAt\n      }\n    }\n  }\n": typeof types.SsoSettingsDocument,
    "\n  mutation StartSsoSignIn($input: StartSsoSignInInput!) {\n    startSsoSignIn(input: $input) {\n      authorizationUrl\n    }\n  }\n": typeof types.StartSsoSignInDocument,
    "\n  mutation CreateTeam($input: CreateTeamInput!) {\n    createTeam(input: $input) {\n      id\n      name\n      parentId\n      costCentre\n      managerUserId\n      managerName\n      engineerCount\n    }\n  }\n": typeof types.CreateTeamDocument,
    "\n  fragment TeamPoolFields on TeamPool {\n    teamId\n    teamName\n    balanceMicros\n    heldMicros\n    overflow\n  }\n": typeof types.TeamPoolFieldsFragmentDoc,
    "\n  query TeamPools {\n    teamPools {\n      ...TeamPoolFields\n    }\n  }\n": typeof types.TeamPoolsDocument,
    "\n  mutation FundTeamPool($input: FundTeamPoolInput!) {\n    fundTeamPool(input: $input) {\n      ...TeamPoolFields\n    }\n  }\n": typeof types.FundTeamPoolDocument,
    "\n  mutation SetTeamPoolOverflow($teamId: ID!, $overflow: Boolean!) {\n    setTeamPoolOverflow(teamId: $teamId, overflow: $overflow) {\n      ...TeamPoolFields\n    }\n  }\n": typeof types.SetTeamPoolOverflowDocument,
    "\n  query Teams {\n    teams {\n      id\n      name\n      parentId\n      costCentre\n      managerUserId\n      managerName\n      engineerCount\n    }\n  }\n": typeof types.TeamsDocument,
    "\n  mutation UpdateTeam($input: UpdateTeamInput!) {\n    updateTeam(input: $input) {\n      id\n      name\n      parentId\n      costCentre\n      managerUserId\n      managerName\n      engineerCount\n    }\n  }\n": typeof types.UpdateTeamDocument,
    "\n  mutation MoveAllowance($input: MoveAllowanceInput!) {\n    moveAllowance(input: $input) {\n      ...TransferFields\n    }\n  }\n": typeof types.MoveAllowanceDocument,
    "\n  query MoveChoices {\n    engineers {\n      id\n      name\n      email\n      status\n      teamId\n    }\n    teams {\n      id\n      name\n      parentId\n      managerUserId\n    }\n  }\n": typeof types.MoveChoicesDocument,
    "\n  mutation TransferAllowance($input: TransferAllowanceInput!) {\n    transferAllowance(input: $input) {\n      ...TransferFields\n    }\n  }\n": typeof types.TransferAllowanceDocument,
    "\n  fragment TransferFields on Transfer {\n    id\n    fromKind\n    fromOwnerId\n    fromName\n    toKind\n    toOwnerId\n    toName\n    amountMicros\n    memo\n    at\n  }\n": typeof types.TransferFieldsFragmentDoc,
    "\n  query TransfersPage {\n    me {\n      id\n      company {\n        id\n        currency\n      }\n    }\n    transferLimit {\n      currency\n      periodStart\n      periodEnd\n      limitBp\n      limitMicros\n      givenMicros\n      availableMicros\n      remainingMicros\n    }\n    teammates {\n      id\n      name\n      email\n    }\n    transfers {\n      ...TransferFields\n    }\n  }\n": typeof types.TransfersPageDocument,
    "\n  query UnpricedUsage {\n    unpricedUsage {\n      provider\n      model\n      events\n      engineers\n      inputTokens\n      outputTokens\n      firstSeen\n      lastSeen\n    }\n  }\n": typeof types.UnpricedUsageDocument,
    "\n  mutation RepriceUnpricedUsage {\n    repriceUnpricedUsage\n  }\n": typeof types.RepriceUnpricedUsageDocument,
    "\n  query UnmappedUsage {\n    unmappedUsage {\n      identityKind\n      identityValue\n      label\n      records\n      inputTokens\n      outputTokens\n      lastSeen\n    }\n  }\n": typeof types.UnmappedUsageDocument,
    "\n  mutation MapIdentity($input: MapIdentityInput!) {\n    mapIdentity(input: $input)\n  }\n": typeof types.MapIdentityDocument,
};
const documents: Documents = {
    "\n  query AlertDeliveries($status: String) {\n    alertDeliveries(limit: 200, status: $status) {\n      id\n      kind\n      alertId\n      channel\n      recipient\n      subject\n      status\n      attempts\n      maxAttempts\n      nextAttemptAt\n      lastError\n      createdAt\n      sentAt\n    }\n  }\n": types.AlertDeliveriesDocument,
    "\n  fragment AlertSettingsFields on AlertSettings {\n    thresholdsBp\n    runOutAlert\n    mailEnabled\n    webhooksEnabled\n    mailConfigured\n  }\n": types.AlertSettingsFieldsFragmentDoc,
    "\n  query AlertsSettings {\n    alertSettings {\n      ...AlertSettingsFields\n    }\n    webhookEndpoints {\n      ...WebhookEndpointFields\n    }\n    mailSettings {\n      from\n      configured\n      host\n    }\n  }\n": types.AlertsSettingsDocument,
    "\n  mutation CreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) {\n      secret\n      endpoint {\n        ...WebhookEndpointFields\n      }\n    }\n  }\n": types.CreateWebhookEndpointDocument,
    "\n  mutation DeleteWebhookEndpoint($id: ID!) {\n    deleteWebhookEndpoint(id: $id)\n  }\n": types.DeleteWebhookEndpointDocument,
    "\n  mutation EvaluateAlerts {\n    evaluateAlerts\n  }\n": types.EvaluateAlertsDocument,
    "\n  mutation SendTestEmail {\n    sendTestEmail {\n      sent\n      to\n      error\n    }\n  }\n": types.SendTestEmailDocument,
    "\n  mutation UpdateAlertSettings($input: UpdateAlertSettingsInput!) {\n    updateAlertSettings(input: $input) {\n      ...AlertSettingsFields\n    }\n  }\n": types.UpdateAlertSettingsDocument,
    "\n  fragment WebhookEndpointFields on WebhookEndpoint {\n    id\n    url\n    format\n    createdAt\n  }\n": types.WebhookEndpointFieldsFragmentDoc,
    "\n  fragment ApiKeyFields on ApiKey {\n    id\n    name\n    prefix\n    scopes\n    engineerId\n    engineerName\n    createdAt\n    lastUsedAt\n    revokedAt\n  }\n": types.ApiKeyFieldsFragmentDoc,
    "\n  query ApiKeys {\n    apiKeys {\n      ...ApiKeyFields\n    }\n  }\n": types.ApiKeysDocument,
    "\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        ...ApiKeyFields\n      }\n    }\n  }\n": types.CreateApiKeyDocument,
    "\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      ...ApiKeyFields\n    }\n  }\n": types.RevokeApiKeyDocument,
    "\n  query ApiKeyCreation {\n    apiKeyCreation {\n      ownKey\n      companyKeys\n      financeKeys\n    }\n  }\n": types.ApiKeyCreationDocument,
    "\n  query AllIncreaseRequests {\n    increaseRequests(scope: \"ALL\") {\n      ...IncreaseRequestFields\n    }\n  }\n": types.AllIncreaseRequestsDocument,
    "\n  query ApprovalQueue {\n    me {\n      id\n      company {\n        id\n        currency\n      }\n    }\n    increaseRequests(scope: \"TO_APPROVE\") {\n      ...IncreaseRequestFields\n      engineerBudget {\n        ...EngineerBudgetFields\n      }\n    }\n  }\n": types.ApprovalQueueDocument,
    "\n  mutation ApproveIncreaseRequest($id: ID!, $comment: String) {\n    approveIncreaseRequest(id: $id, comment: $comment) {\n      ...IncreaseRequestFields\n    }\n  }\n": types.ApproveIncreaseRequestDocument,
    "\n  fragment EngineerBudgetFields on IncreaseRequestBudget {\n    currency\n    allowanceMicros\n    spentMicros\n    availableMicros\n    dailyBurnMicros\n    runsOutOn\n    periodEnd\n  }\n": types.EngineerBudgetFieldsFragmentDoc,
    "\n  query IncreaseRequest($id: ID!) {\n    me {\n      id\n      company {\n        id\n        currency\n      }\n    }\n    increaseRequest(id: $id) {\n      ...IncreaseRequestFields\n      engineerBudget {\n        ...EngineerBudgetFields\n      }\n    }\n  }\n": types.IncreaseRequestDocument,
    "\n  mutation RejectIncreaseRequest($id: ID!, $comment: String!) {\n    rejectIncreaseRequest(id: $id, comment: $comment) {\n      ...IncreaseRequestFields\n    }\n  }\n": types.RejectIncreaseRequestDocument,
    "\n  query AuditEntries($filter: AuditFilterInput) {\n    auditEntries(filter: $filter) {\n      id\n      createdAt\n      actorEmail\n      action\n      entityType\n      entityId\n      before\n      after\n      changes {\n        field\n        before\n        after\n      }\n    }\n  }\n": types.AuditEntriesDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      ...AuthPayloadFields\n    }\n  }\n": types.AcceptInvitationDocument,
    "\n  fragment AuthPayloadFields on AuthPayload {\n    accessToken\n    accessTokenExpiresAt\n    user {\n      id\n      email\n      name\n      roles\n      createdAt\n      company {\n        id\n        name\n        currency\n        createdAt\n        timeZone\n        today\n      }\n    }\n  }\n": types.AuthPayloadFieldsFragmentDoc,
    "\n  query InvitationPreview($token: String!) {\n    invitationPreview(token: $token) {\n      email\n      companyName\n      roles\n      expiresAt\n    }\n  }\n": types.InvitationPreviewDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...AuthPayloadFields\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  mutation RefreshSession {\n    refreshSession {\n      ...AuthPayloadFields\n    }\n  }\n": types.RefreshSessionDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      ...AuthPayloadFields\n    }\n  }\n": types.SignUpDocument,
    "\n  query BudgetPage($engineerId: ID, $limit: Int!) {\n    budget(engineerId: $engineerId) {\n      engineerId\n      currency\n      periodStart\n      periodEnd\n      allowanceMicros\n      accruedMicros\n      spentMicros\n      heldMicros\n      availableMicros\n      poolAvailableMicros\n      overageMicros\n      enforcement\n      dailyBurnMicros\n      paceBp\n      runsOutOn\n    }\n    usageSummary(engineerId: $engineerId) {\n      currency\n      from\n      to\n      days {\n        day\n        accruedMicros\n        spentToDateMicros\n        remainingMicros\n        costMicros\n        events\n      }\n      byModel {\n        ...UsageByKeyFields\n      }\n      bySource {\n        ...UsageByKeyFields\n      }\n    }\n    recentUsage(engineerId: $engineerId, limit: $limit) {\n      id\n      occurredAt\n      source\n      provider\n      model\n      inputTokens\n      outputTokens\n      cacheReadTokens\n      cacheWriteTokens\n      costMicros\n      currency\n      unpriced\n    }\n  }\n": types.BudgetPageDocument,
    "\n  fragment UsageByKeyFields on UsageByKey {\n    key\n    events\n    inputTokens\n    outputTokens\n    costMicros\n    unpricedEvents\n    unpricedTokens\n  }\n": types.UsageByKeyFieldsFragmentDoc,
    "\n  query DefaultBudgetEnforcement {\n    defaultBudgetEnforcement\n  }\n": types.DefaultBudgetEnforcementDocument,
    "\n  mutation SetDefaultBudgetEnforcement($enforcement: String!) {\n    setDefaultBudgetEnforcement(enforcement: $enforcement)\n  }\n": types.SetDefaultBudgetEnforcementDocument,
    "\n  mutation SetEngineerBudgetEnforcement($engineerId: ID!, $enforcement: String) {\n    setEngineerBudgetEnforcement(engineerId: $engineerId, enforcement: $enforcement) {\n      engineerId\n      enforcement\n      availableMicros\n    }\n  }\n": types.SetEngineerBudgetEnforcementDocument,
    "\n  fragment EngineerBurnFields on EngineerBurn {\n    engineerId\n    name\n    teamId\n    allowanceMicros\n    accruedMicros\n    spentMicros\n    heldMicros\n    availableMicros\n    overageMicros\n    inOverage\n    burn7Micros\n    burn30Micros\n    historyDays\n    runsOutOn\n    earliest\n    latest\n    confidence\n    horizon\n    runsOutBeforeHorizon\n    underUse\n  }\n": types.EngineerBurnFieldsFragmentDoc,
    "\n  query MyBurn {\n    myBurn {\n      ...EngineerBurnFields\n    }\n  }\n": types.MyBurnDocument,
    "\n  query TeamBurn(\n    $teamId: ID!\n    $sort: BurnSort!\n    $descending: Boolean!\n    $search: String!\n    $show: BurnShow!\n    $offset: Int!\n    $limit: Int\n  ) {\n    teamBurn(teamId: $teamId) {\n      teamId\n      teamName\n      currency\n      periodStart\n      periodEnd\n      asOf\n      allowancePerPerson\n      summary {\n        engineers\n        allowanceMicros\n        accruedMicros\n        spentMicros\n        heldMicros\n        availableMicros\n        burn7Micros\n        burn30Micros\n        runningOut\n        underUse\n        inOverage\n        overageMicros\n        lastWeekMicros\n        weekBeforeMicros\n        weekOverWeekBp\n      }\n      runningOut: engineers(show: RUNS_OUT, sort: RUNS_OUT, limit: 10) {\n        matching\n        rows {\n          ...EngineerBurnFields\n        }\n      }\n      engineers(\n        sort: $sort\n        descending: $descending\n        search: $search\n        show: $show\n        offset: $offset\n        limit: $limit\n      ) {\n        matching\n        offset\n        rows {\n          ...EngineerBurnFields\n        }\n      }\n      points {\n        date\n        accruedMicros\n        spentMicros\n      }\n      byModel {\n        key\n        costMicros\n        events\n        unpricedEvents\n        unpricedTokens\n      }\n      bySource {\n        key\n        costMicros\n        events\n        unpricedEvents\n        unpricedTokens\n      }\n    }\n  }\n": types.TeamBurnDocument,
    "\n  query DashboardBudget {\n    budget {\n      engineerId\n      currency\n      periodStart\n      periodEnd\n      allowanceMicros\n      accruedMicros\n      spentMicros\n      heldMicros\n      availableMicros\n      poolAvailableMicros\n      overageMicros\n      enforcement\n      dailyBurnMicros\n      paceBp\n      runsOutOn\n    }\n  }\n": types.DashboardBudgetDocument,
    "\n  query DashboardTeamBurn($teamId: ID!) {\n    teamBurn(teamId: $teamId) {\n      teamId\n      teamName\n      currency\n      periodStart\n      periodEnd\n      asOf\n      allowancePerPerson\n      summary {\n        engineers\n        allowanceMicros\n        accruedMicros\n        spentMicros\n        heldMicros\n        availableMicros\n        burn7Micros\n        burn30Micros\n        runningOut\n        underUse\n        inOverage\n        overageMicros\n        lastWeekMicros\n        weekBeforeMicros\n        weekOverWeekBp\n      }\n      runningOut: engineers(show: RUNS_OUT, sort: RUNS_OUT, limit: 5) {\n        matching\n        rows {\n          ...EngineerBurnFields\n        }\n      }\n      byModel {\n        key\n        costMicros\n        events\n        unpricedEvents\n        unpricedTokens\n      }\n    }\n  }\n": types.DashboardTeamBurnDocument,
    "\n  mutation CreateEngineer($input: CreateEngineerInput!) {\n    createEngineer(input: $input) {\n      ...EngineerFields\n    }\n  }\n": types.CreateEngineerDocument,
    "\n  query Engineer($id: ID!) {\n    engineer(id: $id) {\n      engineer {\n        ...EngineerFields\n      }\n      teamHistory {\n        teamId\n        teamName\n        effectiveFrom\n        effectiveTo\n      }\n      payHistory {\n        annualMicros\n        currency\n        effectiveFrom\n      }\n      allowance {\n        periodStart\n        periodEnd\n        annualMicros\n        periodTotalMicros\n        accruedMicros\n        balanceMicros\n        currency\n        override {\n          effectiveFrom\n          basisKind\n          ratioBp\n          annualMicros\n          topUpMicros\n          reason\n        }\n        schedule {\n          month\n          grantDate\n          amountMicros\n          daysCovered\n          daysInMonth\n          posted\n          postedMicros\n          adjustmentMicros\n        }\n      }\n      ledgerEntries {\n        id\n        kind\n        amountMicros\n        effectiveAt\n        memo\n        reference\n      }\n    }\n  }\n": types.EngineerDocument,
    "\n  query EngineerChoices {\n    engineers {\n      id\n      name\n      email\n      status\n    }\n  }\n": types.EngineerChoicesDocument,
    "\n  fragment EngineerFields on Engineer {\n    id\n    name\n    email\n    title\n    level\n    location\n    teamId\n    teamName\n    status\n    startDate\n    endDate\n    basePay {\n      annualMicros\n      currency\n      effectiveFrom\n    }\n    annualAllowanceMicros\n  }\n": types.EngineerFieldsFragmentDoc,
    "\n  query Engineers {\n    engineers {\n      ...EngineerFields\n    }\n  }\n": types.EngineersDocument,
    "\n  query LeavingPreview($input: LeavingPreviewInput!) {\n    leavingPreview(input: $input) {\n      engineerId\n      lastDayPaid\n      forfeitOn\n      currency\n      balanceNowMicros\n      grantsToComeMicros\n      reversedGrants {\n        month\n        amountMicros\n      }\n      reversedMicros\n      forfeitMicros\n      overageMicros\n      loginEmail\n      apiKeysToRevoke\n    }\n  }\n": types.LeavingPreviewDocument,
    "\n  mutation MoveEngineer($input: MoveEngineerInput!) {\n    moveEngineer(input: $input)\n  }\n": types.MoveEngineerDocument,
    "\n  mutation RecordRaise($input: RecordRaiseInput!) {\n    recordRaise(input: $input) {\n      annualMicros\n      currency\n      effectiveFrom\n    }\n  }\n": types.RecordRaiseDocument,
    "\n  mutation RunAccruals {\n    runAccruals {\n      engineers\n      granted\n      expired\n      forfeited\n    }\n  }\n": types.RunAccrualsDocument,
    "\n  mutation SetAllowanceOverride($input: SetAllowanceOverrideInput!) {\n    setAllowanceOverride(input: $input) {\n      effectiveFrom\n      basisKind\n      ratioBp\n      annualMicros\n      reason\n    }\n  }\n": types.SetAllowanceOverrideDocument,
    "\n  mutation SetEndDate($input: SetEndDateInput!) {\n    setEndDate(input: $input) {\n      ...EngineerFields\n    }\n  }\n": types.SetEndDateDocument,
    "\n  mutation AddSharedCost($input: AddSharedCostInput!) {\n    addSharedCost(input: $input) {\n      ...SharedCostFields\n    }\n  }\n": types.AddSharedCostDocument,
    "\n  fragment ChargebackSettingsFields on ChargebackSettings {\n    mode\n    allocationPolicy\n    centralCostCentre\n    invoiceToleranceBp\n    glExpenseAccount\n    glPayableAccount\n    glAccrualAccount\n  }\n": types.ChargebackSettingsFieldsFragmentDoc,
    "\n  query ChargebackSettings {\n    chargebackSettings {\n      ...ChargebackSettingsFields\n    }\n  }\n": types.ChargebackSettingsDocument,
    "\n  query CloseChecklist($month: String!) {\n    closeChecklist(month: $month) {\n      month\n      closed\n      openItems\n      items {\n        ...CloseItemFields\n      }\n    }\n  }\n": types.CloseChecklistDocument,
    "\n  fragment CloseItemFields on CloseItem {\n    kind\n    label\n    count\n    amountMicros\n    open\n    provider\n    status\n  }\n": types.CloseItemFieldsFragmentDoc,
    "\n  mutation ClosePeriod($input: ClosePeriodInput!) {\n    closePeriod(input: $input) {\n      month\n      closedAt\n      reason\n      totalMicros\n      mailed\n      checklist {\n        ...CloseItemFields\n      }\n    }\n  }\n": types.ClosePeriodDocument,
    "\n  query FinanceHome {\n    financeHome {\n      month\n      currency\n      mode\n      allocationProblem\n      byCostCentre {\n        costCentre\n        spentMicros\n        grantedMicros\n      }\n      trend {\n        month\n        totalMicros\n        closed\n      }\n      nextClose {\n        month\n        closed\n        openItems\n        items {\n          ...CloseItemFields\n        }\n      }\n      lastClosed {\n        period\n        totalMicros\n        teams {\n          ...StatementSummaryFields\n        }\n        costCentres {\n          ...StatementSummaryFields\n        }\n      }\n    }\n  }\n": types.FinanceHomeDocument,
    "\n  query PeriodCloses {\n    periodCloses {\n      month\n      closedAt\n      reason\n      totalMicros\n      mailed\n      checklist {\n        ...CloseItemFields\n      }\n    }\n  }\n": types.PeriodClosesDocument,
    "\n  mutation RemoveSharedCost($id: ID!) {\n    removeSharedCost(id: $id) {\n      id\n    }\n  }\n": types.RemoveSharedCostDocument,
    "\n  fragment SharedCostFields on SharedCost {\n    id\n    month\n    description\n    amountMicros\n    createdBy\n  }\n": types.SharedCostFieldsFragmentDoc,
    "\n  query SharedCosts($month: String!) {\n    sharedCosts(month: $month) {\n      ...SharedCostFields\n    }\n  }\n": types.SharedCostsDocument,
    "\n  query Statement($period: String!, $kind: StatementKind!, $key: String!) {\n    statement(period: $period, kind: $kind, key: $key) {\n      ...StatementSummaryFields\n      period\n      months\n      currency\n      closed\n      byEngineer {\n        key\n        name\n        costMicros\n      }\n      byModel {\n        key\n        name\n        costMicros\n      }\n      byProvider {\n        key\n        name\n        costMicros\n      }\n      byTool {\n        key\n        name\n        costMicros\n      }\n      byCategory {\n        key\n        name\n        costMicros\n      }\n      allowances {\n        engineerId\n        engineerName\n        grantedMicros\n        spentMicros\n        overageMicros\n        utilisationBp\n        leaver\n      }\n      overageMicros\n      adjustments {\n        originalMonth\n        engineerId\n        engineerName\n        costMicros\n      }\n    }\n  }\n": types.StatementDocument,
    "\n  fragment StatementSummaryFields on Statement {\n    key\n    name\n    kind\n    label\n    totalMicros\n    previousTotalMicros\n    changeMicros\n  }\n": types.StatementSummaryFieldsFragmentDoc,
    "\n  query StatementTags($period: String!, $kind: StatementKind!, $key: String!) {\n    statementTags(period: $period, kind: $kind, key: $key) {\n      key\n      name\n      costMicros\n    }\n  }\n": types.StatementTagsDocument,
    "\n  query Statements($period: String!) {\n    statements(period: $period) {\n      period\n      months\n      currency\n      mode\n      closed\n      totalMicros\n      usageMicros\n      adjustmentMicros\n      sharedMicros\n      unabsorbedMicros\n      teams {\n        ...StatementSummaryFields\n      }\n      costCentres {\n        ...StatementSummaryFields\n      }\n    }\n  }\n": types.StatementsDocument,
    "\n  mutation UpdateChargebackSettings($input: UpdateChargebackSettingsInput!) {\n    updateChargebackSettings(input: $input) {\n      ...ChargebackSettingsFields\n    }\n  }\n": types.UpdateChargebackSettingsDocument,
    "\n  mutation DeactivateMember($userId: ID!) {\n    deactivateMember(userId: $userId) {\n      id\n      status\n      deactivatedAt\n    }\n  }\n": types.DeactivateMemberDocument,
    "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      id\n      email\n      roles\n      status\n      expiresAt\n      createdAt\n      acceptUrl\n    }\n  }\n": types.InviteMemberDocument,
    "\n  query Members {\n    members {\n      id\n      email\n      name\n      roles\n      status\n      since\n      deactivatedAt\n    }\n  }\n": types.MembersDocument,
    "\n  mutation ReactivateMember($userId: ID!) {\n    reactivateMember(userId: $userId) {\n      id\n      status\n      deactivatedAt\n    }\n  }\n": types.ReactivateMemberDocument,
    "\n  mutation RemoveMember($userId: ID!) {\n    removeMember(userId: $userId) {\n      id\n    }\n  }\n": types.RemoveMemberDocument,
    "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      id\n      status\n    }\n  }\n": types.RevokeInvitationDocument,
    "\n  mutation SetMemberRoles($input: SetMemberRolesInput!) {\n    setMemberRoles(input: $input) {\n      id\n      roles\n      status\n    }\n  }\n": types.SetMemberRolesDocument,
    "\n  mutation ChangeOfferStatus($input: ChangeOfferStatusInput!) {\n    changeOfferStatus(input: $input) {\n      ...OfferFields\n    }\n  }\n": types.ChangeOfferStatusDocument,
    "\n  mutation CreateOffer($input: OfferInputDto!) {\n    createOffer(input: $input) {\n      ...OfferFields\n    }\n  }\n": types.CreateOfferDocument,
    "\n  query Offer($id: ID!) {\n    offer(id: $id) {\n      ...OfferFields\n    }\n  }\n": types.OfferDocument,
    "\n  fragment OfferFields on Offer {\n    id\n    candidateName\n    candidateEmail\n    title\n    level\n    location\n    teamId\n    teamName\n    startDate\n    annualPayMicros\n    currency\n    overrideKind\n    overrideRatioBp\n    overrideAnnualMicros\n    overrideReason\n    bonusMicros\n    equity\n    status\n    engineerId\n    createdAt\n    terms {\n      annualAllowanceMicros\n      allowanceBasisText\n      monthlyMicros\n      firstPeriodStart\n      firstPeriodEnd\n      firstYearMicros\n      totalCompMicros\n    }\n  }\n": types.OfferFieldsFragmentDoc,
    "\n  query Offers {\n    offers {\n      ...OfferFields\n    }\n  }\n": types.OffersDocument,
    "\n  mutation UpdateOffer($input: UpdateOfferInput!) {\n    updateOffer(input: $input) {\n      ...OfferFields\n    }\n  }\n": types.UpdateOfferDocument,
    "\n  query AccountingPeriods {\n    accountingPeriods {\n      month\n      status\n      closedAt\n      closable\n    }\n  }\n": types.AccountingPeriodsDocument,
    "\n  mutation CloseAccountingPeriod($month: String!, $reason: String) {\n    closeAccountingPeriod(month: $month, reason: $reason) {\n      month\n      status\n      closedAt\n      closable\n    }\n  }\n": types.CloseAccountingPeriodDocument,
    "\n  query AllowancePolicy {\n    allowancePolicy {\n      ...AllowancePolicyFields\n    }\n  }\n": types.AllowancePolicyDocument,
    "\n  fragment AllowancePolicyFields on AllowancePolicy {\n    basisKind\n    ratioBp\n    annualMicros\n    floorMicros\n    capMicros\n    fiscalYearStartMonth\n    accrual\n    rolloverKind\n    rolloverCapMicros\n    currency\n    updatedAt\n    effectiveFrom\n  }\n": types.AllowancePolicyFieldsFragmentDoc,
    "\n  query AllowanceSight {\n    allowanceSight {\n      managersSeeAllowances\n      groupMinimum\n      consequence\n    }\n  }\n": types.AllowanceSightDocument,
    "\n  mutation SetManagersSeeAllowances($enabled: Boolean!) {\n    setManagersSeeAllowances(enabled: $enabled) {\n      managersSeeAllowances\n      groupMinimum\n      consequence\n    }\n  }\n": types.SetManagersSeeAllowancesDocument,
    "\n  query RequestLimits {\n    requestLimits {\n      ...RequestLimitsFields\n    }\n  }\n": types.RequestLimitsDocument,
    "\n  fragment RequestLimitsFields on RequestLimits {\n    currency\n    autoApproveMicros\n    autoApprovePerPeriodMicros\n    hrApprovalAboveMicros\n    giftLimitBp\n    updatedAt\n  }\n": types.RequestLimitsFieldsFragmentDoc,
    "\n  mutation UpdateAllowancePolicy($input: UpdateAllowancePolicyInput!) {\n    updateAllowancePolicy(input: $input) {\n      ...AllowancePolicyFields\n    }\n  }\n": types.UpdateAllowancePolicyDocument,
    "\n  mutation UpdateRequestLimits($input: RequestLimitsInput!) {\n    updateRequestLimits(input: $input) {\n      ...RequestLimitsFields\n    }\n  }\n": types.UpdateRequestLimitsDocument,
    "\n  fragment ModelPriceFields on ModelPrice {\n    provider\n    model\n    effectiveFrom\n    currency\n    inputMicros\n    outputMicros\n    cacheReadMicros\n    cacheWrite5mMicros\n    cacheWrite1hMicros\n    tierCount\n    origin\n    source\n  }\n": types.ModelPriceFieldsFragmentDoc,
    "\n  query ModelPrices {\n    modelPrices {\n      ...ModelPriceFields\n    }\n  }\n": types.ModelPricesDocument,
    "\n  mutation SetCompanyModelPrice($input: SetCompanyModelPriceInput!) {\n    setCompanyModelPrice(input: $input) {\n      ...ModelPriceFields\n    }\n  }\n": types.SetCompanyModelPriceDocument,
    "\n  query ModelPatterns {\n    modelPatterns {\n      id\n      provider\n      pattern\n      model\n    }\n  }\n": types.ModelPatternsDocument,
    "\n  mutation CreateModelPattern($input: CreateModelPatternInput!) {\n    createModelPattern(input: $input) {\n      id\n      provider\n      pattern\n      model\n    }\n  }\n": types.CreateModelPatternDocument,
    "\n  mutation DeleteModelPattern($id: ID!) {\n    deleteModelPattern(id: $id)\n  }\n": types.DeleteModelPatternDocument,
    "\n  query ExchangeRates {\n    exchangeRates {\n      currency\n      effectiveFrom\n      microsPerUsd\n    }\n  }\n": types.ExchangeRatesDocument,
    "\n  mutation SetExchangeRate($input: SetExchangeRateInput!) {\n    setExchangeRate(input: $input) {\n      currency\n      effectiveFrom\n      microsPerUsd\n    }\n  }\n": types.SetExchangeRateDocument,
    "\n  query Me {\n    me {\n      id\n      email\n      name\n      roles\n      createdAt\n      company {\n        id\n        name\n        currency\n        createdAt\n      }\n    }\n  }\n": types.MeDocument,
    "\n  mutation EnterProviderInvoice($input: EnterProviderInvoiceInput!) {\n    enterProviderInvoice(input: $input) {\n      id\n      provider\n      month\n      currency\n      amountMicros\n      convertedMicros\n    }\n  }\n": types.EnterProviderInvoiceDocument,
    "\n  mutation ImportProviderInvoiceCsv($input: ImportProviderInvoiceCsvInput!) {\n    importProviderInvoiceCsv(input: $input) {\n      id\n      provider\n      month\n      currency\n      amountMicros\n      convertedMicros\n      lines {\n        lineNo\n      }\n    }\n  }\n": types.ImportProviderInvoiceCsvDocument,
    "\n  query Reconciliation($month: String!) {\n    reconciliation(month: $month) {\n      month\n      currency\n      closed\n      lateCutoff\n      toleranceBp\n      computedMicros\n      invoicedMicros\n      differenceMicros\n      providers {\n        provider\n        status\n        computedMicros\n        invoicedMicros\n        differenceMicros\n        toleranceMicros\n        invoice {\n          id\n          currency\n          amountMicros\n          convertedMicros\n          source\n          enteredAt\n          lines {\n            lineNo\n            model\n            amountMicros\n          }\n        }\n        explanation {\n          unpricedEvents\n          unpricedMicros\n          unpricedWithoutEstimate\n          unmappedEvents\n          unmappedMicros\n          lateEvents\n          lateMicros\n          unexplainedMicros\n        }\n        models {\n          model\n          computedMicros\n          invoicedMicros\n          differenceMicros\n          explanation {\n            unpricedEvents\n            unpricedMicros\n            unpricedWithoutEstimate\n            unmappedEvents\n            unmappedMicros\n            lateEvents\n            lateMicros\n            unexplainedMicros\n          }\n        }\n      }\n    }\n  }\n": types.ReconciliationDocument,
    "\n  mutation RemoveProviderInvoice($id: ID!) {\n    removeProviderInvoice(id: $id)\n  }\n": types.RemoveProviderInvoiceDocument,
    "\n  mutation CancelIncreaseRequest($id: ID!) {\n    cancelIncreaseRequest(id: $id) {\n      ...IncreaseRequestFields\n    }\n  }\n": types.CancelIncreaseRequestDocument,
    "\n  fragment IncreaseRequestFields on IncreaseRequest {\n    id\n    engineerId\n    engineerName\n    amountMicros\n    kind\n    reason\n    status\n    needsHr\n    approvedBy\n    source\n    managerComment\n    decisionComment\n    createdAt\n    decidedAt\n    canDecide\n    pendingReason {\n      code\n      message\n    }\n  }\n": types.IncreaseRequestFieldsFragmentDoc,
    "\n  query MyAvailable {\n    budget {\n      engineerId\n      currency\n      allowanceMicros\n      spentMicros\n      availableMicros\n      runsOutOn\n    }\n  }\n": types.MyAvailableDocument,
    "\n  query MyIncreaseRequests {\n    me {\n      id\n      company {\n        id\n        currency\n      }\n    }\n    increaseRequests(scope: \"MINE\") {\n      ...IncreaseRequestFields\n    }\n  }\n": types.MyIncreaseRequestsDocument,
    "\n  mutation RequestIncrease($input: RequestIncreaseInput!) {\n    requestIncrease(input: $input) {\n      ...IncreaseRequestFields\n    }\n  }\n": types.RequestIncreaseDocument,
    "\n  mutation CompleteSsoSignIn($input: CompleteSsoSignInInput!) {\n    completeSsoSignIn(input: $input) {\n      ...AuthPayloadFields\n    }\n  }\n": types.CompleteSsoSignInDocument,
    "\n  mutation SaveSsoConnection($input: SaveSsoConnectionInput!) {\n    saveSsoConnection(input: $input) {\n      slug\n      issuerUrl\n      clientId\n      allowedDomains\n      roleClaim\n      roleMappings {\n        value\n        role\n      }\n      ssoRequired\n      updatedAt\n    }\n  }\n": types.SaveSsoConnectionDocument,
    "\n  query SsoSettings {\n    ssoSettings {\n      redirectUri\n      connection {\n        slug\n        issuerUrl\n        clientId\n        allowedDomains\n        roleClaim\n        roleMappings {\n          value\n          role\n        }\n        ssoRequired\n        updatedAt\n      }\n    }\n  }\n": types.SsoSettingsDocument,
    "\n  mutation StartSsoSignIn($input: StartSsoSignInInput!) {\n    startSsoSignIn(input: $input) {\n      authorizationUrl\n    }\n  }\n": types.StartSsoSignInDocument,
    "\n  mutation CreateTeam($input: CreateTeamInput!) {\n    createTeam(input: $input) {\n      id\n      name\n      parentId\n      costCentre\n      managerUserId\n      managerName\n      engineerCount\n    }\n  }\n": types.CreateTeamDocument,
    "\n  fragment TeamPoolFields on TeamPool {\n    teamId\n    teamName\n    balanceMicros\n    heldMicros\n    overflow\n  }\n": types.TeamPoolFieldsFragmentDoc,
    "\n  query TeamPools {\n    teamPools {\n      ...TeamPoolFields\n    }\n  }\n": types.TeamPoolsDocument,
    "\n  mutation FundTeamPool($input: FundTeamPoolInput!) {\n    fundTeamPool(input: $input) {\n      ...TeamPoolFields\n    }\n  }\n": types.FundTeamPoolDocument,
    "\n  mutation SetTeamPoolOverflow($teamId: ID!, $overflow: Boolean!) {\n    setTeamPoolOverflow(teamId: $teamId, overflow: $overflow) {\n      ...TeamPoolFields\n    }\n  }\n": types.SetTeamPoolOverflowDocument,
    "\n  query Teams {\n    teams {\n      id\n      name\n      parentId\n      costCentre\n      managerUserId\n      managerName\n      engineerCount\n    }\n  }\n": types.TeamsDocument,
    "\n  mutation UpdateTeam($input: UpdateTeamInput!) {\n    updateTeam(input: $input) {\n      id\n      name\n      parentId\n      costCentre\n      managerUserId\n      managerName\n      engineerCount\n    }\n  }\n": types.UpdateTeamDocument,
    "\n  mutation MoveAllowance($input: MoveAllowanceInput!) {\n    moveAllowance(input: $input) {\n      ...TransferFields\n    }\n  }\n": types.MoveAllowanceDocument,
    "\n  query MoveChoices {\n    engineers {\n      id\n      name\n      email\n      status\n      teamId\n    }\n    teams {\n      id\n      name\n      parentId\n      managerUserId\n    }\n  }\n": types.MoveChoicesDocument,
    "\n  mutation TransferAllowance($input: TransferAllowanceInput!) {\n    transferAllowance(input: $input) {\n      ...TransferFields\n    }\n  }\n": types.TransferAllowanceDocument,
    "\n  fragment TransferFields on Transfer {\n    id\n    fromKind\n    fromOwnerId\n    fromName\n    toKind\n    toOwnerId\n    toName\n    amountMicros\n    memo\n    at\n  }\n": types.TransferFieldsFragmentDoc,
    "\n  query TransfersPage {\n    me {\n      id\n      company {\n        id\n        currency\n      }\n    }\n    transferLimit {\n      currency\n      periodStart\n      periodEnd\n      limitBp\n      limitMicros\n      givenMicros\n      availableMicros\n      remainingMicros\n    }\n    teammates {\n      id\n      name\n      email\n    }\n    transfers {\n      ...TransferFields\n    }\n  }\n": types.TransfersPageDocument,
    "\n  query UnpricedUsage {\n    unpricedUsage {\n      provider\n      model\n      events\n      engineers\n      inputTokens\n      outputTokens\n      firstSeen\n      lastSeen\n    }\n  }\n": types.UnpricedUsageDocument,
    "\n  mutation RepriceUnpricedUsage {\n    repriceUnpricedUsage\n  }\n": types.RepriceUnpricedUsageDocument,
    "\n  query UnmappedUsage {\n    unmappedUsage {\n      identityKind\n      identityValue\n      label\n      records\n      inputTokens\n      outputTokens\n      lastSeen\n    }\n  }\n": types.UnmappedUsageDocument,
    "\n  mutation MapIdentity($input: MapIdentityInput!) {\n    mapIdentity(input: $input)\n  }\n": types.MapIdentityDocument,
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
export function graphql(source: "\n  query AlertDeliveries($status: String) {\n    alertDeliveries(limit: 200, status: $status) {\n      id\n      kind\n      alertId\n      channel\n      recipient\n      subject\n      status\n      attempts\n      maxAttempts\n      nextAttemptAt\n      lastError\n      createdAt\n      sentAt\n    }\n  }\n"): (typeof documents)["\n  query AlertDeliveries($status: String) {\n    alertDeliveries(limit: 200, status: $status) {\n      id\n      kind\n      alertId\n      channel\n      recipient\n      subject\n      status\n      attempts\n      maxAttempts\n      nextAttemptAt\n      lastError\n      createdAt\n      sentAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AlertSettingsFields on AlertSettings {\n    thresholdsBp\n    runOutAlert\n    mailEnabled\n    webhooksEnabled\n    mailConfigured\n  }\n"): (typeof documents)["\n  fragment AlertSettingsFields on AlertSettings {\n    thresholdsBp\n    runOutAlert\n    mailEnabled\n    webhooksEnabled\n    mailConfigured\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AlertsSettings {\n    alertSettings {\n      ...AlertSettingsFields\n    }\n    webhookEndpoints {\n      ...WebhookEndpointFields\n    }\n    mailSettings {\n      from\n      configured\n      host\n    }\n  }\n"): (typeof documents)["\n  query AlertsSettings {\n    alertSettings {\n      ...AlertSettingsFields\n    }\n    webhookEndpoints {\n      ...WebhookEndpointFields\n    }\n    mailSettings {\n      from\n      configured\n      host\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) {\n      secret\n      endpoint {\n        ...WebhookEndpointFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) {\n      secret\n      endpoint {\n        ...WebhookEndpointFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteWebhookEndpoint($id: ID!) {\n    deleteWebhookEndpoint(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteWebhookEndpoint($id: ID!) {\n    deleteWebhookEndpoint(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EvaluateAlerts {\n    evaluateAlerts\n  }\n"): (typeof documents)["\n  mutation EvaluateAlerts {\n    evaluateAlerts\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendTestEmail {\n    sendTestEmail {\n      sent\n      to\n      error\n    }\n  }\n"): (typeof documents)["\n  mutation SendTestEmail {\n    sendTestEmail {\n      sent\n      to\n      error\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAlertSettings($input: UpdateAlertSettingsInput!) {\n    updateAlertSettings(input: $input) {\n      ...AlertSettingsFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateAlertSettings($input: UpdateAlertSettingsInput!) {\n    updateAlertSettings(input: $input) {\n      ...AlertSettingsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WebhookEndpointFields on WebhookEndpoint {\n    id\n    url\n    format\n    createdAt\n  }\n"): (typeof documents)["\n  fragment WebhookEndpointFields on WebhookEndpoint {\n    id\n    url\n    format\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ApiKeyFields on ApiKey {\n    id\n    name\n    prefix\n    scopes\n    engineerId\n    engineerName\n    createdAt\n    lastUsedAt\n    revokedAt\n  }\n"): (typeof documents)["\n  fragment ApiKeyFields on ApiKey {\n    id\n    name\n    prefix\n    scopes\n    engineerId\n    engineerName\n    createdAt\n    lastUsedAt\n    revokedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiKeys {\n    apiKeys {\n      ...ApiKeyFields\n    }\n  }\n"): (typeof documents)["\n  query ApiKeys {\n    apiKeys {\n      ...ApiKeyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        ...ApiKeyFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        ...ApiKeyFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      ...ApiKeyFields\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      ...ApiKeyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiKeyCreation {\n    apiKeyCreation {\n      ownKey\n      companyKeys\n      financeKeys\n    }\n  }\n"): (typeof documents)["\n  query ApiKeyCreation {\n    apiKeyCreation {\n      ownKey\n      companyKeys\n      financeKeys\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AllIncreaseRequests {\n    increaseRequests(scope: \"ALL\") {\n      ...IncreaseRequestFields\n    }\n  }\n"): (typeof documents)["\n  query AllIncreaseRequests {\n    increaseRequests(scope: \"ALL\") {\n      ...IncreaseRequestFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApprovalQueue {\n    me {\n      id\n      company {\n        id\n        currency\n      }\n    }\n    increaseRequests(scope: \"TO_APPROVE\") {\n      ...IncreaseRequestFields\n      engineerBudget {\n        ...EngineerBudgetFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query ApprovalQueue {\n    me {\n      id\n      company {\n        id\n        currency\n      }\n    }\n    increaseRequests(scope: \"TO_APPROVE\") {\n      ...IncreaseRequestFields\n      engineerBudget {\n        ...EngineerBudgetFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveIncreaseRequest($id: ID!, $comment: String) {\n    approveIncreaseRequest(id: $id, comment: $comment) {\n      ...IncreaseRequestFields\n    }\n  }\n"): (typeof documents)["\n  mutation ApproveIncreaseRequest($id: ID!, $comment: String) {\n    approveIncreaseRequest(id: $id, comment: $comment) {\n      ...IncreaseRequestFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EngineerBudgetFields on IncreaseRequestBudget {\n    currency\n    allowanceMicros\n    spentMicros\n    availableMicros\n    dailyBurnMicros\n    runsOutOn\n    periodEnd\n  }\n"): (typeof documents)["\n  fragment EngineerBudgetFields on IncreaseRequestBudget {\n    currency\n    allowanceMicros\n    spentMicros\n    availableMicros\n    dailyBurnMicros\n    runsOutOn\n    periodEnd\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IncreaseRequest($id: ID!) {\n    me {\n      id\n      company {\n        id\n        currency\n      }\n    }\n    increaseRequest(id: $id) {\n      ...IncreaseRequestFields\n      engineerBudget {\n        ...EngineerBudgetFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query IncreaseRequest($id: ID!) {\n    me {\n      id\n      company {\n        id\n        currency\n      }\n    }\n    increaseRequest(id: $id) {\n      ...IncreaseRequestFields\n      engineerBudget {\n        ...EngineerBudgetFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectIncreaseRequest($id: ID!, $comment: String!) {\n    rejectIncreaseRequest(id: $id, comment: $comment) {\n      ...IncreaseRequestFields\n    }\n  }\n"): (typeof documents)["\n  mutation RejectIncreaseRequest($id: ID!, $comment: String!) {\n    rejectIncreaseRequest(id: $id, comment: $comment) {\n      ...IncreaseRequestFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditEntries($filter: AuditFilterInput) {\n    auditEntries(filter: $filter) {\n      id\n      createdAt\n      actorEmail\n      action\n      entityType\n      entityId\n      before\n      after\n      changes {\n        field\n        before\n        after\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditEntries($filter: AuditFilterInput) {\n    auditEntries(filter: $filter) {\n      id\n      createdAt\n      actorEmail\n      action\n      entityType\n      entityId\n      before\n      after\n      changes {\n        field\n        before\n        after\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      ...AuthPayloadFields\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      ...AuthPayloadFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AuthPayloadFields on AuthPayload {\n    accessToken\n    accessTokenExpiresAt\n    user {\n      id\n      email\n      name\n      roles\n      createdAt\n      company {\n        id\n        name\n        currency\n        createdAt\n        timeZone\n        today\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment AuthPayloadFields on AuthPayload {\n    accessToken\n    accessTokenExpiresAt\n    user {\n      id\n      email\n      name\n      roles\n      createdAt\n      company {\n        id\n        name\n        currency\n        createdAt\n        timeZone\n        today\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  query BudgetPage($engineerId: ID, $limit: Int!) {\n    budget(engineerId: $engineerId) {\n      engineerId\n      currency\n      periodStart\n      periodEnd\n      allowanceMicros\n      accruedMicros\n      spentMicros\n      heldMicros\n      availableMicros\n      poolAvailableMicros\n      overageMicros\n      enforcement\n      dailyBurnMicros\n      paceBp\n      runsOutOn\n    }\n    usageSummary(engineerId: $engineerId) {\n      currency\n      from\n      to\n      days {\n        day\n        accruedMicros\n        spentToDateMicros\n        remainingMicros\n        costMicros\n        events\n      }\n      byModel {\n        ...UsageByKeyFields\n      }\n      bySource {\n        ...UsageByKeyFields\n      }\n    }\n    recentUsage(engineerId: $engineerId, limit: $limit) {\n      id\n      occurredAt\n      source\n      provider\n      model\n      inputTokens\n      outputTokens\n      cacheReadTokens\n      cacheWriteTokens\n      costMicros\n      currency\n      unpriced\n    }\n  }\n"): (typeof documents)["\n  query BudgetPage($engineerId: ID, $limit: Int!) {\n    budget(engineerId: $engineerId) {\n      engineerId\n      currency\n      periodStart\n      periodEnd\n      allowanceMicros\n      accruedMicros\n      spentMicros\n      heldMicros\n      availableMicros\n      poolAvailableMicros\n      overageMicros\n      enforcement\n      dailyBurnMicros\n      paceBp\n      runsOutOn\n    }\n    usageSummary(engineerId: $engineerId) {\n      currency\n      from\n      to\n      days {\n        day\n        accruedMicros\n        spentToDateMicros\n        remainingMicros\n        costMicros\n        events\n      }\n      byModel {\n        ...UsageByKeyFields\n      }\n      bySource {\n        ...UsageByKeyFields\n      }\n    }\n    recentUsage(engineerId: $engineerId, limit: $limit) {\n      id\n      occurredAt\n      source\n      provider\n      model\n      inputTokens\n      outputTokens\n      cacheReadTokens\n      cacheWriteTokens\n      costMicros\n      currency\n      unpriced\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UsageByKeyFields on UsageByKey {\n    key\n    events\n    inputTokens\n    outputTokens\n    costMicros\n    unpricedEvents\n    unpricedTokens\n  }\n"): (typeof documents)["\n  fragment UsageByKeyFields on UsageByKey {\n    key\n    events\n    inputTokens\n    outputTokens\n    costMicros\n    unpricedEvents\n    unpricedTokens\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DefaultBudgetEnforcement {\n    defaultBudgetEnforcement\n  }\n"): (typeof documents)["\n  query DefaultBudgetEnforcement {\n    defaultBudgetEnforcement\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetDefaultBudgetEnforcement($enforcement: String!) {\n    setDefaultBudgetEnforcement(enforcement: $enforcement)\n  }\n"): (typeof documents)["\n  mutation SetDefaultBudgetEnforcement($enforcement: String!) {\n    setDefaultBudgetEnforcement(enforcement: $enforcement)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetEngineerBudgetEnforcement($engineerId: ID!, $enforcement: String) {\n    setEngineerBudgetEnforcement(engineerId: $engineerId, enforcement: $enforcement) {\n      engineerId\n      enforcement\n      availableMicros\n    }\n  }\n"): (typeof documents)["\n  mutation SetEngineerBudgetEnforcement($engineerId: ID!, $enforcement: String) {\n    setEngineerBudgetEnforcement(engineerId: $engineerId, enforcement: $enforcement) {\n      engineerId\n      enforcement\n      availableMicros\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EngineerBurnFields on EngineerBurn {\n    engineerId\n    name\n    teamId\n    allowanceMicros\n    accruedMicros\n    spentMicros\n    heldMicros\n    availableMicros\n    overageMicros\n    inOverage\n    burn7Micros\n    burn30Micros\n    historyDays\n    runsOutOn\n    earliest\n    latest\n    confidence\n    horizon\n    runsOutBeforeHorizon\n    underUse\n  }\n"): (typeof documents)["\n  fragment EngineerBurnFields on EngineerBurn {\n    engineerId\n    name\n    teamId\n    allowanceMicros\n    accruedMicros\n    spentMicros\n    heldMicros\n    availableMicros\n    overageMicros\n    inOverage\n    burn7Micros\n    burn30Micros\n    historyDays\n    runsOutOn\n    earliest\n    latest\n    confidence\n    horizon\n    runsOutBeforeHorizon\n    underUse\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyBurn {\n    myBurn {\n      ...EngineerBurnFields\n    }\n  }\n"): (typeof documents)["\n  query MyBurn {\n    myBurn {\n      ...EngineerBurnFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamBurn(\n    $teamId: ID!\n    $sort: BurnSort!\n    $descending: Boolean!\n    $search: String!\n    $show: BurnShow!\n    $offset: Int!\n    $limit: Int\n  ) {\n    teamBurn(teamId: $teamId) {\n      teamId\n      teamName\n      currency\n      periodStart\n      periodEnd\n      asOf\n      allowancePerPerson\n      summary {\n        engineers\n        allowanceMicros\n        accruedMicros\n        spentMicros\n        heldMicros\n        availableMicros\n        burn7Micros\n        burn30Micros\n        runningOut\n        underUse\n        inOverage\n        overageMicros\n        lastWeekMicros\n        weekBeforeMicros\n        weekOverWeekBp\n      }\n      runningOut: engineers(show: RUNS_OUT, sort: RUNS_OUT, limit: 10) {\n        matching\n        rows {\n          ...EngineerBurnFields\n        }\n      }\n      engineers(\n        sort: $sort\n        descending: $descending\n        search: $search\n        show: $show\n        offset: $offset\n        limit: $limit\n      ) {\n        matching\n        offset\n        rows {\n          ...EngineerBurnFields\n        }\n      }\n      points {\n        date\n        accruedMicros\n        spentMicros\n      }\n      byModel {\n        key\n        costMicros\n        events\n        unpricedEvents\n        unpricedTokens\n      }\n      bySource {\n        key\n        costMicros\n        events\n        unpricedEvents\n        unpricedTokens\n      }\n    }\n  }\n"): (typeof documents)["\n  query TeamBurn(\n    $teamId: ID!\n    $sort: BurnSort!\n    $descending: Boolean!\n    $search: String!\n    $show: BurnShow!\n    $offset: Int!\n    $limit: Int\n  ) {\n    teamBurn(teamId: $teamId) {\n      teamId\n      teamName\n      currency\n      periodStart\n      periodEnd\n      asOf\n      allowancePerPerson\n      summary {\n        engineers\n        allowanceMicros\n        accruedMicros\n        spentMicros\n        heldMicros\n        availableMicros\n        burn7Micros\n        burn30Micros\n        runningOut\n        underUse\n        inOverage\n        overageMicros\n        lastWeekMicros\n        weekBeforeMicros\n        weekOverWeekBp\n      }\n      runningOut: engineers(show: RUNS_OUT, sort: RUNS_OUT, limit: 10) {\n        matching\n        rows {\n          ...EngineerBurnFields\n        }\n      }\n      engineers(\n        sort: $sort\n        descending: $descending\n        search: $search\n        show: $show\n        offset: $offset\n        limit: $limit\n      ) {\n        matching\n        offset\n        rows {\n          ...EngineerBurnFields\n        }\n      }\n      points {\n        date\n        accruedMicros\n        spentMicros\n      }\n      byModel {\n        key\n        costMicros\n        events\n        unpricedEvents\n        unpricedTokens\n      }\n      bySource {\n        key\n        costMicros\n        events\n        unpricedEvents\n        unpricedTokens\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardBudget {\n    budget {\n      engineerId\n      currency\n      periodStart\n      periodEnd\n      allowanceMicros\n      accruedMicros\n      spentMicros\n      heldMicros\n      availableMicros\n      poolAvailableMicros\n      overageMicros\n      enforcement\n      dailyBurnMicros\n      paceBp\n      runsOutOn\n    }\n  }\n"): (typeof documents)["\n  query DashboardBudget {\n    budget {\n      engineerId\n      currency\n      periodStart\n      periodEnd\n      allowanceMicros\n      accruedMicros\n      spentMicros\n      heldMicros\n      availableMicros\n      poolAvailableMicros\n      overageMicros\n      enforcement\n      dailyBurnMicros\n      paceBp\n      runsOutOn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardTeamBurn($teamId: ID!) {\n    teamBurn(teamId: $teamId) {\n      teamId\n      teamName\n      currency\n      periodStart\n      periodEnd\n      asOf\n      allowancePerPerson\n      summary {\n        engineers\n        allowanceMicros\n        accruedMicros\n        spentMicros\n        heldMicros\n        availableMicros\n        burn7Micros\n        burn30Micros\n        runningOut\n        underUse\n        inOverage\n        overageMicros\n        lastWeekMicros\n        weekBeforeMicros\n        weekOverWeekBp\n      }\n      runningOut: engineers(show: RUNS_OUT, sort: RUNS_OUT, limit: 5) {\n        matching\n        rows {\n          ...EngineerBurnFields\n        }\n      }\n      byModel {\n        key\n        costMicros\n        events\n        unpricedEvents\n        unpricedTokens\n      }\n    }\n  }\n"): (typeof documents)["\n  query DashboardTeamBurn($teamId: ID!) {\n    teamBurn(teamId: $teamId) {\n      teamId\n      teamName\n      currency\n      periodStart\n      periodEnd\n      asOf\n      allowancePerPerson\n      summary {\n        engineers\n        allowanceMicros\n        accruedMicros\n        spentMicros\n        heldMicros\n        availableMicros\n        burn7Micros\n        burn30Micros\n        runningOut\n        underUse\n        inOverage\n        overageMicros\n        lastWeekMicros\n        weekBeforeMicros\n        weekOverWeekBp\n      }\n      runningOut: engineers(show: RUNS_OUT, sort: RUNS_OUT, limit: 5) {\n        matching\n        rows {\n          ...EngineerBurnFields\n        }\n      }\n      byModel {\n        key\n        costMicros\n        events\n        unpricedEvents\n        unpricedTokens\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateEngineer($input: CreateEngineerInput!) {\n    createEngineer(input: $input) {\n      ...EngineerFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateEngineer($input: CreateEngineerInput!) {\n    createEngineer(input: $input) {\n      ...EngineerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Engineer($id: ID!) {\n    engineer(id: $id) {\n      engineer {\n        ...EngineerFields\n      }\n      teamHistory {\n        teamId\n        teamName\n        effectiveFrom\n        effectiveTo\n      }\n      payHistory {\n        annualMicros\n        currency\n        effectiveFrom\n      }\n      allowance {\n        periodStart\n        periodEnd\n        annualMicros\n        periodTotalMicros\n        accruedMicros\n        balanceMicros\n        currency\n        override {\n          effectiveFrom\n          basisKind\n          ratioBp\n          annualMicros\n          topUpMicros\n          reason\n        }\n        schedule {\n          month\n          grantDate\n          amountMicros\n          daysCovered\n          daysInMonth\n          posted\n          postedMicros\n          adjustmentMicros\n        }\n      }\n      ledgerEntries {\n        id\n        kind\n        amountMicros\n        effectiveAt\n        memo\n        reference\n      }\n    }\n  }\n"): (typeof documents)["\n  query Engineer($id: ID!) {\n    engineer(id: $id) {\n      engineer {\n        ...EngineerFields\n      }\n      teamHistory {\n        teamId\n        teamName\n        effectiveFrom\n        effectiveTo\n      }\n      payHistory {\n        annualMicros\n        currency\n        effectiveFrom\n      }\n      allowance {\n        periodStart\n        periodEnd\n        annualMicros\n        periodTotalMicros\n        accruedMicros\n        balanceMicros\n        currency\n        override {\n          effectiveFrom\n          basisKind\n          ratioBp\n          annualMicros\n          topUpMicros\n          reason\n        }\n        schedule {\n          month\n          grantDate\n          amountMicros\n          daysCovered\n          daysInMonth\n          posted\n          postedMicros\n          adjustmentMicros\n        }\n      }\n      ledgerEntries {\n        id\n        kind\n        amountMicros\n        effectiveAt\n        memo\n        reference\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EngineerChoices {\n    engineers {\n      id\n      name\n      email\n      status\n    }\n  }\n"): (typeof documents)["\n  query EngineerChoices {\n    engineers {\n      id\n      name\n      email\n      status\n    }\n  }\n"];
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
export function graphql(source: "\n  query LeavingPreview($input: LeavingPreviewInput!) {\n    leavingPreview(input: $input) {\n      engineerId\n      lastDayPaid\n      forfeitOn\n      currency\n      balanceNowMicros\n      grantsToComeMicros\n      reversedGrants {\n        month\n        amountMicros\n      }\n      reversedMicros\n      forfeitMicros\n      overageMicros\n      loginEmail\n      apiKeysToRevoke\n    }\n  }\n"): (typeof documents)["\n  query LeavingPreview($input: LeavingPreviewInput!) {\n    leavingPreview(input: $input) {\n      engineerId\n      lastDayPaid\n      forfeitOn\n      currency\n      balanceNowMicros\n      grantsToComeMicros\n      reversedGrants {\n        month\n        amountMicros\n      }\n      reversedMicros\n      forfeitMicros\n      overageMicros\n      loginEmail\n      apiKeysToRevoke\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveEngineer($input: MoveEngineerInput!) {\n    moveEngineer(input: $input)\n  }\n"): (typeof documents)["\n  mutation MoveEngineer($input: MoveEngineerInput!) {\n    moveEngineer(input: $input)\n  }\n"];
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
export function graphql(source: "\n  mutation AddSharedCost($input: AddSharedCostInput!) {\n    addSharedCost(input: $input) {\n      ...SharedCostFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddSharedCost($input: AddSharedCostInput!) {\n    addSharedCost(input: $input) {\n      ...SharedCostFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ChargebackSettingsFields on ChargebackSettings {\n    mode\n    allocationPolicy\n    centralCostCentre\n    invoiceToleranceBp\n    glExpenseAccount\n    glPayableAccount\n    glAccrualAccount\n  }\n"): (typeof documents)["\n  fragment ChargebackSettingsFields on ChargebackSettings {\n    mode\n    allocationPolicy\n    centralCostCentre\n    invoiceToleranceBp\n    glExpenseAccount\n    glPayableAccount\n    glAccrualAccount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChargebackSettings {\n    chargebackSettings {\n      ...ChargebackSettingsFields\n    }\n  }\n"): (typeof documents)["\n  query ChargebackSettings {\n    chargebackSettings {\n      ...ChargebackSettingsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CloseChecklist($month: String!) {\n    closeChecklist(month: $month) {\n      month\n      closed\n      openItems\n      items {\n        ...CloseItemFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query CloseChecklist($month: String!) {\n    closeChecklist(month: $month) {\n      month\n      closed\n      openItems\n      items {\n        ...CloseItemFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CloseItemFields on CloseItem {\n    kind\n    label\n    count\n    amountMicros\n    open\n    provider\n    status\n  }\n"): (typeof documents)["\n  fragment CloseItemFields on CloseItem {\n    kind\n    label\n    count\n    amountMicros\n    open\n    provider\n    status\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClosePeriod($input: ClosePeriodInput!) {\n    closePeriod(input: $input) {\n      month\n      closedAt\n      reason\n      totalMicros\n      mailed\n      checklist {\n        ...CloseItemFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ClosePeriod($input: ClosePeriodInput!) {\n    closePeriod(input: $input) {\n      month\n      closedAt\n      reason\n      totalMicros\n      mailed\n      checklist {\n        ...CloseItemFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FinanceHome {\n    financeHome {\n      month\n      currency\n      mode\n      allocationProblem\n      byCostCentre {\n        costCentre\n        spentMicros\n        grantedMicros\n      }\n      trend {\n        month\n        totalMicros\n        closed\n      }\n      nextClose {\n        month\n        closed\n        openItems\n        items {\n          ...CloseItemFields\n        }\n      }\n      lastClosed {\n        period\n        totalMicros\n        teams {\n          ...StatementSummaryFields\n        }\n        costCentres {\n          ...StatementSummaryFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FinanceHome {\n    financeHome {\n      month\n      currency\n      mode\n      allocationProblem\n      byCostCentre {\n        costCentre\n        spentMicros\n        grantedMicros\n      }\n      trend {\n        month\n        totalMicros\n        closed\n      }\n      nextClose {\n        month\n        closed\n        openItems\n        items {\n          ...CloseItemFields\n        }\n      }\n      lastClosed {\n        period\n        totalMicros\n        teams {\n          ...StatementSummaryFields\n        }\n        costCentres {\n          ...StatementSummaryFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PeriodCloses {\n    periodCloses {\n      month\n      closedAt\n      reason\n      totalMicros\n      mailed\n      checklist {\n        ...CloseItemFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query PeriodCloses {\n    periodCloses {\n      month\n      closedAt\n      reason\n      totalMicros\n      mailed\n      checklist {\n        ...CloseItemFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveSharedCost($id: ID!) {\n    removeSharedCost(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveSharedCost($id: ID!) {\n    removeSharedCost(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SharedCostFields on SharedCost {\n    id\n    month\n    description\n    amountMicros\n    createdBy\n  }\n"): (typeof documents)["\n  fragment SharedCostFields on SharedCost {\n    id\n    month\n    description\n    amountMicros\n    createdBy\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SharedCosts($month: String!) {\n    sharedCosts(month: $month) {\n      ...SharedCostFields\n    }\n  }\n"): (typeof documents)["\n  query SharedCosts($month: String!) {\n    sharedCosts(month: $month) {\n      ...SharedCostFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Statement($period: String!, $kind: StatementKind!, $key: String!) {\n    statement(period: $period, kind: $kind, key: $key) {\n      ...StatementSummaryFields\n      period\n      months\n      currency\n      closed\n      byEngineer {\n        key\n        name\n        costMicros\n      }\n      byModel {\n        key\n        name\n        costMicros\n      }\n      byProvider {\n        key\n        name\n        costMicros\n      }\n      byTool {\n        key\n        name\n        costMicros\n      }\n      byCategory {\n        key\n        name\n        costMicros\n      }\n      allowances {\n        engineerId\n        engineerName\n        grantedMicros\n        spentMicros\n        overageMicros\n        utilisationBp\n        leaver\n      }\n      overageMicros\n      adjustments {\n        originalMonth\n        engineerId\n        engineerName\n        costMicros\n      }\n    }\n  }\n"): (typeof documents)["\n  query Statement($period: String!, $kind: StatementKind!, $key: String!) {\n    statement(period: $period, kind: $kind, key: $key) {\n      ...StatementSummaryFields\n      period\n      months\n      currency\n      closed\n      byEngineer {\n        key\n        name\n        costMicros\n      }\n      byModel {\n        key\n        name\n        costMicros\n      }\n      byProvider {\n        key\n        name\n        costMicros\n      }\n      byTool {\n        key\n        name\n        costMicros\n      }\n      byCategory {\n        key\n        name\n        costMicros\n      }\n      allowances {\n        engineerId\n        engineerName\n        grantedMicros\n        spentMicros\n        overageMicros\n        utilisationBp\n        leaver\n      }\n      overageMicros\n      adjustments {\n        originalMonth\n        engineerId\n        engineerName\n        costMicros\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StatementSummaryFields on Statement {\n    key\n    name\n    kind\n    label\n    totalMicros\n    previousTotalMicros\n    changeMicros\n  }\n"): (typeof documents)["\n  fragment StatementSummaryFields on Statement {\n    key\n    name\n    kind\n    label\n    totalMicros\n    previousTotalMicros\n    changeMicros\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StatementTags($period: String!, $kind: StatementKind!, $key: String!) {\n    statementTags(period: $period, kind: $kind, key: $key) {\n      key\n      name\n      costMicros\n    }\n  }\n"): (typeof documents)["\n  query StatementTags($period: String!, $kind: StatementKind!, $key: String!) {\n    statementTags(period: $period, kind: $kind, key: $key) {\n      key\n      name\n      costMicros\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Statements($period: String!) {\n    statements(period: $period) {\n      period\n      months\n      currency\n      mode\n      closed\n      totalMicros\n      usageMicros\n      adjustmentMicros\n      sharedMicros\n      unabsorbedMicros\n      teams {\n        ...StatementSummaryFields\n      }\n      costCentres {\n        ...StatementSummaryFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query Statements($period: String!) {\n    statements(period: $period) {\n      period\n      months\n      currency\n      mode\n      closed\n      totalMicros\n      usageMicros\n      adjustmentMicros\n      sharedMicros\n      unabsorbedMicros\n      teams {\n        ...StatementSummaryFields\n      }\n      costCentres {\n        ...StatementSummaryFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateChargebackSettings($input: UpdateChargebackSettingsInput!) {\n    updateChargebackSettings(input: $input) {\n      ...ChargebackSettingsFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateChargebackSettings($input: UpdateChargebackSettingsInput!) {\n    updateChargebackSettings(input: $input) {\n      ...ChargebackSettingsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeactivateMember($userId: ID!) {\n    deactivateMember(userId: $userId) {\n      id\n      status\n      deactivatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation DeactivateMember($userId: ID!) {\n    deactivateMember(userId: $userId) {\n      id\n      status\n      deactivatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      id\n      email\n      roles\n      status\n      expiresAt\n      createdAt\n      acceptUrl\n    }\n  }\n"): (typeof documents)["\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      id\n      email\n      roles\n      status\n      expiresAt\n      createdAt\n      acceptUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Members {\n    members {\n      id\n      email\n      name\n      roles\n      status\n      since\n      deactivatedAt\n    }\n  }\n"): (typeof documents)["\n  query Members {\n    members {\n      id\n      email\n      name\n      roles\n      status\n      since\n      deactivatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReactivateMember($userId: ID!) {\n    reactivateMember(userId: $userId) {\n      id\n      status\n      deactivatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation ReactivateMember($userId: ID!) {\n    reactivateMember(userId: $userId) {\n      id\n      status\n      deactivatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveMember($userId: ID!) {\n    removeMember(userId: $userId) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveMember($userId: ID!) {\n    removeMember(userId: $userId) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetMemberRoles($input: SetMemberRolesInput!) {\n    setMemberRoles(input: $input) {\n      id\n      roles\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation SetMemberRoles($input: SetMemberRolesInput!) {\n    setMemberRoles(input: $input) {\n      id\n      roles\n      status\n    }\n  }\n"];
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
export function graphql(source: "\n  query AccountingPeriods {\n    accountingPeriods {\n      month\n      status\n      closedAt\n      closable\n    }\n  }\n"): (typeof documents)["\n  query AccountingPeriods {\n    accountingPeriods {\n      month\n      status\n      closedAt\n      closable\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseAccountingPeriod($month: String!, $reason: String) {\n    closeAccountingPeriod(month: $month, reason: $reason) {\n      month\n      status\n      closedAt\n      closable\n    }\n  }\n"): (typeof documents)["\n  mutation CloseAccountingPeriod($month: String!, $reason: String) {\n    closeAccountingPeriod(month: $month, reason: $reason) {\n      month\n      status\n      closedAt\n      closable\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AllowancePolicy {\n    allowancePolicy {\n      ...AllowancePolicyFields\n    }\n  }\n"): (typeof documents)["\n  query AllowancePolicy {\n    allowancePolicy {\n      ...AllowancePolicyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AllowancePolicyFields on AllowancePolicy {\n    basisKind\n    ratioBp\n    annualMicros\n    floorMicros\n    capMicros\n    fiscalYearStartMonth\n    accrual\n    rolloverKind\n    rolloverCapMicros\n    currency\n    updatedAt\n    effectiveFrom\n  }\n"): (typeof documents)["\n  fragment AllowancePolicyFields on AllowancePolicy {\n    basisKind\n    ratioBp\n    annualMicros\n    floorMicros\n    capMicros\n    fiscalYearStartMonth\n    accrual\n    rolloverKind\n    rolloverCapMicros\n    currency\n    updatedAt\n    effectiveFrom\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AllowanceSight {\n    allowanceSight {\n      managersSeeAllowances\n      groupMinimum\n      consequence\n    }\n  }\n"): (typeof documents)["\n  query AllowanceSight {\n    allowanceSight {\n      managersSeeAllowances\n      groupMinimum\n      consequence\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetManagersSeeAllowances($enabled: Boolean!) {\n    setManagersSeeAllowances(enabled: $enabled) {\n      managersSeeAllowances\n      groupMinimum\n      consequence\n    }\n  }\n"): (typeof documents)["\n  mutation SetManagersSeeAllowances($enabled: Boolean!) {\n    setManagersSeeAllowances(enabled: $enabled) {\n      managersSeeAllowances\n      groupMinimum\n      consequence\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RequestLimits {\n    requestLimits {\n      ...RequestLimitsFields\n    }\n  }\n"): (typeof documents)["\n  query RequestLimits {\n    requestLimits {\n      ...RequestLimitsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RequestLimitsFields on RequestLimits {\n    currency\n    autoApproveMicros\n    autoApprovePerPeriodMicros\n    hrApprovalAboveMicros\n    giftLimitBp\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment RequestLimitsFields on RequestLimits {\n    currency\n    autoApproveMicros\n    autoApprovePerPeriodMicros\n    hrApprovalAboveMicros\n    giftLimitBp\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAllowancePolicy($input: UpdateAllowancePolicyInput!) {\n    updateAllowancePolicy(input: $input) {\n      ...AllowancePolicyFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateAllowancePolicy($input: UpdateAllowancePolicyInput!) {\n    updateAllowancePolicy(input: $input) {\n      ...AllowancePolicyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateRequestLimits($input: RequestLimitsInput!) {\n    updateRequestLimits(input: $input) {\n      ...RequestLimitsFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateRequestLimits($input: RequestLimitsInput!) {\n    updateRequestLimits(input: $input) {\n      ...RequestLimitsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ModelPriceFields on ModelPrice {\n    provider\n    model\n    effectiveFrom\n    currency\n    inputMicros\n    outputMicros\n    cacheReadMicros\n    cacheWrite5mMicros\n    cacheWrite1hMicros\n    tierCount\n    origin\n    source\n  }\n"): (typeof documents)["\n  fragment ModelPriceFields on ModelPrice {\n    provider\n    model\n    effectiveFrom\n    currency\n    inputMicros\n    outputMicros\n    cacheReadMicros\n    cacheWrite5mMicros\n    cacheWrite1hMicros\n    tierCount\n    origin\n    source\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ModelPrices {\n    modelPrices {\n      ...ModelPriceFields\n    }\n  }\n"): (typeof documents)["\n  query ModelPrices {\n    modelPrices {\n      ...ModelPriceFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetCompanyModelPrice($input: SetCompanyModelPriceInput!) {\n    setCompanyModelPrice(input: $input) {\n      ...ModelPriceFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetCompanyModelPrice($input: SetCompanyModelPriceInput!) {\n    setCompanyModelPrice(input: $input) {\n      ...ModelPriceFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ModelPatterns {\n    modelPatterns {\n      id\n      provider\n      pattern\n      model\n    }\n  }\n"): (typeof documents)["\n  query ModelPatterns {\n    modelPatterns {\n      id\n      provider\n      pattern\n      model\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateModelPattern($input: CreateModelPatternInput!) {\n    createModelPattern(input: $input) {\n      id\n      provider\n      pattern\n      model\n    }\n  }\n"): (typeof documents)["\n  mutation CreateModelPattern($input: CreateModelPatternInput!) {\n    createModelPattern(input: $input) {\n      id\n      provider\n      pattern\n      model\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteModelPattern($id: ID!) {\n    deleteModelPattern(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteModelPattern($id: ID!) {\n    deleteModelPattern(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExchangeRates {\n    exchangeRates {\n      currency\n      effectiveFrom\n      microsPerUsd\n    }\n  }\n"): (typeof documents)["\n  query ExchangeRates {\n    exchangeRates {\n      currency\n      effectiveFrom\n      microsPerUsd\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetExchangeRate($input: SetExchangeRateInput!) {\n    setExchangeRate(input: $input) {\n      currency\n      effectiveFrom\n      microsPerUsd\n    }\n  }\n"): (typeof documents)["\n  mutation SetExchangeRate($input: SetExchangeRateInput!) {\n    setExchangeRate(input: $input) {\n      currency\n      effectiveFrom\n      microsPerUsd\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      email\n      name\n      roles\n      createdAt\n      company {\n        id\n        name\n        currency\n        createdAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      id\n      email\n      name\n      roles\n      createdAt\n      company {\n        id\n        name\n        currency\n        createdAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EnterProviderInvoice($input: EnterProviderInvoiceInput!) {\n    enterProviderInvoice(input: $input) {\n      id\n      provider\n      month\n      currency\n      amountMicros\n      convertedMicros\n    }\n  }\n"): (typeof documents)["\n  mutation EnterProviderInvoice($input: EnterProviderInvoiceInput!) {\n    enterProviderInvoice(input: $input) {\n      id\n      provider\n      month\n      currency\n      amountMicros\n      convertedMicros\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportProviderInvoiceCsv($input: ImportProviderInvoiceCsvInput!) {\n    importProviderInvoiceCsv(input: $input) {\n      id\n      provider\n      month\n      currency\n      amountMicros\n      convertedMicros\n      lines {\n        lineNo\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ImportProviderInvoiceCsv($input: ImportProviderInvoiceCsvInput!) {\n    importProviderInvoiceCsv(input: $input) {\n      id\n      provider\n      month\n      currency\n      amountMicros\n      convertedMicros\n      lines {\n        lineNo\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Reconciliation($month: String!) {\n    reconciliation(month: $month) {\n      month\n      currency\n      closed\n      lateCutoff\n      toleranceBp\n      computedMicros\n      invoicedMicros\n      differenceMicros\n      providers {\n        provider\n        status\n        computedMicros\n        invoicedMicros\n        differenceMicros\n        toleranceMicros\n        invoice {\n          id\n          currency\n          amountMicros\n          convertedMicros\n          source\n          enteredAt\n          lines {\n            lineNo\n            model\n            amountMicros\n          }\n        }\n        explanation {\n          unpricedEvents\n          unpricedMicros\n          unpricedWithoutEstimate\n          unmappedEvents\n          unmappedMicros\n          lateEvents\n          lateMicros\n          unexplainedMicros\n        }\n        models {\n          model\n          computedMicros\n          invoicedMicros\n          differenceMicros\n          explanation {\n            unpricedEvents\n            unpricedMicros\n            unpricedWithoutEstimate\n            unmappedEvents\n            unmappedMicros\n            lateEvents\n            lateMicros\n            unexplainedMicros\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Reconciliation($month: String!) {\n    reconciliation(month: $month) {\n      month\n      currency\n      closed\n      lateCutoff\n      toleranceBp\n      computedMicros\n      invoicedMicros\n      differenceMicros\n      providers {\n        provider\n        status\n        computedMicros\n        invoicedMicros\n        differenceMicros\n        toleranceMicros\n        invoice {\n          id\n          currency\n          amountMicros\n          convertedMicros\n          source\n          enteredAt\n          lines {\n            lineNo\n            model\n            amountMicros\n          }\n        }\n        explanation {\n          unpricedEvents\n          unpricedMicros\n          unpricedWithoutEstimate\n          unmappedEvents\n          unmappedMicros\n          lateEvents\n          lateMicros\n          unexplainedMicros\n        }\n        models {\n          model\n          computedMicros\n          invoicedMicros\n          differenceMicros\n          explanation {\n            unpricedEvents\n            unpricedMicros\n            unpricedWithoutEstimate\n            unmappedEvents\n            unmappedMicros\n            lateEvents\n            lateMicros\n            unexplainedMicros\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveProviderInvoice($id: ID!) {\n    removeProviderInvoice(id: $id)\n  }\n"): (typeof documents)["\n  mutation RemoveProviderInvoice($id: ID!) {\n    removeProviderInvoice(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelIncreaseRequest($id: ID!) {\n    cancelIncreaseRequest(id: $id) {\n      ...IncreaseRequestFields\n    }\n  }\n"): (typeof documents)["\n  mutation CancelIncreaseRequest($id: ID!) {\n    cancelIncreaseRequest(id: $id) {\n      ...IncreaseRequestFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IncreaseRequestFields on IncreaseRequest {\n    id\n    engineerId\n    engineerName\n    amountMicros\n    kind\n    reason\n    status\n    needsHr\n    approvedBy\n    source\n    managerComment\n    decisionComment\n    createdAt\n    decidedAt\n    canDecide\n    pendingReason {\n      code\n      message\n    }\n  }\n"): (typeof documents)["\n  fragment IncreaseRequestFields on IncreaseRequest {\n    id\n    engineerId\n    engineerName\n    amountMicros\n    kind\n    reason\n    status\n    needsHr\n    approvedBy\n    source\n    managerComment\n    decisionComment\n    createdAt\n    decidedAt\n    canDecide\n    pendingReason {\n      code\n      message\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyAvailable {\n    budget {\n      engineerId\n      currency\n      allowanceMicros\n      spentMicros\n      availableMicros\n      runsOutOn\n    }\n  }\n"): (typeof documents)["\n  query MyAvailable {\n    budget {\n      engineerId\n      currency\n      allowanceMicros\n      spentMicros\n      availableMicros\n      runsOutOn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyIncreaseRequests {\n    me {\n      id\n      company {\n        id\n        currency\n      }\n    }\n    increaseRequests(scope: \"MINE\") {\n      ...IncreaseRequestFields\n    }\n  }\n"): (typeof documents)["\n  query MyIncreaseRequests {\n    me {\n      id\n      company {\n        id\n        currency\n      }\n    }\n    increaseRequests(scope: \"MINE\") {\n      ...IncreaseRequestFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestIncrease($input: RequestIncreaseInput!) {\n    requestIncrease(input: $input) {\n      ...IncreaseRequestFields\n    }\n  }\n"): (typeof documents)["\n  mutation RequestIncrease($input: RequestIncreaseInput!) {\n    requestIncrease(input: $input) {\n      ...IncreaseRequestFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteSsoSignIn($input: CompleteSsoSignInInput!) {\n    completeSsoSignIn(input: $input) {\n      ...AuthPayloadFields\n    }\n  }\n"): (typeof documents)["\n  mutation CompleteSsoSignIn($input: CompleteSsoSignInInput!) {\n    completeSsoSignIn(input: $input) {\n      ...AuthPayloadFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveSsoConnection($input: SaveSsoConnectionInput!) {\n    saveSsoConnection(input: $input) {\n      slug\n      issuerUrl\n      clientId\n      allowedDomains\n      roleClaim\n      roleMappings {\n        value\n        role\n      }\n      ssoRequired\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation SaveSsoConnection($input: SaveSsoConnectionInput!) {\n    saveSsoConnection(input: $input) {\n      slug\n      issuerUrl\n      clientId\n      allowedDomains\n      roleClaim\n      roleMappings {\n        value\n        role\n      }\n      ssoRequired\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SsoSettings {\n    ssoSettings {\n      redirectUri\n      connection {\n        slug\n        issuerUrl\n        clientId\n        allowedDomains\n        roleClaim\n        roleMappings {\n          value\n          role\n        }\n        ssoRequired\n        updatedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query SsoSettings {\n    ssoSettings {\n      redirectUri\n      connection {\n        slug\n        issuerUrl\n        clientId\n        allowedDomains\n        roleClaim\n        roleMappings {\n          value\n          role\n        }\n        ssoRequired\n        updatedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartSsoSignIn($input: StartSsoSignInInput!) {\n    startSsoSignIn(input: $input) {\n      authorizationUrl\n    }\n  }\n"): (typeof documents)["\n  mutation StartSsoSignIn($input: StartSsoSignInInput!) {\n    startSsoSignIn(input: $input) {\n      authorizationUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTeam($input: CreateTeamInput!) {\n    createTeam(input: $input) {\n      id\n      name\n      parentId\n      costCentre\n      managerUserId\n      managerName\n      engineerCount\n    }\n  }\n"): (typeof documents)["\n  mutation CreateTeam($input: CreateTeamInput!) {\n    createTeam(input: $input) {\n      id\n      name\n      parentId\n      costCentre\n      managerUserId\n      managerName\n      engineerCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TeamPoolFields on TeamPool {\n    teamId\n    teamName\n    balanceMicros\n    heldMicros\n    overflow\n  }\n"): (typeof documents)["\n  fragment TeamPoolFields on TeamPool {\n    teamId\n    teamName\n    balanceMicros\n    heldMicros\n    overflow\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamPools {\n    teamPools {\n      ...TeamPoolFields\n    }\n  }\n"): (typeof documents)["\n  query TeamPools {\n    teamPools {\n      ...TeamPoolFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FundTeamPool($input: FundTeamPoolInput!) {\n    fundTeamPool(input: $input) {\n      ...TeamPoolFields\n    }\n  }\n"): (typeof documents)["\n  mutation FundTeamPool($input: FundTeamPoolInput!) {\n    fundTeamPool(input: $input) {\n      ...TeamPoolFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetTeamPoolOverflow($teamId: ID!, $overflow: Boolean!) {\n    setTeamPoolOverflow(teamId: $teamId, overflow: $overflow) {\n      ...TeamPoolFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetTeamPoolOverflow($teamId: ID!, $overflow: Boolean!) {\n    setTeamPoolOverflow(teamId: $teamId, overflow: $overflow) {\n      ...TeamPoolFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Teams {\n    teams {\n      id\n      name\n      parentId\n      costCentre\n      managerUserId\n      managerName\n      engineerCount\n    }\n  }\n"): (typeof documents)["\n  query Teams {\n    teams {\n      id\n      name\n      parentId\n      costCentre\n      managerUserId\n      managerName\n      engineerCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateTeam($input: UpdateTeamInput!) {\n    updateTeam(input: $input) {\n      id\n      name\n      parentId\n      costCentre\n      managerUserId\n      managerName\n      engineerCount\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateTeam($input: UpdateTeamInput!) {\n    updateTeam(input: $input) {\n      id\n      name\n      parentId\n      costCentre\n      managerUserId\n      managerName\n      engineerCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveAllowance($input: MoveAllowanceInput!) {\n    moveAllowance(input: $input) {\n      ...TransferFields\n    }\n  }\n"): (typeof documents)["\n  mutation MoveAllowance($input: MoveAllowanceInput!) {\n    moveAllowance(input: $input) {\n      ...TransferFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MoveChoices {\n    engineers {\n      id\n      name\n      email\n      status\n      teamId\n    }\n    teams {\n      id\n      name\n      parentId\n      managerUserId\n    }\n  }\n"): (typeof documents)["\n  query MoveChoices {\n    engineers {\n      id\n      name\n      email\n      status\n      teamId\n    }\n    teams {\n      id\n      name\n      parentId\n      managerUserId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TransferAllowance($input: TransferAllowanceInput!) {\n    transferAllowance(input: $input) {\n      ...TransferFields\n    }\n  }\n"): (typeof documents)["\n  mutation TransferAllowance($input: TransferAllowanceInput!) {\n    transferAllowance(input: $input) {\n      ...TransferFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TransferFields on Transfer {\n    id\n    fromKind\n    fromOwnerId\n    fromName\n    toKind\n    toOwnerId\n    toName\n    amountMicros\n    memo\n    at\n  }\n"): (typeof documents)["\n  fragment TransferFields on Transfer {\n    id\n    fromKind\n    fromOwnerId\n    fromName\n    toKind\n    toOwnerId\n    toName\n    amountMicros\n    memo\n    at\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TransfersPage {\n    me {\n      id\n      company {\n        id\n        currency\n      }\n    }\n    transferLimit {\n      currency\n      periodStart\n      periodEnd\n      limitBp\n      limitMicros\n      givenMicros\n      availableMicros\n      remainingMicros\n    }\n    teammates {\n      id\n      name\n      email\n    }\n    transfers {\n      ...TransferFields\n    }\n  }\n"): (typeof documents)["\n  query TransfersPage {\n    me {\n      id\n      company {\n        id\n        currency\n      }\n    }\n    transferLimit {\n      currency\n      periodStart\n      periodEnd\n      limitBp\n      limitMicros\n      givenMicros\n      availableMicros\n      remainingMicros\n    }\n    teammates {\n      id\n      name\n      email\n    }\n    transfers {\n      ...TransferFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnpricedUsage {\n    unpricedUsage {\n      provider\n      model\n      events\n      engineers\n      inputTokens\n      outputTokens\n      firstSeen\n      lastSeen\n    }\n  }\n"): (typeof documents)["\n  query UnpricedUsage {\n    unpricedUsage {\n      provider\n      model\n      events\n      engineers\n      inputTokens\n      outputTokens\n      firstSeen\n      lastSeen\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RepriceUnpricedUsage {\n    repriceUnpricedUsage\n  }\n"): (typeof documents)["\n  mutation RepriceUnpricedUsage {\n    repriceUnpricedUsage\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnmappedUsage {\n    unmappedUsage {\n      identityKind\n      identityValue\n      label\n      records\n      inputTokens\n      outputTokens\n      lastSeen\n    }\n  }\n"): (typeof documents)["\n  query UnmappedUsage {\n    unmappedUsage {\n      identityKind\n      identityValue\n      label\n      records\n      inputTokens\n      outputTokens\n      lastSeen\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MapIdentity($input: MapIdentityInput!) {\n    mapIdentity(input: $input)\n  }\n"): (typeof documents)["\n  mutation MapIdentity($input: MapIdentityInput!) {\n    mapIdentity(input: $input)\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;