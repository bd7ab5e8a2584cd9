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
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword)\n  }\n": typeof types.ResetPasswordDocument,
    "\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token) {\n      id\n      emailVerified\n    }\n  }\n": typeof types.VerifyEmailDocument,
    "\n  mutation ResendVerificationEmail {\n    resendVerificationEmail\n  }\n": typeof types.ResendVerificationEmailDocument,
    "\n  mutation CompleteMfaLogIn($mfaToken: String!, $code: String!) {\n    completeMfaLogIn(mfaToken: $mfaToken, code: $code) {\n      ...AuthPayloadFields\n    }\n  }\n": typeof types.CompleteMfaLogInDocument,
    "\n  mutation StartTotpEnrollment {\n    startTotpEnrollment {\n      secret\n      otpauthUri\n      qrCodeSvg\n    }\n  }\n": typeof types.StartTotpEnrollmentDocument,
    "\n  mutation ConfirmTotpEnrollment($code: String!) {\n    confirmTotpEnrollment(code: $code)\n  }\n": typeof types.ConfirmTotpEnrollmentDocument,
    "\n  mutation DisableTotp($currentPassword: String!) {\n    disableTotp(currentPassword: $currentPassword) {\n      id\n      mfaEnabled\n    }\n  }\n": typeof types.DisableTotpDocument,
    "\n  fragment ApiKeyRow on ApiKey {\n    id\n    name\n    prefix\n    createdAt\n    lastUsedAt\n    revokedAt\n    member {\n      id\n      name\n    }\n    rateLimit {\n      used\n      limit\n      resetAt\n    }\n  }\n": typeof types.ApiKeyRowFragmentDoc,
    "\n  query ApiKeys {\n    apiKeys {\n      ...ApiKeyRow\n    }\n  }\n": typeof types.ApiKeysDocument,
    "\n  mutation CreateApiKey($name: String!) {\n    createApiKey(name: $name) {\n      secret\n      apiKey {\n        ...ApiKeyRow\n      }\n    }\n  }\n": typeof types.CreateApiKeyDocument,
    "\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n      revokedAt\n    }\n  }\n": typeof types.RevokeApiKeyDocument,
    "\n  query AuditLog(\n    $first: Int!\n    $after: String\n    $actorId: ID\n    $actions: [String!]\n    $targetId: ID\n    $from: DateTime\n    $to: DateTime\n    $withTotal: Boolean!\n  ) {\n    auditLog(first: $first, after: $after, actorId: $actorId, actions: $actions, targetId: $targetId, from: $from, to: $to) {\n      nodes {\n        id\n        action\n        targetId\n        data\n        createdAt\n        actor {\n          id\n          name\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount @include(if: $withTotal)\n    }\n  }\n": typeof types.AuditLogDocument,
    "\n  query AuditFilterOptions {\n    auditActions\n    members(first: 200) {\n      nodes {\n        id\n        name\n        email\n      }\n    }\n  }\n": typeof types.AuditFilterOptionsDocument,
    "\n  fragment ViewerFields on Viewer {\n    user {\n      id\n      name\n      email\n      mustChangePassword\n      emailVerified\n      mfaEnabled\n    }\n    member {\n      id\n      name\n      role\n      status\n    }\n    organization {\n      id\n      name\n      requireMfa\n    }\n    organizations {\n      id\n      name\n    }\n    permissions\n  }\n": typeof types.ViewerFieldsFragmentDoc,
    "\n  query Viewer {\n    viewer {\n      ...ViewerFields\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  fragment AuthPayloadFields on AuthPayload {\n    accessToken\n    user {\n      id\n      name\n      email\n      mustChangePassword\n    }\n    member {\n      id\n      role\n    }\n    organization {\n      id\n      name\n    }\n  }\n": typeof types.AuthPayloadFieldsFragmentDoc,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      ...AuthPayloadFields\n    }\n  }\n": typeof types.SignUpDocument,
    "\n  mutation LogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      ...AuthPayloadFields\n    }\n  }\n": typeof types.LogInDocument,
    "\n  mutation RefreshSession {\n    refreshSession {\n      ...AuthPayloadFields\n    }\n  }\n": typeof types.RefreshSessionDocument,
    "\n  mutation SwitchOrganization($organizationId: ID!) {\n    switchOrganization(organizationId: $organizationId) {\n      ...AuthPayloadFields\n    }\n  }\n": typeof types.SwitchOrganizationDocument,
    "\n  mutation LogOut {\n    logOut\n  }\n": typeof types.LogOutDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      ...AuthPayloadFields\n    }\n  }\n": typeof types.ChangePasswordDocument,
    "\n  query CreditsPage($first: Int!, $after: String) {\n    organization {\n      id\n      creditBalance {\n        ...CreditBalanceFields\n      }\n    }\n    creditTransactions(first: $first, after: $after) {\n      nodes {\n        id\n        kind\n        amount\n        balanceAfter\n        note\n        createdAt\n        member {\n          id\n          name\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n": typeof types.CreditsPageDocument,
    "\n  mutation AddCredits($input: AddCreditsInput!) {\n    addCredits(input: $input) {\n      id\n      amount\n      balanceAfter\n    }\n  }\n": typeof types.AddCreditsDocument,
    "\n  mutation SetLowBalanceThreshold($threshold: Credits) {\n    setLowBalanceThreshold(threshold: $threshold) {\n      ...CreditBalanceFields\n    }\n  }\n": typeof types.SetLowBalanceThresholdDocument,
    "\n  mutation AdjustCredits($input: AdjustCreditsInput!) {\n    adjustCredits(input: $input) {\n      id\n      kind\n      amount\n      balanceAfter\n      note\n    }\n  }\n": typeof types.AdjustCreditsDocument,
    "\n  fragment CreditBalanceFields on CreditBalance {\n    balance\n    lowBalanceThreshold\n    isLow\n    updatedAt\n    runway {\n      burnPerDay\n      basisDays\n      days\n    }\n  }\n": typeof types.CreditBalanceFieldsFragmentDoc,
    "\n  fragment UsageBucketFields on UsageBucket {\n    key\n    label\n    credits\n    count\n  }\n": typeof types.UsageBucketFieldsFragmentDoc,
    "\n  query Dashboard($from: DateTime!, $to: DateTime!) {\n    viewer {\n      member {\n        id\n        allowance {\n          ...MemberAllowanceFields\n        }\n      }\n    }\n    organization {\n      id\n      creditBalance {\n        ...CreditBalanceFields\n      }\n    }\n    byDay: usageSummary(from: $from, to: $to, groupBy: DAY) {\n      ...UsageBucketFields\n    }\n    byMember: usageSummary(from: $from, to: $to, groupBy: MEMBER) {\n      ...UsageBucketFields\n    }\n    byResource: usageSummary(from: $from, to: $to, groupBy: RESOURCE) {\n      ...UsageBucketFields\n    }\n    byApiKey: usageSummary(from: $from, to: $to, groupBy: API_KEY) {\n      ...UsageBucketFields\n    }\n    recent: usageRecords(from: $from, to: $to, first: 10) {\n      nodes {\n        id\n        operation\n        credits\n        createdAt\n        member {\n          id\n          name\n        }\n        resource {\n          id\n          name\n          kind\n        }\n      }\n      totalCount\n    }\n  }\n": typeof types.DashboardDocument,
    "\n  subscription BalanceChanged {\n    balanceChanged {\n      ...CreditBalanceFields\n    }\n  }\n": typeof types.BalanceChangedDocument,
    "\n  subscription UsageRecorded {\n    usageRecorded {\n      id\n      operation\n      credits\n      createdAt\n      member {\n        id\n        name\n      }\n      resource {\n        id\n        name\n        kind\n      }\n    }\n  }\n": typeof types.UsageRecordedDocument,
    "\n  fragment MemberAllowanceFields on MemberAllowance {\n    monthlyLimit\n    usedThisMonth\n    remaining\n  }\n": typeof types.MemberAllowanceFieldsFragmentDoc,
    "\n  fragment MemberRow on Member {\n    id\n    name\n    email\n    role\n    status\n    joinedAt\n    lastActiveAt\n    emailStatus\n    emailError\n    mfaEnabled\n    temporaryPasswordExpiresAt\n    invitedBy {\n      id\n      name\n    }\n    allowance {\n      ...MemberAllowanceFields\n    }\n  }\n": typeof types.MemberRowFragmentDoc,
    "\n  query Members($first: Int!, $after: String, $search: String, $role: Role, $status: MemberStatus) {\n    members(first: $first, after: $after, search: $search, role: $role, status: $status) {\n      nodes {\n        ...MemberRow\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n": typeof types.MembersDocument,
    "\n  mutation AddMember($input: AddMemberInput!) {\n    addMember(input: $input) {\n      member {\n        ...MemberRow\n      }\n      existingUser\n      temporaryPassword\n      temporaryPasswordExpiresAt\n    }\n  }\n": typeof types.AddMemberDocument,
    "\n  mutation UpdateMemberRole($input: UpdateMemberRoleInput!) {\n    updateMemberRole(input: $input) {\n      id\n      role\n    }\n  }\n": typeof types.UpdateMemberRoleDocument,
    "\n  fragment RemovalImpactFields on RemovalImpact {\n    resourcesCreated\n    apiKeysRevoked\n    activeSessions\n    creditsUsedThisMonth\n  }\n": typeof types.RemovalImpactFieldsFragmentDoc,
    "\n  query RemovalImpact($id: ID!) {\n    member(id: $id) {\n      id\n      removalImpact {\n        ...RemovalImpactFields\n      }\n    }\n  }\n": typeof types.RemovalImpactDocument,
    "\n  mutation RemoveMember($memberId: ID!) {\n    removeMember(memberId: $memberId) {\n      id\n      status\n      removalImpact {\n        ...RemovalImpactFields\n      }\n    }\n  }\n": typeof types.RemoveMemberDocument,
    "\n  mutation SuspendMember($memberId: ID!) {\n    suspendMember(memberId: $memberId) {\n      id\n      status\n    }\n  }\n": typeof types.SuspendMemberDocument,
    "\n  mutation ReactivateMember($memberId: ID!) {\n    reactivateMember(memberId: $memberId) {\n      id\n      status\n    }\n  }\n": typeof types.ReactivateMemberDocument,
    "\n  mutation ResendCredentials($memberId: ID!) {\n    resendCredentials(memberId: $memberId) {\n      id\n      emailStatus\n      emailError\n    }\n  }\n": typeof types.ResendCredentialsDocument,
    "\n  mutation SetMemberAllowance($memberId: ID!, $monthlyLimit: Credits) {\n    setMemberAllowance(memberId: $memberId, monthlyLimit: $monthlyLimit) {\n      id\n      allowance {\n        ...MemberAllowanceFields\n      }\n    }\n  }\n": typeof types.SetMemberAllowanceDocument,
    "\n  fragment ReviewMember on Member {\n    id\n    name\n    email\n    role\n    status\n    joinedAt\n    lastActiveAt\n  }\n": typeof types.ReviewMemberFragmentDoc,
    "\n  query AccessReview($inactiveDays: Int!) {\n    accessReview(inactiveDays: $inactiveDays) {\n      inactiveDays\n      inactiveMembers {\n        ...ReviewMember\n      }\n      temporaryPasswordNotChanged {\n        ...ReviewMember\n      }\n      adminsWithoutMfa {\n        ...ReviewMember\n      }\n      unusedApiKeys {\n        id\n        name\n        prefix\n        createdAt\n        lastUsedAt\n        member {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.AccessReviewDocument,
    "\n  mutation SuspendMembers($memberIds: [ID!]!) {\n    suspendMembers(memberIds: $memberIds) {\n      id\n      status\n    }\n  }\n": typeof types.SuspendMembersDocument,
    "\n  mutation RevokeApiKeys($ids: [ID!]!) {\n    revokeApiKeys(ids: $ids) {\n      id\n      revokedAt\n    }\n  }\n": typeof types.RevokeApiKeysDocument,
    "\n  mutation LeaveOrganization {\n    leaveOrganization {\n      id\n      status\n    }\n  }\n": typeof types.LeaveOrganizationDocument,
    "\n  mutation LeaveOrganizationAndSwitch($organizationId: ID!) {\n    leaveOrganization {\n      id\n      status\n    }\n    switchOrganization(organizationId: $organizationId) {\n      ...AuthPayloadFields\n    }\n  }\n": typeof types.LeaveOrganizationAndSwitchDocument,
    "\n  query Resources($kind: ResourceKind) {\n    resources(kind: $kind) {\n      id\n      kind\n      name\n      createdAt\n      createdBy {\n        id\n        name\n        status\n      }\n    }\n  }\n": typeof types.ResourcesDocument,
    "\n  mutation CreateResource($input: CreateResourceInput!) {\n    createResource(input: $input) {\n      id\n      kind\n      name\n    }\n  }\n": typeof types.CreateResourceDocument,
    "\n  mutation RenameResource($id: ID!, $name: String!) {\n    renameResource(id: $id, name: $name) {\n      id\n      name\n    }\n  }\n": typeof types.RenameResourceDocument,
    "\n  mutation DeleteResource($id: ID!) {\n    deleteResource(id: $id)\n  }\n": typeof types.DeleteResourceDocument,
    "\n  query Sessions {\n    sessions {\n      id\n      userAgent\n      createdAt\n      lastRefreshedAt\n      current\n      organization {\n        id\n        name\n      }\n    }\n  }\n": typeof types.SessionsDocument,
    "\n  mutation RevokeSession($id: ID!) {\n    revokeSession(id: $id)\n  }\n": typeof types.RevokeSessionDocument,
    "\n  mutation RevokeOtherSessions {\n    revokeOtherSessions\n  }\n": typeof types.RevokeOtherSessionsDocument,
    "\n  query Settings {\n    organization {\n      id\n      name\n      createdAt\n      memberCount\n      requireMfa\n      weeklyAccessReviewEmail\n      owner {\n        id\n        name\n      }\n    }\n  }\n": typeof types.SettingsDocument,
    "\n  query TransferCandidates {\n    members(first: 100, status: ACTIVE) {\n      nodes {\n        id\n        name\n        email\n        role\n      }\n    }\n  }\n": typeof types.TransferCandidatesDocument,
    "\n  mutation RenameOrganization($name: String!) {\n    renameOrganization(name: $name) {\n      id\n      name\n    }\n  }\n": typeof types.RenameOrganizationDocument,
    "\n  mutation TransferOwnership($memberId: ID!, $currentPassword: String!) {\n    transferOwnership(memberId: $memberId, currentPassword: $currentPassword) {\n      id\n      owner {\n        id\n        name\n      }\n    }\n  }\n": typeof types.TransferOwnershipDocument,
    "\n  mutation UpdateProfile($name: String!) {\n    updateProfile(name: $name) {\n      id\n      name\n    }\n  }\n": typeof types.UpdateProfileDocument,
    "\n  mutation SetRequireMfa($required: Boolean!) {\n    setRequireMfa(required: $required) {\n      id\n      requireMfa\n    }\n  }\n": typeof types.SetRequireMfaDocument,
    "\n  mutation SetWeeklyAccessReviewEmail($enabled: Boolean!) {\n    setWeeklyAccessReviewEmail(enabled: $enabled) {\n      id\n      weeklyAccessReviewEmail\n    }\n  }\n": typeof types.SetWeeklyAccessReviewEmailDocument,
    "\n  fragment WebhookEndpointRow on WebhookEndpoint {\n    id\n    url\n    events\n    enabled\n    createdAt\n  }\n": typeof types.WebhookEndpointRowFragmentDoc,
    "\n  fragment WebhookDeliveryRow on WebhookDelivery {\n    id\n    eventType\n    status\n    attempts\n    responseStatus\n    createdAt\n    deliveredAt\n  }\n": typeof types.WebhookDeliveryRowFragmentDoc,
    "\n  query WebhookEndpoints {\n    webhookEndpoints {\n      ...WebhookEndpointRow\n    }\n  }\n": typeof types.WebhookEndpointsDocument,
    "\n  query WebhookDeliveries($endpointId: ID!, $first: Int, $after: String) {\n    webhookDeliveries(endpointId: $endpointId, first: $first, after: $after) {\n      nodes {\n        ...WebhookDeliveryRow\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n": typeof types.WebhookDeliveriesDocument,
    "\n  mutation CreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) {\n      secret\n      endpoint {\n        ...WebhookEndpointRow\n      }\n    }\n  }\n": typeof types.CreateWebhookEndpointDocument,
    "\n  mutation DeleteWebhookEndpoint($id: ID!) {\n    deleteWebhookEndpoint(id: $id)\n  }\n": typeof types.DeleteWebhookEndpointDocument,
    "\n  mutation RotateWebhookSecret($id: ID!) {\n    rotateWebhookSecret(id: $id) {\n      secret\n      endpoint {\n        ...WebhookEndpointRow\n      }\n    }\n  }\n": typeof types.RotateWebhookSecretDocument,
    "\n  mutation SendTestWebhook($endpointId: ID!) {\n    sendTestWebhook(endpointId: $endpointId) {\n      ...WebhookDeliveryRow\n    }\n  }\n": typeof types.SendTestWebhookDocument,
    "\n  mutation RedeliverWebhook($deliveryId: ID!) {\n    redeliverWebhook(deliveryId: $deliveryId) {\n      ...WebhookDeliveryRow\n    }\n  }\n": typeof types.RedeliverWebhookDocument,
};
const documents: Documents = {
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword)\n  }\n": types.ResetPasswordDocument,
    "\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token) {\n      id\n      emailVerified\n    }\n  }\n": types.VerifyEmailDocument,
    "\n  mutation ResendVerificationEmail {\n    resendVerificationEmail\n  }\n": types.ResendVerificationEmailDocument,
    "\n  mutation CompleteMfaLogIn($mfaToken: String!, $code: String!) {\n    completeMfaLogIn(mfaToken: $mfaToken, code: $code) {\n      ...AuthPayloadFields\n    }\n  }\n": types.CompleteMfaLogInDocument,
    "\n  mutation StartTotpEnrollment {\n    startTotpEnrollment {\n      secret\n      otpauthUri\n      qrCodeSvg\n    }\n  }\n": types.StartTotpEnrollmentDocument,
    "\n  mutation ConfirmTotpEnrollment($code: String!) {\n    confirmTotpEnrollment(code: $code)\n  }\n": types.ConfirmTotpEnrollmentDocument,
    "\n  mutation DisableTotp($currentPassword: String!) {\n    disableTotp(currentPassword: $currentPassword) {\n      id\n      mfaEnabled\n    }\n  }\n": types.DisableTotpDocument,
    "\n  fragment ApiKeyRow on ApiKey {\n    id\n    name\n    prefix\n    createdAt\n    lastUsedAt\n    revokedAt\n    member {\n      id\n      name\n    }\n    rateLimit {\n      used\n      limit\n      resetAt\n    }\n  }\n": types.ApiKeyRowFragmentDoc,
    "\n  query ApiKeys {\n    apiKeys {\n      ...ApiKeyRow\n    }\n  }\n": types.ApiKeysDocument,
    "\n  mutation CreateApiKey($name: String!) {\n    createApiKey(name: $name) {\n      secret\n      apiKey {\n        ...ApiKeyRow\n      }\n    }\n  }\n": types.CreateApiKeyDocument,
    "\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n      revokedAt\n    }\n  }\n": types.RevokeApiKeyDocument,
    "\n  query AuditLog(\n    $first: Int!\n    $after: String\n    $actorId: ID\n    $actions: [String!]\n    $targetId: ID\n    $from: DateTime\n    $to: DateTime\n    $withTotal: Boolean!\n  ) {\n    auditLog(first: $first, after: $after, actorId: $actorId, actions: $actions, targetId: $targetId, from: $from, to: $to) {\n      nodes {\n        id\n        action\n        targetId\n        data\n        createdAt\n        actor {\n          id\n          name\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount @include(if: $withTotal)\n    }\n  }\n": types.AuditLogDocument,
    "\n  query AuditFilterOptions {\n    auditActions\n    members(first: 200) {\n      nodes {\n        id\n        name\n        email\n      }\n    }\n  }\n": types.AuditFilterOptionsDocument,
    "\n  fragment ViewerFields on Viewer {\n    user {\n      id\n      name\n      email\n      mustChangePassword\n      emailVerified\n      mfaEnabled\n    }\n    member {\n      id\n      name\n      role\n      status\n    }\n    organization {\n      id\n      name\n      requireMfa\n    }\n    organizations {\n      id\n      name\n    }\n    permissions\n  }\n": types.ViewerFieldsFragmentDoc,
    "\n  query Viewer {\n    viewer {\n      ...ViewerFields\n    }\n  }\n": types.ViewerDocument,
    "\n  fragment AuthPayloadFields on AuthPayload {\n    accessToken\n    user {\n      id\n      name\n      email\n      mustChangePassword\n    }\n    member {\n      id\n      role\n    }\n    organization {\n      id\n      name\n    }\n  }\n": types.AuthPayloadFieldsFragmentDoc,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      ...AuthPayloadFields\n    }\n  }\n": types.SignUpDocument,
    "\n  mutation LogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      ...AuthPayloadFields\n    }\n  }\n": types.LogInDocument,
    "\n  mutation RefreshSession {\n    refreshSession {\n      ...AuthPayloadFields\n    }\n  }\n": types.RefreshSessionDocument,
    "\n  mutation SwitchOrganization($organizationId: ID!) {\n    switchOrganization(organizationId: $organizationId) {\n      ...AuthPayloadFields\n    }\n  }\n": types.SwitchOrganizationDocument,
    "\n  mutation LogOut {\n    logOut\n  }\n": types.LogOutDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      ...AuthPayloadFields\n    }\n  }\n": types.ChangePasswordDocument,
    "\n  query CreditsPage($first: Int!, $after: String) {\n    organization {\n      id\n      creditBalance {\n        ...CreditBalanceFields\n      }\n    }\n    creditTransactions(first: $first, after: $after) {\n      nodes {\n        id\n        kind\n        amount\n        balanceAfter\n        note\n        createdAt\n        member {\n          id\n          name\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n": types.CreditsPageDocument,
    "\n  mutation AddCredits($input: AddCreditsInput!) {\n    addCredits(input: $input) {\n      id\n      amount\n      balanceAfter\n    }\n  }\n": types.AddCreditsDocument,
    "\n  mutation SetLowBalanceThreshold($threshold: Credits) {\n    setLowBalanceThreshold(threshold: $threshold) {\n      ...CreditBalanceFields\n    }\n  }\n": types.SetLowBalanceThresholdDocument,
    "\n  mutation AdjustCredits($input: AdjustCreditsInput!) {\n    adjustCredits(input: $input) {\n      id\n      kind\n      amount\n      balanceAfter\n      note\n    }\n  }\n": types.AdjustCreditsDocument,
    "\n  fragment CreditBalanceFields on CreditBalance {\n    balance\n    lowBalanceThreshold\n    isLow\n    updatedAt\n    runway {\n      burnPerDay\n      basisDays\n      days\n    }\n  }\n": types.CreditBalanceFieldsFragmentDoc,
    "\n  fragment UsageBucketFields on UsageBucket {\n    key\n    label\n    credits\n    count\n  }\n": types.UsageBucketFieldsFragmentDoc,
    "\n  query Dashboard($from: DateTime!, $to: DateTime!) {\n    viewer {\n      member {\n        id\n        allowance {\n          ...MemberAllowanceFields\n        }\n      }\n    }\n    organization {\n      id\n      creditBalance {\n        ...CreditBalanceFields\n      }\n    }\n    byDay: usageSummary(from: $from, to: $to, groupBy: DAY) {\n      ...UsageBucketFields\n    }\n    byMember: usageSummary(from: $from, to: $to, groupBy: MEMBER) {\n      ...UsageBucketFields\n    }\n    byResource: usageSummary(from: $from, to: $to, groupBy: RESOURCE) {\n      ...UsageBucketFields\n    }\n    byApiKey: usageSummary(from: $from, to: $to, groupBy: API_KEY) {\n      ...UsageBucketFields\n    }\n    recent: usageRecords(from: $from, to: $to, first: 10) {\n      nodes {\n        id\n        operation\n        credits\n        createdAt\n        member {\n          id\n          name\n        }\n        resource {\n          id\n          name\n          kind\n        }\n      }\n      totalCount\n    }\n  }\n": types.DashboardDocument,
    "\n  subscription BalanceChanged {\n    balanceChanged {\n      ...CreditBalanceFields\n    }\n  }\n": types.BalanceChangedDocument,
    "\n  subscription UsageRecorded {\n    usageRecorded {\n      id\n      operation\n      credits\n      createdAt\n      member {\n        id\n        name\n      }\n      resource {\n        id\n        name\n        kind\n      }\n    }\n  }\n": types.UsageRecordedDocument,
    "\n  fragment MemberAllowanceFields on MemberAllowance {\n    monthlyLimit\n    usedThisMonth\n    remaining\n  }\n": types.MemberAllowanceFieldsFragmentDoc,
    "\n  fragment MemberRow on Member {\n    id\n    name\n    email\n    role\n    status\n    joinedAt\n    lastActiveAt\n    emailStatus\n    emailError\n    mfaEnabled\n    temporaryPasswordExpiresAt\n    invitedBy {\n      id\n      name\n    }\n    allowance {\n      ...MemberAllowanceFields\n    }\n  }\n": types.MemberRowFragmentDoc,
    "\n  query Members($first: Int!, $after: String, $search: String, $role: Role, $status: MemberStatus) {\n    members(first: $first, after: $after, search: $search, role: $role, status: $status) {\n      nodes {\n        ...MemberRow\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n": types.MembersDocument,
    "\n  mutation AddMember($input: AddMemberInput!) {\n    addMember(input: $input) {\n      member {\n        ...MemberRow\n      }\n      existingUser\n      temporaryPassword\n      temporaryPasswordExpiresAt\n    }\n  }\n": types.AddMemberDocument,
    "\n  mutation UpdateMemberRole($input: UpdateMemberRoleInput!) {\n    updateMemberRole(input: $input) {\n      id\n      role\n    }\n  }\n": types.UpdateMemberRoleDocument,
    "\n  fragment RemovalImpactFields on RemovalImpact {\n    resourcesCreated\n    apiKeysRevoked\n    activeSessions\n    creditsUsedThisMonth\n  }\n": types.RemovalImpactFieldsFragmentDoc,
    "\n  query RemovalImpact($id: ID!) {\n    member(id: $id) {\n      id\n      removalImpact {\n        ...RemovalImpactFields\n      }\n    }\n  }\n": types.RemovalImpactDocument,
    "\n  mutation RemoveMember($memberId: ID!) {\n    removeMember(memberId: $memberId) {\n      id\n      status\n      removalImpact {\n        ...RemovalImpactFields\n      }\n    }\n  }\n": types.RemoveMemberDocument,
    "\n  mutation SuspendMember($memberId: ID!) {\n    suspendMember(memberId: $memberId) {\n      id\n      status\n    }\n  }\n": types.SuspendMemberDocument,
    "\n  mutation ReactivateMember($memberId: ID!) {\n    reactivateMember(memberId: $memberId) {\n      id\n      status\n    }\n  }\n": types.ReactivateMemberDocument,
    "\n  mutation ResendCredentials($memberId: ID!) {\n    resendCredentials(memberId: $memberId) {\n      id\n      emailStatus\n      emailError\n    }\n  }\n": types.ResendCredentialsDocument,
    "\n  mutation SetMemberAllowance($memberId: ID!, $monthlyLimit: Credits) {\n    setMemberAllowance(memberId: $memberId, monthlyLimit: $monthlyLimit) {\n      id\n      allowance {\n        ...MemberAllowanceFields\n      }\n    }\n  }\n": types.SetMemberAllowanceDocument,
    "\n  fragment ReviewMember on Member {\n    id\n    name\n    email\n    role\n    status\n    joinedAt\n    lastActiveAt\n  }\n": types.ReviewMemberFragmentDoc,
    "\n  query AccessReview($inactiveDays: Int!) {\n    accessReview(inactiveDays: $inactiveDays) {\n      inactiveDays\n      inactiveMembers {\n        ...ReviewMember\n      }\n      temporaryPasswordNotChanged {\n        ...ReviewMember\n      }\n      adminsWithoutMfa {\n        ...ReviewMember\n      }\n      unusedApiKeys {\n        id\n        name\n        prefix\n        createdAt\n        lastUsedAt\n        member {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.AccessReviewDocument,
    "\n  mutation SuspendMembers($memberIds: [ID!]!) {\n    suspendMembers(memberIds: $memberIds) {\n      id\n      status\n    }\n  }\n": types.SuspendMembersDocument,
    "\n  mutation RevokeApiKeys($ids: [ID!]!) {\n    revokeApiKeys(ids: $ids) {\n      id\n      revokedAt\n    }\n  }\n": types.RevokeApiKeysDocument,
    "\n  mutation LeaveOrganization {\n    leaveOrganization {\n      id\n      status\n    }\n  }\n": types.LeaveOrganizationDocument,
    "\n  mutation LeaveOrganizationAndSwitch($organizationId: ID!) {\n    leaveOrganization {\n      id\n      status\n    }\n    switchOrganization(organizationId: $organizationId) {\n      ...AuthPayloadFields\n    }\n  }\n": types.LeaveOrganizationAndSwitchDocument,
    "\n  query Resources($kind: ResourceKind) {\n    resources(kind: $kind) {\n      id\n      kind\n      name\n      createdAt\n      createdBy {\n        id\n        name\n        status\n      }\n    }\n  }\n": types.ResourcesDocument,
    "\n  mutation CreateResource($input: CreateResourceInput!) {\n    createResource(input: $input) {\n      id\n      kind\n      name\n    }\n  }\n": types.CreateResourceDocument,
    "\n  mutation RenameResource($id: ID!, $name: String!) {\n    renameResource(id: $id, name: $name) {\n      id\n      name\n    }\n  }\n": types.RenameResourceDocument,
    "\n  mutation DeleteResource($id: ID!) {\n    deleteResource(id: $id)\n  }\n": types.DeleteResourceDocument,
    "\n  query Sessions {\n    sessions {\n      id\n      userAgent\n      createdAt\n      lastRefreshedAt\n      current\n      organization {\n        id\n        name\n      }\n    }\n  }\n": types.SessionsDocument,
    "\n  mutation RevokeSession($id: ID!) {\n    revokeSession(id: $id)\n  }\n": types.RevokeSessionDocument,
    "\n  mutation RevokeOtherSessions {\n    revokeOtherSessions\n  }\n": types.RevokeOtherSessionsDocument,
    "\n  query Settings {\n    organization {\n      id\n      name\n      createdAt\n      memberCount\n      requireMfa\n      weeklyAccessReviewEmail\n      owner {\n        id\n        name\n      }\n    }\n  }\n": types.SettingsDocument,
    "\n  query TransferCandidates {\n    members(first: 100, status: ACTIVE) {\n      nodes {\n        id\n        name\n        email\n        role\n      }\n    }\n  }\n": types.TransferCandidatesDocument,
    "\n  mutation RenameOrganization($name: String!) {\n    renameOrganization(name: $name) {\n      id\n      name\n    }\n  }\n": types.RenameOrganizationDocument,
    "\n  mutation TransferOwnership($memberId: ID!, $currentPassword: String!) {\n    transferOwnership(memberId: $memberId, currentPassword: $currentPassword) {\n      id\n      owner {\n        id\n        name\n      }\n    }\n  }\n": types.TransferOwnershipDocument,
    "\n  mutation UpdateProfile($name: String!) {\n    updateProfile(name: $name) {\n      id\n      name\n    }\n  }\n": types.UpdateProfileDocument,
    "\n  mutation SetRequireMfa($required: Boolean!) {\n    setRequireMfa(required: $required) {\n      id\n      requireMfa\n    }\n  }\n": types.SetRequireMfaDocument,
    "\n  mutation SetWeeklyAccessReviewEmail($enabled: Boolean!) {\n    setWeeklyAccessReviewEmail(enabled: $enabled) {\n      id\n      weeklyAccessReviewEmail\n    }\n  }\n": types.SetWeeklyAccessReviewEmailDocument,
    "\n  fragment WebhookEndpointRow on WebhookEndpoint {\n    id\n    url\n    events\n    enabled\n    createdAt\n  }\n": types.WebhookEndpointRowFragmentDoc,
    "\n  fragment WebhookDeliveryRow on WebhookDelivery {\n    id\n    eventType\n    status\n    attempts\n    responseStatus\n    createdAt\n    deliveredAt\n  }\n": types.WebhookDeliveryRowFragmentDoc,
    "\n  query WebhookEndpoints {\n    webhookEndpoints {\n      ...WebhookEndpointRow\n    }\n  }\n": types.WebhookEndpointsDocument,
    "\n  query WebhookDeliveries($endpointId: ID!, $first: Int, $after: String) {\n    webhookDeliveries(endpointId: $endpointId, first: $first, after: $after) {\n      nodes {\n        ...WebhookDeliveryRow\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n": types.WebhookDeliveriesDocument,
    "\n  mutation CreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) {\n      secret\n      endpoint {\n        ...WebhookEndpointRow\n      }\n    }\n  }\n": types.CreateWebhookEndpointDocument,
    "\n  mutation DeleteWebhookEndpoint($id: ID!) {\n    deleteWebhookEndpoint(id: $id)\n  }\n": types.DeleteWebhookEndpointDocument,
    "\n  mutation RotateWebhookSecret($id: ID!) {\n    rotateWebhookSecret(id: $id) {\n      secret\n      endpoint {\n        ...WebhookEndpointRow\n      }\n    }\n  }\n": types.RotateWebhookSecretDocument,
    "\n  mutation SendTestWebhook($endpointId: ID!) {\n    sendTestWebhook(endpointId: $endpointId) {\n      ...WebhookDeliveryRow\n    }\n  }\n": types.SendTestWebhookDocument,
    "\n  mutation RedeliverWebhook($deliveryId: ID!) {\n    redeliverWebhook(deliveryId: $deliveryId) {\n      ...WebhookDeliveryRow\n    }\n  }\n": types.RedeliverWebhookDocument,
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
export function graphql(source: "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"): (typeof documents)["\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword)\n  }\n"): (typeof documents)["\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token) {\n      id\n      emailVerified\n    }\n  }\n"): (typeof documents)["\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token) {\n      id\n      emailVerified\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResendVerificationEmail {\n    resendVerificationEmail\n  }\n"): (typeof documents)["\n  mutation ResendVerificationEmail {\n    resendVerificationEmail\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteMfaLogIn($mfaToken: String!, $code: String!) {\n    completeMfaLogIn(mfaToken: $mfaToken, code: $code) {\n      ...AuthPayloadFields\n    }\n  }\n"): (typeof documents)["\n  mutation CompleteMfaLogIn($mfaToken: String!, $code: String!) {\n    completeMfaLogIn(mfaToken: $mfaToken, code: $code) {\n      ...AuthPayloadFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartTotpEnrollment {\n    startTotpEnrollment {\n      secret\n      otpauthUri\n      qrCodeSvg\n    }\n  }\n"): (typeof documents)["\n  mutation StartTotpEnrollment {\n    startTotpEnrollment {\n      secret\n      otpauthUri\n      qrCodeSvg\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmTotpEnrollment($code: String!) {\n    confirmTotpEnrollment(code: $code)\n  }\n"): (typeof documents)["\n  mutation ConfirmTotpEnrollment($code: String!) {\n    confirmTotpEnrollment(code: $code)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DisableTotp($currentPassword: String!) {\n    disableTotp(currentPassword: $currentPassword) {\n      id\n      mfaEnabled\n    }\n  }\n"): (typeof documents)["\n  mutation DisableTotp($currentPassword: String!) {\n    disableTotp(currentPassword: $currentPassword) {\n      id\n      mfaEnabled\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ApiKeyRow on ApiKey {\n    id\n    name\n    prefix\n    createdAt\n    lastUsedAt\n    revokedAt\n    member {\n      id\n      name\n    }\n    rateLimit {\n      used\n      limit\n      resetAt\n    }\n  }\n"): (typeof documents)["\n  fragment ApiKeyRow on ApiKey {\n    id\n    name\n    prefix\n    createdAt\n    lastUsedAt\n    revokedAt\n    member {\n      id\n      name\n    }\n    rateLimit {\n      used\n      limit\n      resetAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiKeys {\n    apiKeys {\n      ...ApiKeyRow\n    }\n  }\n"): (typeof documents)["\n  query ApiKeys {\n    apiKeys {\n      ...ApiKeyRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiKey($name: String!) {\n    createApiKey(name: $name) {\n      secret\n      apiKey {\n        ...ApiKeyRow\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateApiKey($name: String!) {\n    createApiKey(name: $name) {\n      secret\n      apiKey {\n        ...ApiKeyRow\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n      revokedAt\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n      revokedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLog(\n    $first: Int!\n    $after: String\n    $actorId: ID\n    $actions: [String!]\n    $targetId: ID\n    $from: DateTime\n    $to: DateTime\n    $withTotal: Boolean!\n  ) {\n    auditLog(first: $first, after: $after, actorId: $actorId, actions: $actions, targetId: $targetId, from: $from, to: $to) {\n      nodes {\n        id\n        action\n        targetId\n        data\n        createdAt\n        actor {\n          id\n          name\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount @include(if: $withTotal)\n    }\n  }\n"): (typeof documents)["\n  query AuditLog(\n    $first: Int!\n    $after: String\n    $actorId: ID\n    $actions: [String!]\n    $targetId: ID\n    $from: DateTime\n    $to: DateTime\n    $withTotal: Boolean!\n  ) {\n    auditLog(first: $first, after: $after, actorId: $actorId, actions: $actions, targetId: $targetId, from: $from, to: $to) {\n      nodes {\n        id\n        action\n        targetId\n        data\n        createdAt\n        actor {\n          id\n          name\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount @include(if: $withTotal)\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditFilterOptions {\n    auditActions\n    members(first: 200) {\n      nodes {\n        id\n        name\n        email\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditFilterOptions {\n    auditActions\n    members(first: 200) {\n      nodes {\n        id\n        name\n        email\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ViewerFields on Viewer {\n    user {\n      id\n      name\n      email\n      mustChangePassword\n      emailVerified\n      mfaEnabled\n    }\n    member {\n      id\n      name\n      role\n      status\n    }\n    organization {\n      id\n      name\n      requireMfa\n    }\n    organizations {\n      id\n      name\n    }\n    permissions\n  }\n"): (typeof documents)["\n  fragment ViewerFields on Viewer {\n    user {\n      id\n      name\n      email\n      mustChangePassword\n      emailVerified\n      mfaEnabled\n    }\n    member {\n      id\n      name\n      role\n      status\n    }\n    organization {\n      id\n      name\n      requireMfa\n    }\n    organizations {\n      id\n      name\n    }\n    permissions\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    viewer {\n      ...ViewerFields\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    viewer {\n      ...ViewerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AuthPayloadFields on AuthPayload {\n    accessToken\n    user {\n      id\n      name\n      email\n      mustChangePassword\n    }\n    member {\n      id\n      role\n    }\n    organization {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment AuthPayloadFields on AuthPayload {\n    accessToken\n    user {\n      id\n      name\n      email\n      mustChangePassword\n    }\n    member {\n      id\n      role\n    }\n    organization {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      ...AuthPayloadFields\n    }\n  }\n"): (typeof documents)["\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      ...AuthPayloadFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      ...AuthPayloadFields\n    }\n  }\n"): (typeof documents)["\n  mutation LogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      ...AuthPayloadFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefreshSession {\n    refreshSession {\n      ...AuthPayloadFields\n    }\n  }\n"): (typeof documents)["\n  mutation RefreshSession {\n    refreshSession {\n      ...AuthPayloadFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SwitchOrganization($organizationId: ID!) {\n    switchOrganization(organizationId: $organizationId) {\n      ...AuthPayloadFields\n    }\n  }\n"): (typeof documents)["\n  mutation SwitchOrganization($organizationId: ID!) {\n    switchOrganization(organizationId: $organizationId) {\n      ...AuthPayloadFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogOut {\n    logOut\n  }\n"): (typeof documents)["\n  mutation LogOut {\n    logOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      ...AuthPayloadFields\n    }\n  }\n"): (typeof documents)["\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      ...AuthPayloadFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CreditsPage($first: Int!, $after: String) {\n    organization {\n      id\n      creditBalance {\n        ...CreditBalanceFields\n      }\n    }\n    creditTransactions(first: $first, after: $after) {\n      nodes {\n        id\n        kind\n        amount\n        balanceAfter\n        note\n        createdAt\n        member {\n          id\n          name\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query CreditsPage($first: Int!, $after: String) {\n    organization {\n      id\n      creditBalance {\n        ...CreditBalanceFields\n      }\n    }\n    creditTransactions(first: $first, after: $after) {\n      nodes {\n        id\n        kind\n        amount\n        balanceAfter\n        note\n        createdAt\n        member {\n          id\n          name\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddCredits($input: AddCreditsInput!) {\n    addCredits(input: $input) {\n      id\n      amount\n      balanceAfter\n    }\n  }\n"): (typeof documents)["\n  mutation AddCredits($input: AddCreditsInput!) {\n    addCredits(input: $input) {\n      id\n      amount\n      balanceAfter\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetLowBalanceThreshold($threshold: Credits) {\n    setLowBalanceThreshold(threshold: $threshold) {\n      ...CreditBalanceFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetLowBalanceThreshold($threshold: Credits) {\n    setLowBalanceThreshold(threshold: $threshold) {\n      ...CreditBalanceFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdjustCredits($input: AdjustCreditsInput!) {\n    adjustCredits(input: $input) {\n      id\n      kind\n      amount\n      balanceAfter\n      note\n    }\n  }\n"): (typeof documents)["\n  mutation AdjustCredits($input: AdjustCreditsInput!) {\n    adjustCredits(input: $input) {\n      id\n      kind\n      amount\n      balanceAfter\n      note\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CreditBalanceFields on CreditBalance {\n    balance\n    lowBalanceThreshold\n    isLow\n    updatedAt\n    runway {\n      burnPerDay\n      basisDays\n      days\n    }\n  }\n"): (typeof documents)["\n  fragment CreditBalanceFields on CreditBalance {\n    balance\n    lowBalanceThreshold\n    isLow\n    updatedAt\n    runway {\n      burnPerDay\n      basisDays\n      days\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UsageBucketFields on UsageBucket {\n    key\n    label\n    credits\n    count\n  }\n"): (typeof documents)["\n  fragment UsageBucketFields on UsageBucket {\n    key\n    label\n    credits\n    count\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Dashboard($from: DateTime!, $to: DateTime!) {\n    viewer {\n      member {\n        id\n        allowance {\n          ...MemberAllowanceFields\n        }\n      }\n    }\n    organization {\n      id\n      creditBalance {\n        ...CreditBalanceFields\n      }\n    }\n    byDay: usageSummary(from: $from, to: $to, groupBy: DAY) {\n      ...UsageBucketFields\n    }\n    byMember: usageSummary(from: $from, to: $to, groupBy: MEMBER) {\n      ...UsageBucketFields\n    }\n    byResource: usageSummary(from: $from, to: $to, groupBy: RESOURCE) {\n      ...UsageBucketFields\n    }\n    byApiKey: usageSummary(from: $from, to: $to, groupBy: API_KEY) {\n      ...UsageBucketFields\n    }\n    recent: usageRecords(from: $from, to: $to, first: 10) {\n      nodes {\n        id\n        operation\n        credits\n        createdAt\n        member {\n          id\n          name\n        }\n        resource {\n          id\n          name\n          kind\n        }\n      }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query Dashboard($from: DateTime!, $to: DateTime!) {\n    viewer {\n      member {\n        id\n        allowance {\n          ...MemberAllowanceFields\n        }\n      }\n    }\n    organization {\n      id\n      creditBalance {\n        ...CreditBalanceFields\n      }\n    }\n    byDay: usageSummary(from: $from, to: $to, groupBy: DAY) {\n      ...UsageBucketFields\n    }\n    byMember: usageSummary(from: $from, to: $to, groupBy: MEMBER) {\n      ...UsageBucketFields\n    }\n    byResource: usageSummary(from: $from, to: $to, groupBy: RESOURCE) {\n      ...UsageBucketFields\n    }\n    byApiKey: usageSummary(from: $from, to: $to, groupBy: API_KEY) {\n      ...UsageBucketFields\n    }\n    recent: usageRecords(from: $from, to: $to, first: 10) {\n      nodes {\n        id\n        operation\n        credits\n        createdAt\n        member {\n          id\n          name\n        }\n        resource {\n          id\n          name\n          kind\n        }\n      }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription BalanceChanged {\n    balanceChanged {\n      ...CreditBalanceFields\n    }\n  }\n"): (typeof documents)["\n  subscription BalanceChanged {\n    balanceChanged {\n      ...CreditBalanceFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription UsageRecorded {\n    usageRecorded {\n      id\n      operation\n      credits\n      createdAt\n      member {\n        id\n        name\n      }\n      resource {\n        id\n        name\n        kind\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription UsageRecorded {\n    usageRecorded {\n      id\n      operation\n      credits\n      createdAt\n      member {\n        id\n        name\n      }\n      resource {\n        id\n        name\n        kind\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MemberAllowanceFields on MemberAllowance {\n    monthlyLimit\n    usedThisMonth\n    remaining\n  }\n"): (typeof documents)["\n  fragment MemberAllowanceFields on MemberAllowance {\n    monthlyLimit\n    usedThisMonth\n    remaining\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MemberRow on Member {\n    id\n    name\n    email\n    role\n    status\n    joinedAt\n    lastActiveAt\n    emailStatus\n    emailError\n    mfaEnabled\n    temporaryPasswordExpiresAt\n    invitedBy {\n      id\n      name\n    }\n    allowance {\n      ...MemberAllowanceFields\n    }\n  }\n"): (typeof documents)["\n  fragment MemberRow on Member {\n    id\n    name\n    email\n    role\n    status\n    joinedAt\n    lastActiveAt\n    emailStatus\n    emailError\n    mfaEnabled\n    temporaryPasswordExpiresAt\n    invitedBy {\n      id\n      name\n    }\n    allowance {\n      ...MemberAllowanceFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Members($first: Int!, $after: String, $search: String, $role: Role, $status: MemberStatus) {\n    members(first: $first, after: $after, search: $search, role: $role, status: $status) {\n      nodes {\n        ...MemberRow\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query Members($first: Int!, $after: String, $search: String, $role: Role, $status: MemberStatus) {\n    members(first: $first, after: $after, search: $search, role: $role, status: $status) {\n      nodes {\n        ...MemberRow\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddMember($input: AddMemberInput!) {\n    addMember(input: $input) {\n      member {\n        ...MemberRow\n      }\n      existingUser\n      temporaryPassword\n      temporaryPasswordExpiresAt\n    }\n  }\n"): (typeof documents)["\n  mutation AddMember($input: AddMemberInput!) {\n    addMember(input: $input) {\n      member {\n        ...MemberRow\n      }\n      existingUser\n      temporaryPassword\n      temporaryPasswordExpiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMemberRole($input: UpdateMemberRoleInput!) {\n    updateMemberRole(input: $input) {\n      id\n      role\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMemberRole($input: UpdateMemberRoleInput!) {\n    updateMemberRole(input: $input) {\n      id\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RemovalImpactFields on RemovalImpact {\n    resourcesCreated\n    apiKeysRevoked\n    activeSessions\n    creditsUsedThisMonth\n  }\n"): (typeof documents)["\n  fragment RemovalImpactFields on RemovalImpact {\n    resourcesCreated\n    apiKeysRevoked\n    activeSessions\n    creditsUsedThisMonth\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RemovalImpact($id: ID!) {\n    member(id: $id) {\n      id\n      removalImpact {\n        ...RemovalImpactFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query RemovalImpact($id: ID!) {\n    member(id: $id) {\n      id\n      removalImpact {\n        ...RemovalImpactFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveMember($memberId: ID!) {\n    removeMember(memberId: $memberId) {\n      id\n      status\n      removalImpact {\n        ...RemovalImpactFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveMember($memberId: ID!) {\n    removeMember(memberId: $memberId) {\n      id\n      status\n      removalImpact {\n        ...RemovalImpactFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SuspendMember($memberId: ID!) {\n    suspendMember(memberId: $memberId) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation SuspendMember($memberId: ID!) {\n    suspendMember(memberId: $memberId) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReactivateMember($memberId: ID!) {\n    reactivateMember(memberId: $memberId) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ReactivateMember($memberId: ID!) {\n    reactivateMember(memberId: $memberId) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResendCredentials($memberId: ID!) {\n    resendCredentials(memberId: $memberId) {\n      id\n      emailStatus\n      emailError\n    }\n  }\n"): (typeof documents)["\n  mutation ResendCredentials($memberId: ID!) {\n    resendCredentials(memberId: $memberId) {\n      id\n      emailStatus\n      emailError\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetMemberAllowance($memberId: ID!, $monthlyLimit: Credits) {\n    setMemberAllowance(memberId: $memberId, monthlyLimit: $monthlyLimit) {\n      id\n      allowance {\n        ...MemberAllowanceFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetMemberAllowance($memberId: ID!, $monthlyLimit: Credits) {\n    setMemberAllowance(memberId: $memberId, monthlyLimit: $monthlyLimit) {\n      id\n      allowance {\n        ...MemberAllowanceFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReviewMember on Member {\n    id\n    name\n    email\n    role\n    status\n    joinedAt\n    lastActiveAt\n  }\n"): (typeof documents)["\n  fragment ReviewMember on Member {\n    id\n    name\n    email\n    role\n    status\n    joinedAt\n    lastActiveAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccessReview($inactiveDays: Int!) {\n    accessReview(inactiveDays: $inactiveDays) {\n      inactiveDays\n      inactiveMembers {\n        ...ReviewMember\n      }\n      temporaryPasswordNotChanged {\n        ...ReviewMember\n      }\n      adminsWithoutMfa {\n        ...ReviewMember\n      }\n      unusedApiKeys {\n        id\n        name\n        prefix\n        createdAt\n        lastUsedAt\n        member {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AccessReview($inactiveDays: Int!) {\n    accessReview(inactiveDays: $inactiveDays) {\n      inactiveDays\n      inactiveMembers {\n        ...ReviewMember\n      }\n      temporaryPasswordNotChanged {\n        ...ReviewMember\n      }\n      adminsWithoutMfa {\n        ...ReviewMember\n      }\n      unusedApiKeys {\n        id\n        name\n        prefix\n        createdAt\n        lastUsedAt\n        member {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SuspendMembers($memberIds: [ID!]!) {\n    suspendMembers(memberIds: $memberIds) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation SuspendMembers($memberIds: [ID!]!) {\n    suspendMembers(memberIds: $memberIds) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiKeys($ids: [ID!]!) {\n    revokeApiKeys(ids: $ids) {\n      id\n      revokedAt\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeApiKeys($ids: [ID!]!) {\n    revokeApiKeys(ids: $ids) {\n      id\n      revokedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LeaveOrganization {\n    leaveOrganization {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation LeaveOrganization {\n    leaveOrganization {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LeaveOrganizationAndSwitch($organizationId: ID!) {\n    leaveOrganization {\n      id\n      status\n    }\n    switchOrganization(organizationId: $organizationId) {\n      ...AuthPayloadFields\n    }\n  }\n"): (typeof documents)["\n  mutation LeaveOrganizationAndSwitch($organizationId: ID!) {\n    leaveOrganization {\n      id\n      status\n    }\n    switchOrganization(organizationId: $organizationId) {\n      ...AuthPayloadFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Resources($kind: ResourceKind) {\n    resources(kind: $kind) {\n      id\n      kind\n      name\n      createdAt\n      createdBy {\n        id\n        name\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  query Resources($kind: ResourceKind) {\n    resources(kind: $kind) {\n      id\n      kind\n      name\n      createdAt\n      createdBy {\n        id\n        name\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateResource($input: CreateResourceInput!) {\n    createResource(input: $input) {\n      id\n      kind\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation CreateResource($input: CreateResourceInput!) {\n    createResource(input: $input) {\n      id\n      kind\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RenameResource($id: ID!, $name: String!) {\n    renameResource(id: $id, name: $name) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation RenameResource($id: ID!, $name: String!) {\n    renameResource(id: $id, name: $name) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteResource($id: ID!) {\n    deleteResource(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteResource($id: ID!) {\n    deleteResource(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Sessions {\n    sessions {\n      id\n      userAgent\n      createdAt\n      lastRefreshedAt\n      current\n      organization {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query Sessions {\n    sessions {\n      id\n      userAgent\n      createdAt\n      lastRefreshedAt\n      current\n      organization {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeSession($id: ID!) {\n    revokeSession(id: $id)\n  }\n"): (typeof documents)["\n  mutation RevokeSession($id: ID!) {\n    revokeSession(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeOtherSessions {\n    revokeOtherSessions\n  }\n"): (typeof documents)["\n  mutation RevokeOtherSessions {\n    revokeOtherSessions\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Settings {\n    organization {\n      id\n      name\n      createdAt\n      memberCount\n      requireMfa\n      weeklyAccessReviewEmail\n      owner {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query Settings {\n    organization {\n      id\n      name\n      createdAt\n      memberCount\n      requireMfa\n      weeklyAccessReviewEmail\n      owner {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TransferCandidates {\n    members(first: 100, status: ACTIVE) {\n      nodes {\n        id\n        name\n        email\n        role\n      }\n    }\n  }\n"): (typeof documents)["\n  query TransferCandidates {\n    members(first: 100, status: ACTIVE) {\n      nodes {\n        id\n        name\n        email\n        role\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RenameOrganization($name: String!) {\n    renameOrganization(name: $name) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation RenameOrganization($name: String!) {\n    renameOrganization(name: $name) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TransferOwnership($memberId: ID!, $currentPassword: String!) {\n    transferOwnership(memberId: $memberId, currentPassword: $currentPassword) {\n      id\n      owner {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TransferOwnership($memberId: ID!, $currentPassword: String!) {\n    transferOwnership(memberId: $memberId, currentPassword: $currentPassword) {\n      id\n      owner {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProfile($name: String!) {\n    updateProfile(name: $name) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateProfile($name: String!) {\n    updateProfile(name: $name) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetRequireMfa($required: Boolean!) {\n    setRequireMfa(required: $required) {\n      id\n      requireMfa\n    }\n  }\n"): (typeof documents)["\n  mutation SetRequireMfa($required: Boolean!) {\n    setRequireMfa(required: $required) {\n      id\n      requireMfa\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetWeeklyAccessReviewEmail($enabled: Boolean!) {\n    setWeeklyAccessReviewEmail(enabled: $enabled) {\n      id\n      weeklyAccessReviewEmail\n    }\n  }\n"): (typeof documents)["\n  mutation SetWeeklyAccessReviewEmail($enabled: Boolean!) {\n    setWeeklyAccessReviewEmail(enabled: $enabled) {\n      id\n      weeklyAccessReviewEmail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WebhookEndpointRow on WebhookEndpoint {\n    id\n    url\n    events\n    enabled\n    createdAt\n  }\n"): (typeof documents)["\n  fragment WebhookEndpointRow on WebhookEndpoint {\n    id\n    url\n    events\n    enabled\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WebhookDeliveryRow on WebhookDelivery {\n    id\n    eventType\n    status\n    attempts\n    responseStatus\n    createdAt\n    deliveredAt\n  }\n"): (typeof documents)["\n  fragment WebhookDeliveryRow on WebhookDelivery {\n    id\n    eventType\n    status\n    attempts\n    responseStatus\n    createdAt\n    deliveredAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebhookEndpoints {\n    webhookEndpoints {\n      ...WebhookEndpointRow\n    }\n  }\n"): (typeof documents)["\n  query WebhookEndpoints {\n    webhookEndpoints {\n      ...WebhookEndpointRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebhookDeliveries($endpointId: ID!, $first: Int, $after: String) {\n    webhookDeliveries(endpointId: $endpointId, first: $first, after: $after) {\n      nodes {\n        ...WebhookDeliveryRow\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query WebhookDeliveries($endpointId: ID!, $first: Int, $after: String) {\n    webhookDeliveries(endpointId: $endpointId, first: $first, after: $after) {\n      nodes {\n        ...WebhookDeliveryRow\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) {\n      secret\n      endpoint {\n        ...WebhookEndpointRow\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) {\n      secret\n      endpoint {\n        ...WebhookEndpointRow\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteWebhookEndpoint($id: ID!) {\n    deleteWebhookEndpoint(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteWebhookEndpoint($id: ID!) {\n    deleteWebhookEndpoint(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RotateWebhookSecret($id: ID!) {\n    rotateWebhookSecret(id: $id) {\n      secret\n      endpoint {\n        ...WebhookEndpointRow\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RotateWebhookSecret($id: ID!) {\n    rotateWebhookSecret(id: $id) {\n      secret\n      endpoint {\n        ...WebhookEndpointRow\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendTestWebhook($endpointId: ID!) {\n    sendTestWebhook(endpointId: $endpointId) {\n      ...WebhookDeliveryRow\n    }\n  }\n"): (typeof documents)["\n  mutation SendTestWebhook($endpointId: ID!) {\n    sendTestWebhook(endpointId: $endpointId) {\n      ...WebhookDeliveryRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RedeliverWebhook($deliveryId: ID!) {\n    redeliverWebhook(deliveryId: $deliveryId) {\n      ...WebhookDeliveryRow\n    }\n  }\n"): (typeof documents)["\n  mutation RedeliverWebhook($deliveryId: ID!) {\n    redeliverWebhook(deliveryId: $deliveryId) {\n      ...WebhookDeliveryRow\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;