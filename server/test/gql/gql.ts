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
    "\n          mutation AbuseRenameOrganization {\n            renameOrganization(name: \"Boom\") {\n              name\n            }\n          }\n        ": typeof types.AbuseRenameOrganizationDocument,
    "\n    query IntrospectionQuery {\n      __schema {\n        queryType {\n          name\n        }\n        types {\n          ...FullType\n        }\n      }\n    }\n    fragment FullType on __Type {\n      kind\n      name\n      fields(includeDeprecated: true) {\n        name\n        args {\n          ...InputValue\n        }\n        type {\n          ...TypeRef\n        }\n      }\n      inputFields {\n        ...InputValue\n      }\n    }\n    fragment InputValue on __InputValue {\n      name\n      type {\n        ...TypeRef\n      }\n      defaultValue\n    }\n    fragment TypeRef on __Type {\n      kind\n      name\n      ofType {\n        kind\n        name\n        ofType {\n          kind\n          name\n          ofType {\n            kind\n            name\n            ofType {\n              kind\n              name\n              ofType {\n                kind\n                name\n                ofType {\n                  kind\n                  name\n                  ofType {\n                    kind\n                    name\n                  }\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  ": typeof types.IntrospectionQueryDocument,
    "\n          query AbuseSchema {\n            __schema {\n              queryType {\n                name\n              }\n            }\n          }\n        ": typeof types.AbuseSchemaDocument,
    "\n          query AbuseQuery {\n            ...F\n          }\n          fragment F on Query {\n            __type(name: \"Member\") {\n              name\n            }\n          }\n        ": typeof types.AbuseQueryDocument,
    "\n  mutation AllowancesSetMemberAllowance($m: ID!, $l: Credits) {\n    setMemberAllowance(memberId: $m, monthlyLimit: $l) {\n      id\n      allowance {\n        monthlyLimit\n        usedThisMonth\n        remaining\n      }\n    }\n  }\n": typeof types.AllowancesSetMemberAllowanceDocument,
    "\n  query AllowancesMembers {\n    members {\n      nodes {\n        id\n        allowance {\n          monthlyLimit\n          usedThisMonth\n          remaining\n        }\n      }\n    }\n  }\n": typeof types.AllowancesMembersDocument,
    "\n  mutation AllowancesSpendBatchWithReasons($i: [RecordUsageInput!]!) {\n    recordUsageBatch(inputs: $i) {\n      charged\n      refused\n      items {\n        index\n        ok\n        replayed\n        record {\n          id\n          credits\n        }\n        error {\n          code\n          reason\n        }\n      }\n    }\n  }\n": typeof types.AllowancesSpendBatchWithReasonsDocument,
    "\n        query AllowancesAuditLog {\n          auditLog {\n            nodes {\n              action\n              actor {\n                id\n              }\n              targetId\n              data\n            }\n          }\n        }\n      ": typeof types.AllowancesAuditLogDocument,
    "\n        query AllowancesMember($id: ID!) {\n          member(id: $id) {\n            allowance {\n              remaining\n            }\n          }\n        }\n      ": typeof types.AllowancesMemberDocument,
    "\n  mutation ApiKeysCreateApiKey($name: String!) {\n    createApiKey(name: $name) {\n      secret\n      apiKey {\n        id\n        name\n        prefix\n        createdAt\n        lastUsedAt\n        revokedAt\n        member {\n          id\n        }\n      }\n    }\n  }\n": typeof types.ApiKeysCreateApiKeyDocument,
    "\n  query ApiKeysApiKeys($all: Boolean) {\n    apiKeys(includeRevoked: $all) {\n      id\n      name\n      prefix\n      revokedAt\n      member {\n        id\n      }\n    }\n  }\n": typeof types.ApiKeysApiKeysDocument,
    "\n  mutation ApiKeysRevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n      revokedAt\n    }\n  }\n": typeof types.ApiKeysRevokeApiKeyDocument,
    "\n  query ApiKeysViewer {\n    viewer {\n      member {\n        id\n        role\n      }\n      organization {\n        id\n      }\n    }\n  }\n": typeof types.ApiKeysViewerDocument,
    "\n      query ApiKeysAuditLog {\n        auditLog {\n          nodes {\n            action\n            actor {\n              id\n            }\n            data\n          }\n        }\n      }\n    ": typeof types.ApiKeysAuditLogDocument,
    "\n          query ApiKeysCreditTransactions {\n            creditTransactions {\n              totalCount\n            }\n          }\n        ": typeof types.ApiKeysCreditTransactionsDocument,
    "\n      mutation ApiKeysUpdateMemberRole($id: ID!) {\n        updateMemberRole(input: { memberId: $id, role: ADMIN }) {\n          role\n        }\n      }\n    ": typeof types.ApiKeysUpdateMemberRoleDocument,
    "\n      mutation ApiKeysUpdateMemberRole2($id: ID!) {\n        updateMemberRole(input: { memberId: $id, role: GUEST }) {\n          role\n        }\n      }\n    ": typeof types.ApiKeysUpdateMemberRole2Document,
    "\n      mutation ApiKeysSuspendMember($id: ID!) {\n        suspendMember(memberId: $id) {\n          status\n        }\n      }\n    ": typeof types.ApiKeysSuspendMemberDocument,
    "\n      mutation ApiKeysReactivateMember($id: ID!) {\n        reactivateMember(memberId: $id) {\n          status\n        }\n      }\n    ": typeof types.ApiKeysReactivateMemberDocument,
    "\n      mutation ApiKeysRemoveMember($id: ID!) {\n        removeMember(memberId: $id) {\n          status\n        }\n      }\n    ": typeof types.ApiKeysRemoveMemberDocument,
    "\n      query ApiKeysAuditLog2 {\n        auditLog {\n          nodes {\n            action\n            actor {\n              id\n            }\n            targetId\n          }\n        }\n      }\n    ": typeof types.ApiKeysAuditLog2Document,
    "\n      mutation ApiKeysAddMember($i: AddMemberInput!) {\n        addMember(input: $i) {\n          member {\n            id\n          }\n        }\n      }\n    ": typeof types.ApiKeysAddMemberDocument,
    "\n        mutation ApiKeysRefusedSwitch($id: ID!) {\n          switchOrganization(organizationId: $id) {\n            accessToken\n          }\n        }\n      ": typeof types.ApiKeysRefusedSwitchDocument,
    "\n        mutation ApiKeysRefusedRevokeOtherSessions {\n          revokeOtherSessions\n        }\n      ": typeof types.ApiKeysRefusedRevokeOtherSessionsDocument,
    "\n        query ApiKeysRefusedSessions {\n          sessions {\n            id\n          }\n        }\n      ": typeof types.ApiKeysRefusedSessionsDocument,
    "\n        mutation ApiKeysRefusedUpdateProfile {\n          updateProfile(name: \"Bot\") {\n            name\n          }\n        }\n      ": typeof types.ApiKeysRefusedUpdateProfileDocument,
    "\n        mutation ApiKeysRefusedLeave {\n          leaveOrganization {\n            id\n          }\n        }\n      ": typeof types.ApiKeysRefusedLeaveDocument,
    "\n        mutation ApiKeysRefusedChangePassword {\n          changePassword(input: { currentPassword: \"violet-harbor-lantern-92\", newPassword: \"quiet-ember-compass-57\" }) {\n            accessToken\n          }\n        }\n      ": typeof types.ApiKeysRefusedChangePasswordDocument,
    "\n        mutation ApiKeysRefusedCreateApiKey($n: String!) {\n          createApiKey(name: $n) {\n            secret\n          }\n        }\n      ": typeof types.ApiKeysRefusedCreateApiKeyDocument,
    "\n      query ApiKeysViewer2 {\n        viewer {\n          user {\n            name\n          }\n        }\n      }\n    ": typeof types.ApiKeysViewer2Document,
    "\n          query ApiKeysViewer3 {\n            viewer {\n              member {\n                id\n              }\n            }\n          }\n        ": typeof types.ApiKeysViewer3Document,
    "\n  query AuditLogFiltered($first: Int, $after: String, $actorId: ID, $actions: [String!], $targetId: ID, $from: DateTime, $to: DateTime) {\n    auditLog(first: $first, after: $after, actorId: $actorId, actions: $actions, targetId: $targetId, from: $from, to: $to) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        action\n        targetId\n        data\n        createdAt\n        actor {\n          id\n        }\n      }\n    }\n  }\n": typeof types.AuditLogFilteredDocument,
    "\n  query AuditLogNoTotal($first: Int, $actions: [String!]) {\n    auditLog(first: $first, actions: $actions) {\n      nodes {\n        id\n      }\n    }\n  }\n": typeof types.AuditLogNoTotalDocument,
    "\n  query AuditActionsList {\n    auditActions\n  }\n": typeof types.AuditActionsListDocument,
    "\n  mutation AuditChangeRole($input: UpdateMemberRoleInput!) {\n    updateMemberRole(input: $input) {\n      id\n      role\n    }\n  }\n": typeof types.AuditChangeRoleDocument,
    "\n  query AuditScalePage($first: Int, $after: String, $actorId: ID, $actions: [String!], $targetId: ID, $from: DateTime, $to: DateTime) {\n    auditLog(first: $first, after: $after, actorId: $actorId, actions: $actions, targetId: $targetId, from: $from, to: $to) {\n      nodes {\n        id\n      }\n      pageInfo {\n        endCursor\n      }\n    }\n  }\n": typeof types.AuditScalePageDocument,
    "\n  mutation AuthSignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      accessToken\n      refreshToken\n      user {\n        id\n        email\n        mustChangePassword\n      }\n      member {\n        role\n      }\n      organization {\n        name\n      }\n    }\n  }\n": typeof types.AuthSignUpDocument,
    "\n  mutation AuthLogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      accessToken\n      refreshToken\n      organization {\n        id\n      }\n    }\n  }\n": typeof types.AuthLogInDocument,
    "\n  mutation AuthRefreshSession($t: String) {\n    refreshSession(refreshToken: $t) {\n      accessToken\n      refreshToken\n    }\n  }\n": typeof types.AuthRefreshSessionDocument,
    "\n  query AuthViewer {\n    viewer {\n      user {\n        id\n        email\n      }\n      member {\n        id\n        role\n      }\n      organization {\n        id\n      }\n    }\n  }\n": typeof types.AuthViewerDocument,
    "\n            mutation AuthLogOut {\n              logOut\n            }\n          ": typeof types.AuthLogOutDocument,
    "\n        mutation AuthChangePassword($i: ChangePasswordInput!) {\n          changePassword(input: $i) {\n            accessToken\n            refreshToken\n          }\n        }\n      ": typeof types.AuthChangePasswordDocument,
    "\n      mutation AuthChangePassword2($i: ChangePasswordInput!) {\n        changePassword(input: $i) {\n          accessToken\n        }\n      }\n    ": typeof types.AuthChangePassword2Document,
    "\n        mutation AuthAddMember($i: AddMemberInput!) {\n          addMember(input: $i) {\n            member {\n              id\n            }\n          }\n        }\n      ": typeof types.AuthAddMemberDocument,
    "\n        query AuthViewer2 {\n          viewer {\n            user {\n              mustChangePassword\n            }\n          }\n        }\n      ": typeof types.AuthViewer2Document,
    "\n        query AuthBlockedOrganization {\n          organization {\n            name\n          }\n        }\n      ": typeof types.AuthBlockedOrganizationDocument,
    "\n        query AuthBlockedMembers {\n          members {\n            totalCount\n          }\n        }\n      ": typeof types.AuthBlockedMembersDocument,
    "\n        mutation AuthBlockedUpdateProfile {\n          updateProfile(name: \"T\") {\n            name\n          }\n        }\n      ": typeof types.AuthBlockedUpdateProfileDocument,
    "\n        mutation AuthChangePassword3($i: ChangePasswordInput!) {\n          changePassword(input: $i) {\n            accessToken\n            user {\n              mustChangePassword\n            }\n          }\n        }\n      ": typeof types.AuthChangePassword3Document,
    "\n        query AuthOrganization {\n          organization {\n            name\n          }\n        }\n      ": typeof types.AuthOrganizationDocument,
    "\n        mutation AuthAddMember2($i: AddMemberInput!) {\n          addMember(input: $i) {\n            existingUser\n            temporaryPassword\n            member {\n              id\n            }\n          }\n        }\n      ": typeof types.AuthAddMember2Document,
    "\n        query AuthViewer3 {\n          viewer {\n            organizations {\n              name\n            }\n          }\n        }\n      ": typeof types.AuthViewer3Document,
    "\n        mutation AuthSwitchOrganization($id: ID!) {\n          switchOrganization(organizationId: $id) {\n            accessToken\n            member {\n              role\n            }\n            organization {\n              name\n            }\n          }\n        }\n      ": typeof types.AuthSwitchOrganizationDocument,
    "\n        mutation AuthSwitchOrganization2($id: ID!) {\n          switchOrganization(organizationId: $id) {\n            accessToken\n          }\n        }\n      ": typeof types.AuthSwitchOrganization2Document,
    "\n            mutation AuthUpdateProfile {\n              updateProfile(name: \"  New   Name \") {\n                name\n              }\n            }\n          ": typeof types.AuthUpdateProfileDocument,
    "\n            mutation AuthRenameOrganization {\n              renameOrganization(name: \"X\") {\n                name\n              }\n            }\n          ": typeof types.AuthRenameOrganizationDocument,
    "\n            mutation AuthRenameOrganization2 {\n              renameOrganization(name: \"Renamed\") {\n                name\n              }\n            }\n          ": typeof types.AuthRenameOrganization2Document,
    "\n        query AuthAuditLog {\n          auditLog {\n            nodes {\n              action\n              data\n              actor {\n                id\n              }\n            }\n          }\n        }\n      ": typeof types.AuthAuditLogDocument,
    "\n          query AuthSessions {\n            sessions {\n              id\n              current\n              organization {\n                id\n              }\n            }\n          }\n        ": typeof types.AuthSessionsDocument,
    "\n            mutation AuthRevokeSession($id: ID!) {\n              revokeSession(id: $id)\n            }\n          ": typeof types.AuthRevokeSessionDocument,
    "\n          query AuthSessions2 {\n            sessions {\n              id\n            }\n          }\n        ": typeof types.AuthSessions2Document,
    "\n            mutation AuthRevokeOtherSessions {\n              revokeOtherSessions\n            }\n          ": typeof types.AuthRevokeOtherSessionsDocument,
    "\n  mutation AuthzAllowanceSet($m: ID!, $l: Credits) {\n    setMemberAllowance(memberId: $m, monthlyLimit: $l) {\n      id\n      allowance {\n        monthlyLimit\n      }\n    }\n  }\n": typeof types.AuthzAllowanceSetDocument,
    "\n      mutation AuthzAllowanceDemote($id: ID!) {\n        updateMemberRole(input: { memberId: $id, role: MEMBER }) {\n          role\n        }\n      }\n    ": typeof types.AuthzAllowanceDemoteDocument,
    "\n      mutation AuthzAllowanceRemove($id: ID!) {\n        removeMember(memberId: $id) {\n          status\n        }\n      }\n    ": typeof types.AuthzAllowanceRemoveDocument,
    "\n  mutation AuthzKeysCreateApiKey($name: String!) {\n    createApiKey(name: $name) {\n      secret\n      apiKey {\n        id\n      }\n    }\n  }\n": typeof types.AuthzKeysCreateApiKeyDocument,
    "\n        mutation AuthzKeysAddMember($i: AddMemberInput!) {\n          addMember(input: $i) {\n            temporaryPassword\n          }\n        }\n      ": typeof types.AuthzKeysAddMemberDocument,
    "\n        mutation AuthzKeysUpdateRole($id: ID!) {\n          updateMemberRole(input: { memberId: $id, role: ADMIN }) {\n            role\n          }\n        }\n      ": typeof types.AuthzKeysUpdateRoleDocument,
    "\n        mutation AuthzKeysRemove($id: ID!) {\n          removeMember(memberId: $id) {\n            status\n          }\n        }\n      ": typeof types.AuthzKeysRemoveDocument,
    "\n        mutation AuthzKeysSuspend($id: ID!) {\n          suspendMember(memberId: $id) {\n            status\n          }\n        }\n      ": typeof types.AuthzKeysSuspendDocument,
    "\n        mutation AuthzKeysReactivate($id: ID!) {\n          reactivateMember(memberId: $id) {\n            status\n          }\n        }\n      ": typeof types.AuthzKeysReactivateDocument,
    "\n        mutation AuthzKeysResend($id: ID!) {\n          resendCredentials(memberId: $id) {\n            id\n          }\n        }\n      ": typeof types.AuthzKeysResendDocument,
    "\n        mutation AuthzKeysTransfer($id: ID!, $p: String!) {\n          transferOwnership(memberId: $id, currentPassword: $p) {\n            id\n          }\n        }\n      ": typeof types.AuthzKeysTransferDocument,
    "\n        mutation AuthzKeysAllowance($id: ID!, $l: Credits) {\n          setMemberAllowance(memberId: $id, monthlyLimit: $l) {\n            id\n          }\n        }\n      ": typeof types.AuthzKeysAllowanceDocument,
    "\n        mutation AuthzKeysCreateKey {\n          createApiKey(name: \"child\") {\n            secret\n          }\n        }\n      ": typeof types.AuthzKeysCreateKeyDocument,
    "\n        mutation AuthzKeysRename {\n          renameOrganization(name: \"Pwned\") {\n            name\n          }\n        }\n      ": typeof types.AuthzKeysRenameDocument,
    "\n        mutation AuthzKeysRevokeOthersKey($id: ID!) {\n          revokeApiKey(id: $id) {\n            id\n          }\n        }\n      ": typeof types.AuthzKeysRevokeOthersKeyDocument,
    "\n      mutation AuthzKeysSessionAddMember($i: AddMemberInput!) {\n        addMember(input: $i) {\n          temporaryPassword\n          member {\n            id\n          }\n        }\n      }\n    ": typeof types.AuthzKeysSessionAddMemberDocument,
    "\n      mutation AuthzKeysSessionAllowance($id: ID!) {\n        setMemberAllowance(memberId: $id, monthlyLimit: \"10\") {\n          id\n        }\n      }\n    ": typeof types.AuthzKeysSessionAllowanceDocument,
    "\n      mutation AuthzKeysSessionRename {\n        renameOrganization(name: \"Acme Labs\") {\n          name\n        }\n      }\n    ": typeof types.AuthzKeysSessionRenameDocument,
    "\n      query AuthzKeysReads {\n        viewer {\n          member {\n            id\n          }\n        }\n        organization {\n          name\n          creditBalance {\n            balance\n          }\n        }\n        members {\n          nodes {\n            id\n            email\n          }\n        }\n        auditLog {\n          totalCount\n        }\n        creditTransactions {\n          totalCount\n        }\n        apiKeys {\n          id\n        }\n        resources {\n          id\n        }\n      }\n    ": typeof types.AuthzKeysReadsDocument,
    "\n      mutation AuthzKeysResource {\n        createResource(input: { kind: AGENT, name: \"bot\" }) {\n          id\n        }\n      }\n    ": typeof types.AuthzKeysResourceDocument,
    "\n      mutation AuthzKeysTopUp($k: String!) {\n        addCredits(input: { amount: \"5\", idempotencyKey: $k }) {\n          balanceAfter\n        }\n      }\n    ": typeof types.AuthzKeysTopUpDocument,
    "\n          mutation AuthzKeysThreshold {\n            setLowBalanceThreshold(threshold: \"10\") {\n              lowBalanceThreshold\n            }\n          }\n        ": typeof types.AuthzKeysThresholdDocument,
    "\n      mutation AuthzKeysRevokeSelf($id: ID!) {\n        revokeApiKey(id: $id) {\n          revokedAt\n        }\n      }\n    ": typeof types.AuthzKeysRevokeSelfDocument,
    "\n      mutation AuthzKeysAddTmp($i: AddMemberInput!) {\n        addMember(input: $i) {\n          member {\n            id\n          }\n        }\n      }\n    ": typeof types.AuthzKeysAddTmpDocument,
    "\n  mutation AuthzSpendCreateApiKey($name: String!) {\n    createApiKey(name: $name) {\n      secret\n      apiKey {\n        id\n      }\n    }\n  }\n": typeof types.AuthzSpendCreateApiKeyDocument,
    "\n  mutation AuthzSpendRemoveMember($id: ID!) {\n    removeMember(memberId: $id) {\n      status\n    }\n  }\n": typeof types.AuthzSpendRemoveMemberDocument,
    "\n  mutation AuthzSpendSuspendMember($id: ID!) {\n    suspendMember(memberId: $id) {\n      status\n    }\n  }\n": typeof types.AuthzSpendSuspendMemberDocument,
    "\n  mutation AuthzSpendDemote($id: ID!) {\n    updateMemberRole(input: { memberId: $id, role: GUEST }) {\n      role\n    }\n  }\n": typeof types.AuthzSpendDemoteDocument,
    "\n  mutation AuthzSpendRevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      revokedAt\n    }\n  }\n": typeof types.AuthzSpendRevokeApiKeyDocument,
    "\n  mutation CrashSpend($k: String!) {\n    recordUsage(input: { operation: \"chat\", credits: \"0.5\", idempotencyKey: $k }) {\n      id\n    }\n  }\n": typeof types.CrashSpendDocument,
    "\n        mutation CrashSignUp {\n          signUp(\n            input: { name: \"Crash Owner\", email: \"crash@example.test\", password: \"violet-harbor-lantern-92\", organizationName: \"Crash Co\" }\n          ) {\n            accessToken\n            organization {\n              id\n            }\n          }\n        }\n      ": typeof types.CrashSignUpDocument,
    "\n        mutation CrashSeedCredits {\n          addCredits(input: { amount: \"1000\", idempotencyKey: \"seed\" }) {\n            id\n          }\n        }\n      ": typeof types.CrashSeedCreditsDocument,
    "\n                  mutation CrashAddMember($e: String!) {\n                    addMember(input: { name: \"Invitee\", email: $e, temporaryPassword: \"copper-meadow-falcon-31\" }) {\n                      member {\n                        id\n                      }\n                    }\n                  }\n                ": typeof types.CrashAddMemberDocument,
    "\n  mutation CreditAdjustmentsAdjustCredits($i: AdjustCreditsInput!) {\n    adjustCredits(input: $i) {\n      id\n      kind\n      amount\n      balanceAfter\n      note\n      idempotencyKey\n      member {\n        id\n      }\n    }\n  }\n": typeof types.CreditAdjustmentsAdjustCreditsDocument,
    "\n  mutation CreditAdjustmentsSetLowBalanceThreshold($v: Credits) {\n    setLowBalanceThreshold(threshold: $v) {\n      isLow\n    }\n  }\n": typeof types.CreditAdjustmentsSetLowBalanceThresholdDocument,
    "\n      query CreditAdjustmentsAuditLog {\n        auditLog {\n          nodes {\n            action\n            actor {\n              id\n            }\n            targetId\n            data\n          }\n        }\n      }\n    ": typeof types.CreditAdjustmentsAuditLogDocument,
    "\n        query CreditAdjustmentsCreditTransactions {\n          creditTransactions(kind: ADJUSTMENT) {\n            totalCount\n            nodes {\n              amount\n              note\n            }\n          }\n        }\n      ": typeof types.CreditAdjustmentsCreditTransactionsDocument,
    "\n        mutation CreditAdjustmentsAddCredits($i: AddCreditsInput!) {\n          addCredits(input: $i) {\n            id\n          }\n        }\n      ": typeof types.CreditAdjustmentsAddCreditsDocument,
    "\n  query CreditsCreditTransactions($first: Int, $after: String, $kind: CreditTransactionKind) {\n    creditTransactions(first: $first, after: $after, kind: $kind) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        kind\n        amount\n        balanceAfter\n        note\n        member {\n          id\n        }\n      }\n    }\n  }\n": typeof types.CreditsCreditTransactionsDocument,
    "\n  mutation CreditsSetLowBalanceThreshold($v: Credits) {\n    setLowBalanceThreshold(threshold: $v) {\n      balance\n      lowBalanceThreshold\n      isLow\n    }\n  }\n": typeof types.CreditsSetLowBalanceThresholdDocument,
    "\n            mutation CreditsAddCredits {\n              addCredits(input: { amount: 2, idempotencyKey: \"x\" }) {\n                id\n              }\n            }\n          ": typeof types.CreditsAddCreditsDocument,
    "\n            mutation CreditsAddCredits2 {\n              addCredits(input: { amount: \"abc\", idempotencyKey: \"x\" }) {\n                id\n              }\n            }\n          ": typeof types.CreditsAddCredits2Document,
    "\n            mutation CreditsAddCredits3 {\n              addCredits(input: { amount: \"1.0000001\", idempotencyKey: \"x\" }) {\n                id\n              }\n            }\n          ": typeof types.CreditsAddCredits3Document,
    "\n        query CreditsAuditLog {\n          auditLog {\n            nodes {\n              action\n              actor {\n                id\n              }\n              targetId\n              data\n            }\n          }\n        }\n      ": typeof types.CreditsAuditLogDocument,
    "\n        query CreditsViewer {\n          viewer {\n            organizations {\n              id\n              creditBalance {\n                balance\n              }\n            }\n          }\n        }\n      ": typeof types.CreditsViewerDocument,
    "\n        query CreditsAuditLog2 {\n          auditLog {\n            nodes {\n              action\n              data\n            }\n          }\n        }\n      ": typeof types.CreditsAuditLog2Document,
    "\n  mutation DashboardStatementsSetAllowance($m: ID!, $l: Credits) {\n    setMemberAllowance(memberId: $m, monthlyLimit: $l) {\n      id\n    }\n  }\n": typeof types.DashboardStatementsSetAllowanceDocument,
    "\n  mutation DashboardStatementsCreateResource($n: String!) {\n    createResource(input: { kind: AGENT, name: $n }) {\n      id\n    }\n  }\n": typeof types.DashboardStatementsCreateResourceDocument,
    "\n    mutation FaultsSignUp($i: SignUpInput!) {\n      signUp(input: $i) {\n        organization {\n          id\n        }\n      }\n    }\n  ": typeof types.FaultsSignUpDocument,
    "\n  fragment AuthFields on AuthPayload {\n    accessToken\n    refreshToken\n    user {\n      id\n      email\n    }\n    member {\n      id\n      role\n    }\n    organization {\n      id\n      name\n    }\n  }\n": typeof types.AuthFieldsFragmentDoc,
    "\n      mutation FixtureSignUp($input: SignUpInput!) {\n        signUp(input: $input) {\n          ...AuthFields\n        }\n      }\n    ": typeof types.FixtureSignUpDocument,
    "\n      mutation FixtureLogIn($input: LogInInput!) {\n        logIn(input: $input) {\n          ...AuthFields\n        }\n      }\n    ": typeof types.FixtureLogInDocument,
    "\n      mutation FixtureAddMember($input: AddMemberInput!) {\n        addMember(input: $input) {\n          member {\n            id\n          }\n        }\n      }\n    ": typeof types.FixtureAddMemberDocument,
    "\n      mutation FixtureChangePassword($input: ChangePasswordInput!) {\n        changePassword(input: $input) {\n          ...AuthFields\n        }\n      }\n    ": typeof types.FixtureChangePasswordDocument,
    "\n  mutation TopUp($i: AddCreditsInput!) {\n    addCredits(input: $i) {\n      id\n      kind\n      amount\n      balanceAfter\n      note\n      member {\n        id\n      }\n    }\n  }\n": typeof types.TopUpDocument,
    "\n  mutation Spend($i: RecordUsageInput!) {\n    recordUsage(input: $i) {\n      id\n      operation\n      credits\n      createdAt\n      member {\n        id\n      }\n      resource {\n        id\n        name\n      }\n    }\n  }\n": typeof types.SpendDocument,
    "\n  mutation SpendBatch($i: [RecordUsageInput!]!) {\n    recordUsageBatch(inputs: $i) {\n      charged\n      refused\n      items {\n        index\n        ok\n        replayed\n        record {\n          id\n          credits\n        }\n        error {\n          code\n        }\n      }\n    }\n  }\n": typeof types.SpendBatchDocument,
    "\n  query Balance {\n    organization {\n      creditBalance {\n        balance\n        lowBalanceThreshold\n        isLow\n        updatedAt\n      }\n    }\n  }\n": typeof types.BalanceDocument,
    "\n            mutation LedgerLoadersCreateResource($n: String!) {\n              createResource(input: { kind: AGENT, name: $n }) {\n                id\n              }\n            }\n          ": typeof types.LedgerLoadersCreateResourceDocument,
    "\n        mutation LedgerLoadersCreateApiKey($n: String!) {\n          createApiKey(name: $n) {\n            secret\n          }\n        }\n      ": typeof types.LedgerLoadersCreateApiKeyDocument,
    "\n          query LedgerLoadersUsageRecords($n: Int) {\n            usageRecords(first: $n) {\n              nodes {\n                member {\n                  name\n                }\n                resource {\n                  name\n                  createdBy {\n                    name\n                  }\n                }\n              }\n            }\n          }\n        ": typeof types.LedgerLoadersUsageRecordsDocument,
    "\n          query LedgerLoadersCreditTransactions($n: Int) {\n            creditTransactions(first: $n) {\n              nodes {\n                member {\n                  name\n                }\n              }\n            }\n          }\n        ": typeof types.LedgerLoadersCreditTransactionsDocument,
    "\n          query LedgerLoadersApiKeys {\n            apiKeys {\n              member {\n                name\n              }\n            }\n          }\n        ": typeof types.LedgerLoadersApiKeysDocument,
    "\n          query LedgerLoadersResources {\n            resources {\n              createdBy {\n                name\n              }\n            }\n            organization {\n              creditBalance {\n                balance\n              }\n            }\n          }\n        ": typeof types.LedgerLoadersResourcesDocument,
    "\n  mutation MailDevAddMember($input: AddMemberInput!) {\n    addMember(input: $input) {\n      member {\n        id\n        emailStatus\n      }\n    }\n  }\n": typeof types.MailDevAddMemberDocument,
    "\n            query MailDevMember($id: ID!) {\n              member(id: $id) {\n                emailStatus\n              }\n            }\n          ": typeof types.MailDevMemberDocument,
    "\n  mutation MailFaultsAddMember($input: AddMemberInput!) {\n    addMember(input: $input) {\n      member {\n        id\n        emailStatus\n      }\n    }\n  }\n": typeof types.MailFaultsAddMemberDocument,
    "\n  query MailFaultsMember2($id: ID!) {\n    member(id: $id) {\n      emailStatus\n    }\n  }\n": typeof types.MailFaultsMember2Document,
    "\n  mutation MailFaultsResendCredentials($id: ID!) {\n    resendCredentials(memberId: $id) {\n      id\n      emailStatus\n    }\n  }\n": typeof types.MailFaultsResendCredentialsDocument,
    "\n  query MailFaultsMember($id: ID!) {\n    member(id: $id) {\n      emailStatus\n      emailError\n    }\n  }\n": typeof types.MailFaultsMemberDocument,
    "\n        query MailFaultsMembers {\n          members {\n            nodes {\n              emailError\n            }\n          }\n        }\n      ": typeof types.MailFaultsMembersDocument,
    "\n      mutation MailFaultsRemoveMember($id: ID!) {\n        removeMember(memberId: $id) {\n          id\n        }\n      }\n    ": typeof types.MailFaultsRemoveMemberDocument,
    "\n  mutation MailAddMember($input: AddMemberInput!) {\n    addMember(input: $input) {\n      member {\n        id\n        emailStatus\n      }\n      existingUser\n      temporaryPassword\n    }\n  }\n": typeof types.MailAddMemberDocument,
    "\n  query MailMember($id: ID!) {\n    member(id: $id) {\n      id\n      emailStatus\n    }\n  }\n": typeof types.MailMemberDocument,
    "\n  mutation MailResendCredentials($id: ID!) {\n    resendCredentials(memberId: $id) {\n      id\n      emailStatus\n    }\n  }\n": typeof types.MailResendCredentialsDocument,
    "\n      query MailMembers {\n        members {\n          nodes {\n            id\n            name\n            email\n            emailStatus\n          }\n        }\n        auditLog {\n          nodes {\n            action\n          }\n        }\n      }\n    ": typeof types.MailMembersDocument,
    "\n      mutation MailRemoveMember($id: ID!) {\n        removeMember(memberId: $id) {\n          id\n        }\n      }\n    ": typeof types.MailRemoveMemberDocument,
    "\n      mutation MailTransferOwnership($id: ID!, $pw: String!) {\n        transferOwnership(memberId: $id, currentPassword: $pw) {\n          id\n        }\n      }\n    ": typeof types.MailTransferOwnershipDocument,
    "\n      mutation MailLogIn($input: LogInInput!) {\n        logIn(input: $input) {\n          accessToken\n        }\n      }\n    ": typeof types.MailLogInDocument,
    "\n      mutation MailSuspendMember($id: ID!) {\n        suspendMember(memberId: $id) {\n          id\n        }\n      }\n    ": typeof types.MailSuspendMemberDocument,
    "\n  mutation MembersAddMember($i: AddMemberInput!) {\n    addMember(input: $i) {\n      existingUser\n      temporaryPassword\n      member {\n        id\n        name\n        email\n        role\n        status\n        emailStatus\n        invitedBy {\n          id\n        }\n      }\n    }\n  }\n": typeof types.MembersAddMemberDocument,
    "\n  mutation MembersUpdateMemberRole($id: ID!, $role: Role!) {\n    updateMemberRole(input: { memberId: $id, role: $role }) {\n      id\n      role\n    }\n  }\n": typeof types.MembersUpdateMemberRoleDocument,
    "\n  mutation MembersRemoveMember($id: ID!) {\n    removeMember(memberId: $id) {\n      id\n      status\n    }\n  }\n": typeof types.MembersRemoveMemberDocument,
    "\n  mutation MembersSuspendMember($id: ID!) {\n    suspendMember(memberId: $id) {\n      id\n      status\n    }\n  }\n": typeof types.MembersSuspendMemberDocument,
    "\n  mutation MembersReactivateMember($id: ID!) {\n    reactivateMember(memberId: $id) {\n      id\n      status\n    }\n  }\n": typeof types.MembersReactivateMemberDocument,
    "\n  mutation MembersTransferOwnership($id: ID!, $pw: String!) {\n    transferOwnership(memberId: $id, currentPassword: $pw) {\n      owner {\n        id\n      }\n    }\n  }\n": typeof types.MembersTransferOwnershipDocument,
    "\n  query MembersViewer {\n    viewer {\n      member {\n        id\n        role\n      }\n    }\n  }\n": typeof types.MembersViewerDocument,
    "\n            mutation MembersLogIn($i: LogInInput!) {\n              logIn(input: $i) {\n                accessToken\n              }\n            }\n          ": typeof types.MembersLogInDocument,
    "\n        query MembersAuditLog {\n          auditLog(first: 5) {\n            totalCount\n            nodes {\n              action\n              targetId\n              data\n              actor {\n                id\n              }\n            }\n          }\n        }\n      ": typeof types.MembersAuditLogDocument,
    "\n            mutation MembersUpdateProfile {\n              updateProfile(name: \"Still Me\") {\n                name\n              }\n            }\n          ": typeof types.MembersUpdateProfileDocument,
    "\n            mutation MembersRenameOrganization {\n              renameOrganization(name: \"Mine\") {\n                name\n              }\n            }\n          ": typeof types.MembersRenameOrganizationDocument,
    "\n            mutation MembersRefreshSession($t: String) {\n              refreshSession(refreshToken: $t) {\n                accessToken\n              }\n            }\n          ": typeof types.MembersRefreshSessionDocument,
    "\n        query MembersMembers {\n          members {\n            totalCount\n          }\n          removed: members(status: REMOVED) {\n            nodes {\n              id\n              name\n            }\n          }\n        }\n      ": typeof types.MembersMembersDocument,
    "\n        mutation MembersLeaveOrganization {\n          leaveOrganization {\n            id\n            status\n          }\n        }\n      ": typeof types.MembersLeaveOrganizationDocument,
    "\n            mutation MembersLeaveOrganization2 {\n              leaveOrganization {\n                id\n              }\n            }\n          ": typeof types.MembersLeaveOrganization2Document,
    "\n        query MembersAuditLog2 {\n          auditLog(first: 1) {\n            nodes {\n              action\n              actor {\n                id\n              }\n              targetId\n            }\n          }\n        }\n      ": typeof types.MembersAuditLog2Document,
    "\n              query MembersMember($id: ID!) {\n                member(id: $id) {\n                  id\n                }\n              }\n            ": typeof types.MembersMemberDocument,
    "\n        query MembersMembers3 {\n          members(first: 200) {\n            nodes {\n              organization {\n                id\n                owner {\n                  organization {\n                    id\n                  }\n                }\n              }\n              invitedBy {\n                organization {\n                  id\n                }\n              }\n            }\n          }\n        }\n      ": typeof types.MembersMembers3Document,
    "\n      query MembersMembers2 {\n        members {\n          nodes {\n            id\n            name\n            role\n            status\n            email\n            lastActiveAt\n            invitedBy {\n              id\n            }\n          }\n        }\n      }\n    ": typeof types.MembersMembers2Document,
    "\n            query MembersMembers4($a: String) {\n              members(first: 3, after: $a) {\n                totalCount\n                pageInfo {\n                  endCursor\n                  hasNextPage\n                }\n                nodes {\n                  id\n                }\n              }\n            }\n          ": typeof types.MembersMembers4Document,
    "\n        query MembersMembers5 {\n          members(role: GUEST) {\n            totalCount\n          }\n        }\n      ": typeof types.MembersMembers5Document,
    "\n        query MembersMembers6 {\n          members(search: \"person 4\") {\n            nodes {\n              name\n            }\n          }\n        }\n      ": typeof types.MembersMembers6Document,
    "\n        query MembersMembers7 {\n          members(search: \"%\") {\n            totalCount\n          }\n        }\n      ": typeof types.MembersMembers7Document,
    "\n            query MembersMembers8 {\n              members(first: 100000) {\n                totalCount\n              }\n            }\n          ": typeof types.MembersMembers8Document,
    "\n            query MembersMembers9 {\n              members(first: 0) {\n                totalCount\n              }\n            }\n          ": typeof types.MembersMembers9Document,
    "\n            query MembersMembers10 {\n              members(after: \"garbage\") {\n                totalCount\n              }\n            }\n          ": typeof types.MembersMembers10Document,
    "\n      query MembersSpaPage($first: Int!, $after: String) {\n        members(first: $first, after: $after) {\n          nodes {\n            id\n            name\n            email\n            role\n            status\n            joinedAt\n            lastActiveAt\n            emailStatus\n            emailError\n            mfaEnabled\n            temporaryPasswordExpiresAt\n            invitedBy {\n              id\n              name\n            }\n            allowance {\n              monthlyLimit\n              usedThisMonth\n              remaining\n            }\n          }\n          pageInfo {\n            endCursor\n            hasNextPage\n          }\n          totalCount\n        }\n      }\n    ": typeof types.MembersSpaPageDocument,
    "\n            mutation MembersSetMemberAllowance($m: ID!) {\n              setMemberAllowance(memberId: $m, monthlyLimit: \"25\") {\n                id\n              }\n            }\n          ": typeof types.MembersSetMemberAllowanceDocument,
    "\n      query MembersMembers11($f: Int) {\n        members(first: $f) {\n          nodes {\n            id\n            name\n            email\n            emailError\n            invitedBy {\n              name\n            }\n            organization {\n              name\n              owner {\n                name\n              }\n              memberCount\n            }\n            allowance {\n              remaining\n            }\n          }\n        }\n      }\n    ": typeof types.MembersMembers11Document,
    "\n  mutation MetricsLogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      accessToken\n    }\n  }\n": typeof types.MetricsLogInDocument,
    "\n  mutation MetricsAddMember($input: AddMemberInput!) {\n    addMember(input: $input) {\n      member {\n        id\n      }\n    }\n  }\n": typeof types.MetricsAddMemberDocument,
    "\n  mutation NodesSignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      accessToken\n      refreshToken\n      organization {\n        id\n      }\n    }\n  }\n": typeof types.NodesSignUpDocument,
    "\n  mutation NodesLogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      accessToken\n    }\n  }\n": typeof types.NodesLogInDocument,
    "\n  query NodesViewer {\n    viewer {\n      user {\n        email\n      }\n    }\n  }\n": typeof types.NodesViewerDocument,
    "\n  mutation NodesRefresh($t: String) {\n    refreshSession(refreshToken: $t) {\n      accessToken\n    }\n  }\n": typeof types.NodesRefreshDocument,
    "\n  mutation NodesTopUp($amount: Credits!, $k: String!) {\n    addCredits(input: { amount: $amount, idempotencyKey: $k }) {\n      id\n    }\n  }\n": typeof types.NodesTopUpDocument,
    "\n  mutation NodesSpend($k: String!) {\n    recordUsage(input: { operation: \"chat\", credits: \"0.5\", idempotencyKey: $k }) {\n      id\n    }\n  }\n": typeof types.NodesSpendDocument,
    "\n  mutation NodesAddMember($e: String!) {\n    addMember(input: { name: \"Node Invitee\", email: $e, temporaryPassword: \"copper-meadow-falcon-31\" }) {\n      member {\n        id\n      }\n    }\n  }\n": typeof types.NodesAddMemberDocument,
    "\n  query RlOrg {\n    organization {\n      id\n      name\n    }\n  }\n": typeof types.RlOrgDocument,
    "\n  query RlMembers {\n    members(first: 10) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n": typeof types.RlMembersDocument,
    "\n  mutation RlLogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      accessToken\n    }\n  }\n": typeof types.RlLogInDocument,
    "\n  mutation RlLogOut {\n    logOut\n  }\n": typeof types.RlLogOutDocument,
    "\n  mutation RlRevokeKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n    }\n  }\n": typeof types.RlRevokeKeyDocument,
    "\n  mutation RlCreateKey($name: String!) {\n    createApiKey(name: $name) {\n      secret\n      apiKey {\n        id\n      }\n    }\n  }\n": typeof types.RlCreateKeyDocument,
    "\n  query RlKeys {\n    apiKeys {\n      id\n      name\n      rateLimit {\n        used\n        limit\n        resetAt\n      }\n    }\n  }\n": typeof types.RlKeysDocument,
    "\n  subscription RlUsage {\n    usageRecorded {\n      id\n    }\n  }\n": typeof types.RlUsageDocument,
    "\n  query ResourcesResources($kind: ResourceKind) {\n    resources(kind: $kind) {\n      id\n      kind\n      name\n      createdAt\n      deletedAt\n      createdBy {\n        id\n        name\n        status\n      }\n    }\n  }\n": typeof types.ResourcesResourcesDocument,
    "\n  mutation ResourcesCreateResource($i: CreateResourceInput!) {\n    createResource(input: $i) {\n      id\n      kind\n      name\n      createdBy {\n        id\n      }\n    }\n  }\n": typeof types.ResourcesCreateResourceDocument,
    "\n  mutation ResourcesRenameResource($id: ID!, $name: String!) {\n    renameResource(id: $id, name: $name) {\n      id\n      name\n    }\n  }\n": typeof types.ResourcesRenameResourceDocument,
    "\n  mutation ResourcesDeleteResource($id: ID!) {\n    deleteResource(id: $id)\n  }\n": typeof types.ResourcesDeleteResourceDocument,
    "\n      query ResourcesAuditLog {\n        auditLog {\n          nodes {\n            action\n            targetId\n            actor {\n              id\n            }\n            data\n          }\n        }\n      }\n    ": typeof types.ResourcesAuditLogDocument,
    "\n      mutation ResourcesRemoveMember($id: ID!) {\n        removeMember(memberId: $id) {\n          status\n        }\n      }\n    ": typeof types.ResourcesRemoveMemberDocument,
    "\n      query ResourcesUsageRecords {\n        usageRecords {\n          nodes {\n            member {\n              name\n              status\n            }\n            resource {\n              id\n              name\n              deletedAt\n              createdBy {\n                name\n              }\n            }\n          }\n        }\n      }\n    ": typeof types.ResourcesUsageRecordsDocument,
    "\n  mutation SdkCreateApiKey($name: String!) {\n    createApiKey(name: $name) {\n      secret\n      apiKey {\n        id\n      }\n    }\n  }\n": typeof types.SdkCreateApiKeyDocument,
    "\n  mutation SdkRevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n      revokedAt\n    }\n  }\n": typeof types.SdkRevokeApiKeyDocument,
    "\n      mutation SdkAddCredits($i: AddCreditsInput!) {\n        addCredits(input: $i) {\n          id\n        }\n      }\n    ": typeof types.SdkAddCreditsDocument,
    "\n      query SdkResources {\n        resources {\n          id\n        }\n      }\n    ": typeof types.SdkResourcesDocument,
    "\n      mutation SdkCreateResource {\n        createResource(input: { kind: AGENT, name: \"support bot\" }) {\n          id\n        }\n      }\n    ": typeof types.SdkCreateResourceDocument,
    "\n      query SdkOrganizationId {\n        organization {\n          id\n        }\n      }\n    ": typeof types.SdkOrganizationIdDocument,
    "\n          query SdkOrganizationName {\n            organization {\n              name\n            }\n          }\n        ": typeof types.SdkOrganizationNameDocument,
    "\n    mutation SdkAddCreditsIdempotent($i: AddCreditsInput!) {\n      addCredits(input: $i) {\n        id\n        amount\n      }\n    }\n  ": typeof types.SdkAddCreditsIdempotentDocument,
    "\n    mutation SdkLogIn($i: LogInInput!) {\n      logIn(input: $i) {\n        accessToken\n      }\n    }\n  ": typeof types.SdkLogInDocument,
    "\n        mutation SdkSetAllowance($m: ID!, $l: Credits) {\n          setMemberAllowance(memberId: $m, monthlyLimit: $l) {\n            id\n          }\n        }\n      ": typeof types.SdkSetAllowanceDocument,
    "\n      query SmokeViewer {\n        viewer {\n          user {\n            name\n            email\n          }\n          member {\n            role\n          }\n          organization {\n            name\n            memberCount\n            owner {\n              name\n            }\n          }\n          permissions\n        }\n      }\n    ": typeof types.SmokeViewerDocument,
    "\n      query SmokeMembers {\n        members {\n          totalCount\n          nodes {\n            name\n            email\n            role\n          }\n        }\n      }\n    ": typeof types.SmokeMembersDocument,
    "\n      mutation SmokeAddMember {\n        addMember(input: { name: \"x\", email: \"x@y.z\", temporaryPassword: \"abc\" }) {\n          existingUser\n        }\n      }\n    ": typeof types.SmokeAddMemberDocument,
    "\n        query SpendCreditTransactions {\n          creditTransactions(first: 1) {\n            nodes {\n              kind\n              amount\n              balanceAfter\n            }\n          }\n        }\n      ": typeof types.SpendCreditTransactionsDocument,
    "\n        mutation SpendCreateResource {\n          createResource(input: { kind: AGENT, name: \"Agent\" }) {\n            id\n          }\n        }\n      ": typeof types.SpendCreateResourceDocument,
    "\n        mutation SpendCreateResource2 {\n          createResource(input: { kind: INSTANCE, name: \"Theirs\" }) {\n            id\n          }\n        }\n      ": typeof types.SpendCreateResource2Document,
    "\n        mutation SpendCreateResource3 {\n          createResource(input: { kind: INSTANCE, name: \"Mine\" }) {\n            id\n          }\n        }\n      ": typeof types.SpendCreateResource3Document,
    "\n        mutation SpendDeleteResource($id: ID!) {\n          deleteResource(id: $id)\n        }\n      ": typeof types.SpendDeleteResourceDocument,
    "mutation SignUp($input: SignUpInput!) { signUp(input: $input) { accessToken } }": typeof types.SignUpDocument,
    "mutation AddMember($input: AddMemberInput!) { addMember(input: $input) { member { id } } }": typeof types.AddMemberDocument,
    "\n  subscription LiveUsage {\n    usageRecorded {\n      id\n      operation\n      credits\n      member {\n        id\n      }\n    }\n  }\n": typeof types.LiveUsageDocument,
    "\n  subscription LiveBalance {\n    balanceChanged {\n      balance\n      isLow\n    }\n  }\n": typeof types.LiveBalanceDocument,
    "\n  mutation LiveRemove($id: ID!) {\n    removeMember(memberId: $id) {\n      id\n    }\n  }\n": typeof types.LiveRemoveDocument,
    "\n  mutation LiveSuspend($id: ID!) {\n    suspendMember(memberId: $id) {\n      id\n    }\n  }\n": typeof types.LiveSuspendDocument,
    "\n  mutation LiveCreateKey($name: String!) {\n    createApiKey(name: $name) {\n      secret\n      apiKey {\n        id\n      }\n    }\n  }\n": typeof types.LiveCreateKeyDocument,
    "\n  mutation LiveRevokeKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n    }\n  }\n": typeof types.LiveRevokeKeyDocument,
    "\n  query LiveViewer {\n    organization {\n      id\n    }\n  }\n": typeof types.LiveViewerDocument,
    "\n  query TeamRemovalImpact($id: ID!) {\n    member(id: $id) {\n      id\n      removalImpact {\n        resourcesCreated\n        apiKeysRevoked\n        activeSessions\n        creditsUsedThisMonth\n      }\n    }\n  }\n": typeof types.TeamRemovalImpactDocument,
    "\n  query TeamRemovalImpactPage($f: Int) {\n    members(first: $f) {\n      nodes {\n        id\n        removalImpact {\n          resourcesCreated\n          apiKeysRevoked\n          activeSessions\n          creditsUsedThisMonth\n        }\n      }\n    }\n  }\n": typeof types.TeamRemovalImpactPageDocument,
    "\n  mutation TeamCreateApiKey($n: String!) {\n    createApiKey(name: $n) {\n      secret\n      apiKey {\n        id\n      }\n    }\n  }\n": typeof types.TeamCreateApiKeyDocument,
    "\n  mutation TeamRevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n    }\n  }\n": typeof types.TeamRevokeApiKeyDocument,
    "\n  mutation TeamCreateResource($n: String!) {\n    createResource(input: { kind: AGENT, name: $n }) {\n      id\n    }\n  }\n": typeof types.TeamCreateResourceDocument,
    "\n  mutation TeamRemoveMember($id: ID!) {\n    removeMember(memberId: $id) {\n      id\n      status\n      removalImpact {\n        resourcesCreated\n        apiKeysRevoked\n        activeSessions\n        creditsUsedThisMonth\n      }\n    }\n  }\n": typeof types.TeamRemoveMemberDocument,
    "\n  query TeamAuditLog {\n    auditLog(first: 5) {\n      nodes {\n        action\n        targetId\n        data\n      }\n    }\n  }\n": typeof types.TeamAuditLogDocument,
    "\n  mutation TeamReviewEmailSetWeekly($on: Boolean!) {\n    setWeeklyAccessReviewEmail(enabled: $on) {\n      id\n    }\n  }\n": typeof types.TeamReviewEmailSetWeeklyDocument,
    "\n  query TeamAccessReview($days: Int) {\n    accessReview(inactiveDays: $days) {\n      inactiveDays\n      inactiveSince\n      inactiveMembers {\n        id\n        name\n        lastActiveAt\n      }\n      temporaryPasswordNotChanged {\n        id\n      }\n      adminsWithoutMfa {\n        id\n        role\n      }\n      unusedApiKeys {\n        id\n        name\n        member {\n          id\n        }\n      }\n    }\n  }\n": typeof types.TeamAccessReviewDocument,
    "\n  mutation TeamSuspendMembers($ids: [ID!]!) {\n    suspendMembers(memberIds: $ids) {\n      id\n      status\n    }\n  }\n": typeof types.TeamSuspendMembersDocument,
    "\n  mutation TeamRevokeApiKeys($ids: [ID!]!) {\n    revokeApiKeys(ids: $ids) {\n      id\n      revokedAt\n    }\n  }\n": typeof types.TeamRevokeApiKeysDocument,
    "\n  mutation TeamReviewCreateKey($n: String!) {\n    createApiKey(name: $n) {\n      secret\n      apiKey {\n        id\n      }\n    }\n  }\n": typeof types.TeamReviewCreateKeyDocument,
    "\n  mutation TeamReviewAdd($input: AddMemberInput!) {\n    addMember(input: $input) {\n      member {\n        id\n      }\n    }\n  }\n": typeof types.TeamReviewAddDocument,
    "\n  mutation TeamSetWeeklyReview($on: Boolean!) {\n    setWeeklyAccessReviewEmail(enabled: $on) {\n      id\n      weeklyAccessReviewEmail\n    }\n  }\n": typeof types.TeamSetWeeklyReviewDocument,
    "\n  query TeamReviewOrg {\n    organization {\n      weeklyAccessReviewEmail\n    }\n  }\n": typeof types.TeamReviewOrgDocument,
    "\n  mutation TeamReviewWebhook($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) {\n      endpoint {\n        id\n      }\n    }\n  }\n": typeof types.TeamReviewWebhookDocument,
    "\n  query TeamRunway {\n    organization {\n      creditBalance {\n        balance\n        runway {\n          burnPerDay\n          basisDays\n          days\n        }\n      }\n    }\n  }\n": typeof types.TeamRunwayDocument,
    "\n  query TeamViewerRunway {\n    viewer {\n      organization {\n        creditBalance {\n          runway {\n            burnPerDay\n            basisDays\n            days\n          }\n        }\n      }\n    }\n  }\n": typeof types.TeamViewerRunwayDocument,
    "\n  query UsageKeysSummary($from: DateTime!, $to: DateTime!, $g: UsageGroupBy!) {\n    usageSummary(from: $from, to: $to, groupBy: $g) {\n      key\n      label\n      credits\n      count\n    }\n  }\n": typeof types.UsageKeysSummaryDocument,
    "\n  mutation UsageKeysCreateKey($n: String!) {\n    createApiKey(name: $n) {\n      apiKey {\n        id\n        prefix\n      }\n      secret\n    }\n  }\n": typeof types.UsageKeysCreateKeyDocument,
    "\n  mutation UsageKeysRevokeKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n      revokedAt\n    }\n  }\n": typeof types.UsageKeysRevokeKeyDocument,
    "\n  query PartitionsUsageSummary($from: DateTime!, $to: DateTime!, $g: UsageGroupBy!) {\n    usageSummary(from: $from, to: $to, groupBy: $g) {\n      key\n      credits\n      count\n    }\n  }\n": typeof types.PartitionsUsageSummaryDocument,
    "\n  query PartitionsUsageCount($from: DateTime, $to: DateTime) {\n    usageRecords(from: $from, to: $to, first: 1) {\n      totalCount\n    }\n  }\n": typeof types.PartitionsUsageCountDocument,
    "\n            mutation UsageScaleCreateResource($n: String!) {\n              createResource(input: { kind: AGENT, name: $n }) {\n                id\n              }\n            }\n          ": typeof types.UsageScaleCreateResourceDocument,
    "\n  query UsageScaleUsageSummary($from: DateTime!, $to: DateTime!, $g: UsageGroupBy!) {\n    usageSummary(from: $from, to: $to, groupBy: $g) {\n      key\n      credits\n      count\n    }\n  }\n": typeof types.UsageScaleUsageSummaryDocument,
    "\n        query UsageScaleUsageRecords($from: DateTime, $to: DateTime) {\n          usageRecords(from: $from, to: $to, first: 50) {\n            totalCount\n            nodes {\n              id\n            }\n            pageInfo {\n              hasNextPage\n            }\n          }\n        }\n      ": typeof types.UsageScaleUsageRecordsDocument,
    "\n        query UsageScaleUsageRecords2 {\n          usageRecords(first: 1) {\n            totalCount\n          }\n        }\n      ": typeof types.UsageScaleUsageRecords2Document,
    "\n        query UsageScaleCreditTransactions {\n          creditTransactions(first: 5) {\n            totalCount\n            nodes {\n              kind\n            }\n          }\n        }\n      ": typeof types.UsageScaleCreditTransactionsDocument,
    "\n  query UsageUsageRecords($from: DateTime, $to: DateTime, $memberId: ID, $resourceId: ID, $first: Int, $after: String) {\n    usageRecords(from: $from, to: $to, memberId: $memberId, resourceId: $resourceId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        operation\n        credits\n        createdAt\n        member {\n          id\n          name\n        }\n        resource {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.UsageUsageRecordsDocument,
    "\n  query UsageUsageSummary($from: DateTime!, $to: DateTime!, $g: UsageGroupBy!) {\n    usageSummary(from: $from, to: $to, groupBy: $g) {\n      key\n      label\n      credits\n      count\n    }\n  }\n": typeof types.UsageUsageSummaryDocument,
    "\n        mutation UsageCreateResource {\n          createResource(input: { kind: AGENT, name: \"Support bot\" }) {\n            id\n          }\n        }\n      ": typeof types.UsageCreateResourceDocument,
    "\n        mutation UsageCreateResource2 {\n          createResource(input: { kind: INSTANCE, name: \"gpu-1\" }) {\n            id\n          }\n        }\n      ": typeof types.UsageCreateResource2Document,
    "\n      mutation UsageCreateApiKey {\n        createApiKey(name: \"ci\") {\n          secret\n        }\n      }\n    ": typeof types.UsageCreateApiKeyDocument,
    "\n          mutation UsageCreateResource3 {\n            createResource(input: { kind: AGENT, name: \"x\" }) {\n              id\n            }\n          }\n        ": typeof types.UsageCreateResource3Document,
    "\n        mutation UsageDeleteResource($id: ID!) {\n          deleteResource(id: $id)\n        }\n      ": typeof types.UsageDeleteResourceDocument,
    "\n  mutation WhCreate($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) {\n      secret\n      endpoint {\n        id\n        url\n        events\n        enabled\n        createdAt\n      }\n    }\n  }\n": typeof types.WhCreateDocument,
    "\n  query WhEndpoints {\n    webhookEndpoints {\n      id\n      url\n      enabled\n      events\n    }\n  }\n": typeof types.WhEndpointsDocument,
    "\n  query WhDeliveries($endpointId: ID!) {\n    webhookDeliveries(endpointId: $endpointId) {\n      totalCount\n      nodes {\n        id\n        eventType\n        status\n        attempts\n        responseStatus\n        createdAt\n        deliveredAt\n      }\n    }\n  }\n": typeof types.WhDeliveriesDocument,
    "\n  mutation WhDelete($id: ID!) {\n    deleteWebhookEndpoint(id: $id)\n  }\n": typeof types.WhDeleteDocument,
    "\n  mutation WhRotate($id: ID!) {\n    rotateWebhookSecret(id: $id) {\n      secret\n      endpoint {\n        id\n      }\n    }\n  }\n": typeof types.WhRotateDocument,
    "\n  mutation WhSendTest($endpointId: ID!) {\n    sendTestWebhook(endpointId: $endpointId) {\n      id\n      eventType\n      status\n      attempts\n    }\n  }\n": typeof types.WhSendTestDocument,
    "\n  mutation WhRedeliver($deliveryId: ID!) {\n    redeliverWebhook(deliveryId: $deliveryId) {\n      id\n      status\n      attempts\n    }\n  }\n": typeof types.WhRedeliverDocument,
    "\n  mutation WhCreateKey($name: String!) {\n    createApiKey(name: $name) {\n      secret\n      apiKey {\n        id\n      }\n    }\n  }\n": typeof types.WhCreateKeyDocument,
    "\n  mutation WhRevokeKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n    }\n  }\n": typeof types.WhRevokeKeyDocument,
    "\n  mutation WhAddMember($input: AddMemberInput!) {\n    addMember(input: $input) {\n      member {\n        id\n      }\n    }\n  }\n": typeof types.WhAddMemberDocument,
    "\n    mutation WhRole($input: UpdateMemberRoleInput!) {\n      updateMemberRole(input: $input) {\n        id\n      }\n    }\n  ": typeof types.WhRoleDocument,
    "\n    mutation WhSuspend($id: ID!) {\n      suspendMember(memberId: $id) {\n        id\n      }\n    }\n  ": typeof types.WhSuspendDocument,
    "\n    mutation WhReactivate($id: ID!) {\n      reactivateMember(memberId: $id) {\n        id\n      }\n    }\n  ": typeof types.WhReactivateDocument,
    "\n    mutation WhRemove($id: ID!) {\n      removeMember(memberId: $id) {\n        id\n      }\n    }\n  ": typeof types.WhRemoveDocument,
    "\n    mutation WhTransfer($id: ID!, $password: String!) {\n      transferOwnership(memberId: $id, currentPassword: $password) {\n        id\n      }\n    }\n  ": typeof types.WhTransferDocument,
    "\n    mutation WhThreshold($threshold: Credits) {\n      setLowBalanceThreshold(threshold: $threshold) {\n        balance\n      }\n    }\n  ": typeof types.WhThresholdDocument,
};
const documents: Documents = {
    "\n          mutation AbuseRenameOrganization {\n            renameOrganization(name: \"Boom\") {\n              name\n            }\n          }\n        ": types.AbuseRenameOrganizationDocument,
    "\n    query IntrospectionQuery {\n      __schema {\n        queryType {\n          name\n        }\n        types {\n          ...FullType\n        }\n      }\n    }\n    fragment FullType on __Type {\n      kind\n      name\n      fields(includeDeprecated: true) {\n        name\n        args {\n          ...InputValue\n        }\n        type {\n          ...TypeRef\n        }\n      }\n      inputFields {\n        ...InputValue\n      }\n    }\n    fragment InputValue on __InputValue {\n      name\n      type {\n        ...TypeRef\n      }\n      defaultValue\n    }\n    fragment TypeRef on __Type {\n      kind\n      name\n      ofType {\n        kind\n        name\n        ofType {\n          kind\n          name\n          ofType {\n            kind\n            name\n            ofType {\n              kind\n              name\n              ofType {\n                kind\n                name\n                ofType {\n                  kind\n                  name\n                  ofType {\n                    kind\n                    name\n                  }\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  ": types.IntrospectionQueryDocument,
    "\n          query AbuseSchema {\n            __schema {\n              queryType {\n                name\n              }\n            }\n          }\n        ": types.AbuseSchemaDocument,
    "\n          query AbuseQuery {\n            ...F\n          }\n          fragment F on Query {\n            __type(name: \"Member\") {\n              name\n            }\n          }\n        ": types.AbuseQueryDocument,
    "\n  mutation AllowancesSetMemberAllowance($m: ID!, $l: Credits) {\n    setMemberAllowance(memberId: $m, monthlyLimit: $l) {\n      id\n      allowance {\n        monthlyLimit\n        usedThisMonth\n        remaining\n      }\n    }\n  }\n": types.AllowancesSetMemberAllowanceDocument,
    "\n  query AllowancesMembers {\n    members {\n      nodes {\n        id\n        allowance {\n          monthlyLimit\n          usedThisMonth\n          remaining\n        }\n      }\n    }\n  }\n": types.AllowancesMembersDocument,
    "\n  mutation AllowancesSpendBatchWithReasons($i: [RecordUsageInput!]!) {\n    recordUsageBatch(inputs: $i) {\n      charged\n      refused\n      items {\n        index\n        ok\n        replayed\n        record {\n          id\n          credits\n        }\n        error {\n          code\n          reason\n        }\n      }\n    }\n  }\n": types.AllowancesSpendBatchWithReasonsDocument,
    "\n        query AllowancesAuditLog {\n          auditLog {\n            nodes {\n              action\n              actor {\n                id\n              }\n              targetId\n              data\n            }\n          }\n        }\n      ": types.AllowancesAuditLogDocument,
    "\n        query AllowancesMember($id: ID!) {\n          member(id: $id) {\n            allowance {\n              remaining\n            }\n          }\n        }\n      ": types.AllowancesMemberDocument,
    "\n  mutation ApiKeysCreateApiKey($name: String!) {\n    createApiKey(name: $name) {\n      secret\n      apiKey {\n        id\n        name\n        prefix\n        createdAt\n        lastUsedAt\n        revokedAt\n        member {\n          id\n        }\n      }\n    }\n  }\n": types.ApiKeysCreateApiKeyDocument,
    "\n  query ApiKeysApiKeys($all: Boolean) {\n    apiKeys(includeRevoked: $all) {\n      id\n      name\n      prefix\n      revokedAt\n      member {\n        id\n      }\n    }\n  }\n": types.ApiKeysApiKeysDocument,
    "\n  mutation ApiKeysRevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n      revokedAt\n    }\n  }\n": types.ApiKeysRevokeApiKeyDocument,
    "\n  query ApiKeysViewer {\n    viewer {\n      member {\n        id\n        role\n      }\n      organization {\n        id\n      }\n    }\n  }\n": types.ApiKeysViewerDocument,
    "\n      query ApiKeysAuditLog {\n        auditLog {\n          nodes {\n            action\n            actor {\n              id\n            }\n            data\n          }\n        }\n      }\n    ": types.ApiKeysAuditLogDocument,
    "\n          query ApiKeysCreditTransactions {\n            creditTransactions {\n              totalCount\n            }\n          }\n        ": types.ApiKeysCreditTransactionsDocument,
    "\n      mutation ApiKeysUpdateMemberRole($id: ID!) {\n        updateMemberRole(input: { memberId: $id, role: ADMIN }) {\n          role\n        }\n      }\n    ": types.ApiKeysUpdateMemberRoleDocument,
    "\n      mutation ApiKeysUpdateMemberRole2($id: ID!) {\n        updateMemberRole(input: { memberId: $id, role: GUEST }) {\n          role\n        }\n      }\n    ": types.ApiKeysUpdateMemberRole2Document,
    "\n      mutation ApiKeysSuspendMember($id: ID!) {\n        suspendMember(memberId: $id) {\n          status\n        }\n      }\n    ": types.ApiKeysSuspendMemberDocument,
    "\n      mutation ApiKeysReactivateMember($id: ID!) {\n        reactivateMember(memberId: $id) {\n          status\n        }\n      }\n    ": types.ApiKeysReactivateMemberDocument,
    "\n      mutation ApiKeysRemoveMember($id: ID!) {\n        removeMember(memberId: $id) {\n          status\n        }\n      }\n    ": types.ApiKeysRemoveMemberDocument,
    "\n      query ApiKeysAuditLog2 {\n        auditLog {\n          nodes {\n            action\n            actor {\n              id\n            }\n            targetId\n          }\n        }\n      }\n    ": types.ApiKeysAuditLog2Document,
    "\n      mutation ApiKeysAddMember($i: AddMemberInput!) {\n        addMember(input: $i) {\n          member {\n            id\n          }\n        }\n      }\n    ": types.ApiKeysAddMemberDocument,
    "\n        mutation ApiKeysRefusedSwitch($id: ID!) {\n          switchOrganization(organizationId: $id) {\n            accessToken\n          }\n        }\n      ": types.ApiKeysRefusedSwitchDocument,
    "\n        mutation ApiKeysRefusedRevokeOtherSessions {\n          revokeOtherSessions\n        }\n      ": types.ApiKeysRefusedRevokeOtherSessionsDocument,
    "\n        query ApiKeysRefusedSessions {\n          sessions {\n            id\n          }\n        }\n      ": types.ApiKeysRefusedSessionsDocument,
    "\n        mutation ApiKeysRefusedUpdateProfile {\n          updateProfile(name: \"Bot\") {\n            name\n          }\n        }\n      ": types.ApiKeysRefusedUpdateProfileDocument,
    "\n        mutation ApiKeysRefusedLeave {\n          leaveOrganization {\n            id\n          }\n        }\n      ": types.ApiKeysRefusedLeaveDocument,
    "\n        mutation ApiKeysRefusedChangePassword {\n          changePassword(input: { currentPassword: \"violet-harbor-lantern-92\", newPassword: \"quiet-ember-compass-57\" }) {\n            accessToken\n          }\n        }\n      ": types.ApiKeysRefusedChangePasswordDocument,
    "\n        mutation ApiKeysRefusedCreateApiKey($n: String!) {\n          createApiKey(name: $n) {\n            secret\n          }\n        }\n      ": types.ApiKeysRefusedCreateApiKeyDocument,
    "\n      query ApiKeysViewer2 {\n        viewer {\n          user {\n            name\n          }\n        }\n      }\n    ": types.ApiKeysViewer2Document,
    "\n          query ApiKeysViewer3 {\n            viewer {\n              member {\n                id\n              }\n            }\n          }\n        ": types.ApiKeysViewer3Document,
    "\n  query AuditLogFiltered($first: Int, $after: String, $actorId: ID, $actions: [String!], $targetId: ID, $from: DateTime, $to: DateTime) {\n    auditLog(first: $first, after: $after, actorId: $actorId, actions: $actions, targetId: $targetId, from: $from, to: $to) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        action\n        targetId\n        data\n        createdAt\n        actor {\n          id\n        }\n      }\n    }\n  }\n": types.AuditLogFilteredDocument,
    "\n  query AuditLogNoTotal($first: Int, $actions: [String!]) {\n    auditLog(first: $first, actions: $actions) {\n      nodes {\n        id\n      }\n    }\n  }\n": types.AuditLogNoTotalDocument,
    "\n  query AuditActionsList {\n    auditActions\n  }\n": types.AuditActionsListDocument,
    "\n  mutation AuditChangeRole($input: UpdateMemberRoleInput!) {\n    updateMemberRole(input: $input) {\n      id\n      role\n    }\n  }\n": types.AuditChangeRoleDocument,
    "\n  query AuditScalePage($first: Int, $after: String, $actorId: ID, $actions: [String!], $targetId: ID, $from: DateTime, $to: DateTime) {\n    auditLog(first: $first, after: $after, actorId: $actorId, actions: $actions, targetId: $targetId, from: $from, to: $to) {\n      nodes {\n        id\n      }\n      pageInfo {\n        endCursor\n      }\n    }\n  }\n": types.AuditScalePageDocument,
    "\n  mutation AuthSignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      accessToken\n      refreshToken\n      user {\n        id\n        email\n        mustChangePassword\n      }\n      member {\n        role\n      }\n      organization {\n        name\n      }\n    }\n  }\n": types.AuthSignUpDocument,
    "\n  mutation AuthLogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      accessToken\n      refreshToken\n      organization {\n        id\n      }\n    }\n  }\n": types.AuthLogInDocument,
    "\n  mutation AuthRefreshSession($t: String) {\n    refreshSession(refreshToken: $t) {\n      accessToken\n      refreshToken\n    }\n  }\n": types.AuthRefreshSessionDocument,
    "\n  query AuthViewer {\n    viewer {\n      user {\n        id\n        email\n      }\n      member {\n        id\n        role\n      }\n      organization {\n        id\n      }\n    }\n  }\n": types.AuthViewerDocument,
    "\n            mutation AuthLogOut {\n              logOut\n            }\n          ": types.AuthLogOutDocument,
    "\n        mutation AuthChangePassword($i: ChangePasswordInput!) {\n          changePassword(input: $i) {\n            accessToken\n            refreshToken\n          }\n        }\n      ": types.AuthChangePasswordDocument,
    "\n      mutation AuthChangePassword2($i: ChangePasswordInput!) {\n        changePassword(input: $i) {\n          accessToken\n        }\n      }\n    ": types.AuthChangePassword2Document,
    "\n        mutation AuthAddMember($i: AddMemberInput!) {\n          addMember(input: $i) {\n            member {\n              id\n            }\n          }\n        }\n      ": types.AuthAddMemberDocument,
    "\n        query AuthViewer2 {\n          viewer {\n            user {\n              mustChangePassword\n            }\n          }\n        }\n      ": types.AuthViewer2Document,
    "\n        query AuthBlockedOrganization {\n          organization {\n            name\n          }\n        }\n      ": types.AuthBlockedOrganizationDocument,
    "\n        query AuthBlockedMembers {\n          members {\n            totalCount\n          }\n        }\n      ": types.AuthBlockedMembersDocument,
    "\n        mutation AuthBlockedUpdateProfile {\n          updateProfile(name: \"T\") {\n            name\n          }\n        }\n      ": types.AuthBlockedUpdateProfileDocument,
    "\n        mutation AuthChangePassword3($i: ChangePasswordInput!) {\n          changePassword(input: $i) {\n            accessToken\n            user {\n              mustChangePassword\n            }\n          }\n        }\n      ": types.AuthChangePassword3Document,
    "\n        query AuthOrganization {\n          organization {\n            name\n          }\n        }\n      ": types.AuthOrganizationDocument,
    "\n        mutation AuthAddMember2($i: AddMemberInput!) {\n          addMember(input: $i) {\n            existingUser\n            temporaryPassword\n            member {\n              id\n            }\n          }\n        }\n      ": types.AuthAddMember2Document,
    "\n        query AuthViewer3 {\n          viewer {\n            organizations {\n              name\n            }\n          }\n        }\n      ": types.AuthViewer3Document,
    "\n        mutation AuthSwitchOrganization($id: ID!) {\n          switchOrganization(organizationId: $id) {\n            accessToken\n            member {\n              role\n            }\n            organization {\n              name\n            }\n          }\n        }\n      ": types.AuthSwitchOrganizationDocument,
    "\n        mutation AuthSwitchOrganization2($id: ID!) {\n          switchOrganization(organizationId: $id) {\n            accessToken\n          }\n        }\n      ": types.AuthSwitchOrganization2Document,
    "\n            mutation AuthUpdateProfile {\n              updateProfile(name: \"  New   Name \") {\n                name\n              }\n            }\n          ": types.AuthUpdateProfileDocument,
    "\n            mutation AuthRenameOrganization {\n              renameOrganization(name: \"X\") {\n                name\n              }\n            }\n          ": types.AuthRenameOrganizationDocument,
    "\n            mutation AuthRenameOrganization2 {\n              renameOrganization(name: \"Renamed\") {\n                name\n              }\n            }\n          ": types.AuthRenameOrganization2Document,
    "\n        query AuthAuditLog {\n          auditLog {\n            nodes {\n              action\n              data\n              actor {\n                id\n              }\n            }\n          }\n        }\n      ": types.AuthAuditLogDocument,
    "\n          query AuthSessions {\n            sessions {\n              id\n              current\n              organization {\n                id\n              }\n            }\n          }\n        ": types.AuthSessionsDocument,
    "\n            mutation AuthRevokeSession($id: ID!) {\n              revokeSession(id: $id)\n            }\n          ": types.AuthRevokeSessionDocument,
    "\n          query AuthSessions2 {\n            sessions {\n              id\n            }\n          }\n        ": types.AuthSessions2Document,
    "\n            mutation AuthRevokeOtherSessions {\n              revokeOtherSessions\n            }\n          ": types.AuthRevokeOtherSessionsDocument,
    "\n  mutation AuthzAllowanceSet($m: ID!, $l: Credits) {\n    setMemberAllowance(memberId: $m, monthlyLimit: $l) {\n      id\n      allowance {\n        monthlyLimit\n      }\n    }\n  }\n": types.AuthzAllowanceSetDocument,
    "\n      mutation AuthzAllowanceDemote($id: ID!) {\n        updateMemberRole(input: { memberId: $id, role: MEMBER }) {\n          role\n        }\n      }\n    ": types.AuthzAllowanceDemoteDocument,
    "\n      mutation AuthzAllowanceRemove($id: ID!) {\n        removeMember(memberId: $id) {\n          status\n        }\n      }\n    ": types.AuthzAllowanceRemoveDocument,
    "\n  mutation AuthzKeysCreateApiKey($name: String!) {\n    createApiKey(name: $name) {\n      secret\n      apiKey {\n        id\n      }\n    }\n  }\n": types.AuthzKeysCreateApiKeyDocument,
    "\n        mutation AuthzKeysAddMember($i: AddMemberInput!) {\n          addMember(input: $i) {\n            temporaryPassword\n          }\n        }\n      ": types.AuthzKeysAddMemberDocument,
    "\n        mutation AuthzKeysUpdateRole($id: ID!) {\n          updateMemberRole(input: { memberId: $id, role: ADMIN }) {\n            role\n          }\n        }\n      ": types.AuthzKeysUpdateRoleDocument,
    "\n        mutation AuthzKeysRemove($id: ID!) {\n          removeMember(memberId: $id) {\n            status\n          }\n        }\n      ": types.AuthzKeysRemoveDocument,
    "\n        mutation AuthzKeysSuspend($id: ID!) {\n          suspendMember(memberId: $id) {\n            status\n          }\n        }\n      ": types.AuthzKeysSuspendDocument,
    "\n        mutation AuthzKeysReactivate($id: ID!) {\n          reactivateMember(memberId: $id) {\n            status\n          }\n        }\n      ": types.AuthzKeysReactivateDocument,
    "\n        mutation AuthzKeysResend($id: ID!) {\n          resendCredentials(memberId: $id) {\n            id\n          }\n        }\n      ": types.AuthzKeysResendDocument,
    "\n        mutation AuthzKeysTransfer($id: ID!, $p: String!) {\n          transferOwnership(memberId: $id, currentPassword: $p) {\n            id\n          }\n        }\n      ": types.AuthzKeysTransferDocument,
    "\n        mutation AuthzKeysAllowance($id: ID!, $l: Credits) {\n          setMemberAllowance(memberId: $id, monthlyLimit: $l) {\n            id\n          }\n        }\n      ": types.AuthzKeysAllowanceDocument,
    "\n        mutation AuthzKeysCreateKey {\n          createApiKey(name: \"child\") {\n            secret\n          }\n        }\n      ": types.AuthzKeysCreateKeyDocument,
    "\n        mutation AuthzKeysRename {\n          renameOrganization(name: \"Pwned\") {\n            name\n          }\n        }\n      ": types.AuthzKeysRenameDocument,
    "\n        mutation AuthzKeysRevokeOthersKey($id: ID!) {\n          revokeApiKey(id: $id) {\n            id\n          }\n        }\n      ": types.AuthzKeysRevokeOthersKeyDocument,
    "\n      mutation AuthzKeysSessionAddMember($i: AddMemberInput!) {\n        addMember(input: $i) {\n          temporaryPassword\n          member {\n            id\n          }\n        }\n      }\n    ": types.AuthzKeysSessionAddMemberDocument,
    "\n      mutation AuthzKeysSessionAllowance($id: ID!) {\n        setMemberAllowance(memberId: $id, monthlyLimit: \"10\") {\n          id\n        }\n      }\n    ": types.AuthzKeysSessionAllowanceDocument,
    "\n      mutation AuthzKeysSessionRename {\n        renameOrganization(name: \"Acme Labs\") {\n          name\n        }\n      }\n    ": types.AuthzKeysSessionRenameDocument,
    "\n      query AuthzKeysReads {\n        viewer {\n          member {\n            id\n          }\n        }\n        organization {\n          name\n          creditBalance {\n            balance\n          }\n        }\n        members {\n          nodes {\n            id\n            email\n          }\n        }\n        auditLog {\n          totalCount\n        }\n        creditTransactions {\n          totalCount\n        }\n        apiKeys {\n          id\n        }\n        resources {\n          id\n        }\n      }\n    ": types.AuthzKeysReadsDocument,
    "\n      mutation AuthzKeysResource {\n        createResource(input: { kind: AGENT, name: \"bot\" }) {\n          id\n        }\n      }\n    ": types.AuthzKeysResourceDocument,
    "\n      mutation AuthzKeysTopUp($k: String!) {\n        addCredits(input: { amount: \"5\", idempotencyKey: $k }) {\n          balanceAfter\n        }\n      }\n    ": types.AuthzKeysTopUpDocument,
    "\n          mutation AuthzKeysThreshold {\n            setLowBalanceThreshold(threshold: \"10\") {\n              lowBalanceThreshold\n            }\n          }\n        ": types.AuthzKeysThresholdDocument,
    "\n      mutation AuthzKeysRevokeSelf($id: ID!) {\n        revokeApiKey(id: $id) {\n          revokedAt\n        }\n      }\n    ": types.AuthzKeysRevokeSelfDocument,
    "\n      mutation AuthzKeysAddTmp($i: AddMemberInput!) {\n        addMember(input: $i) {\n          member {\n            id\n          }\n        }\n      }\n    ": types.AuthzKeysAddTmpDocument,
    "\n  mutation AuthzSpendCreateApiKey($name: String!) {\n    createApiKey(name: $name) {\n      secret\n      apiKey {\n        id\n      }\n    }\n  }\n": types.AuthzSpendCreateApiKeyDocument,
    "\n  mutation AuthzSpendRemoveMember($id: ID!) {\n    removeMember(memberId: $id) {\n      status\n    }\n  }\n": types.AuthzSpendRemoveMemberDocument,
    "\n  mutation AuthzSpendSuspendMember($id: ID!) {\n    suspendMember(memberId: $id) {\n      status\n    }\n  }\n": types.AuthzSpendSuspendMemberDocument,
    "\n  mutation AuthzSpendDemote($id: ID!) {\n    updateMemberRole(input: { memberId: $id, role: GUEST }) {\n      role\n    }\n  }\n": types.AuthzSpendDemoteDocument,
    "\n  mutation AuthzSpendRevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      revokedAt\n    }\n  }\n": types.AuthzSpendRevokeApiKeyDocument,
    "\n  mutation CrashSpend($k: String!) {\n    recordUsage(input: { operation: \"chat\", credits: \"0.5\", idempotencyKey: $k }) {\n      id\n    }\n  }\n": types.CrashSpendDocument,
    "\n        mutation CrashSignUp {\n          signUp(\n            input: { name: \"Crash Owner\", email: \"crash@example.test\", password: \"violet-harbor-lantern-92\", organizationName: \"Crash Co\" }\n          ) {\n            accessToken\n            organization {\n              id\n            }\n          }\n        }\n      ": types.CrashSignUpDocument,
    "\n        mutation CrashSeedCredits {\n          addCredits(input: { amount: \"1000\", idempotencyKey: \"seed\" }) {\n            id\n          }\n        }\n      ": types.CrashSeedCreditsDocument,
    "\n                  mutation CrashAddMember($e: String!) {\n                    addMember(input: { name: \"Invitee\", email: $e, temporaryPassword: \"copper-meadow-falcon-31\" }) {\n                      member {\n                        id\n                      }\n                    }\n                  }\n                ": types.CrashAddMemberDocument,
    "\n  mutation CreditAdjustmentsAdjustCredits($i: AdjustCreditsInput!) {\n    adjustCredits(input: $i) {\n      id\n      kind\n      amount\n      balanceAfter\n      note\n      idempotencyKey\n      member {\n        id\n      }\n    }\n  }\n": types.CreditAdjustmentsAdjustCreditsDocument,
    "\n  mutation CreditAdjustmentsSetLowBalanceThreshold($v: Credits) {\n    setLowBalanceThreshold(threshold: $v) {\n      isLow\n    }\n  }\n": types.CreditAdjustmentsSetLowBalanceThresholdDocument,
    "\n      query CreditAdjustmentsAuditLog {\n        auditLog {\n          nodes {\n            action\n            actor {\n              id\n            }\n            targetId\n            data\n          }\n        }\n      }\n    ": types.CreditAdjustmentsAuditLogDocument,
    "\n        query CreditAdjustmentsCreditTransactions {\n          creditTransactions(kind: ADJUSTMENT) {\n            totalCount\n            nodes {\n              amount\n              note\n            }\n          }\n        }\n      ": types.CreditAdjustmentsCreditTransactionsDocument,
    "\n        mutation CreditAdjustmentsAddCredits($i: AddCreditsInput!) {\n          addCredits(input: $i) {\n            id\n          }\n        }\n      ": types.CreditAdjustmentsAddCreditsDocument,
    "\n  query CreditsCreditTransactions($first: Int, $after: String, $kind: CreditTransactionKind) {\n    creditTransactions(first: $first, after: $after, kind: $kind) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        kind\n        amount\n        balanceAfter\n        note\n        member {\n          id\n        }\n      }\n    }\n  }\n": types.CreditsCreditTransactionsDocument,
    "\n  mutation CreditsSetLowBalanceThreshold($v: Credits) {\n    setLowBalanceThreshold(threshold: $v) {\n      balance\n      lowBalanceThreshold\n      isLow\n    }\n  }\n": types.CreditsSetLowBalanceThresholdDocument,
    "\n            mutation CreditsAddCredits {\n              addCredits(input: { amount: 2, idempotencyKey: \"x\" }) {\n                id\n              }\n            }\n          ": types.CreditsAddCreditsDocument,
    "\n            mutation CreditsAddCredits2 {\n              addCredits(input: { amount: \"abc\", idempotencyKey: \"x\" }) {\n                id\n              }\n            }\n          ": types.CreditsAddCredits2Document,
    "\n            mutation CreditsAddCredits3 {\n              addCredits(input: { amount: \"1.0000001\", idempotencyKey: \"x\" }) {\n                id\n              }\n            }\n          ": types.CreditsAddCredits3Document,
    "\n        query CreditsAuditLog {\n          auditLog {\n            nodes {\n              action\n              actor {\n                id\n              }\n              targetId\n              data\n            }\n          }\n        }\n      ": types.CreditsAuditLogDocument,
    "\n        query CreditsViewer {\n          viewer {\n            organizations {\n              id\n              creditBalance {\n                balance\n              }\n            }\n          }\n        }\n      ": types.CreditsViewerDocument,
    "\n        query CreditsAuditLog2 {\n          auditLog {\n            nodes {\n              action\n              data\n            }\n          }\n        }\n      ": types.CreditsAuditLog2Document,
    "\n  mutation DashboardStatementsSetAllowance($m: ID!, $l: Credits) {\n    setMemberAllowance(memberId: $m, monthlyLimit: $l) {\n      id\n    }\n  }\n": types.DashboardStatementsSetAllowanceDocument,
    "\n  mutation DashboardStatementsCreateResource($n: String!) {\n    createResource(input: { kind: AGENT, name: $n }) {\n      id\n    }\n  }\n": types.DashboardStatementsCreateResourceDocument,
    "\n    mutation FaultsSignUp($i: SignUpInput!) {\n      signUp(input: $i) {\n        organization {\n          id\n        }\n      }\n    }\n  ": types.FaultsSignUpDocument,
    "\n  fragment AuthFields on AuthPayload {\n    accessToken\n    refreshToken\n    user {\n      id\n      email\n    }\n    member {\n      id\n      role\n    }\n    organization {\n      id\n      name\n    }\n  }\n": types.AuthFieldsFragmentDoc,
    "\n      mutation FixtureSignUp($input: SignUpInput!) {\n        signUp(input: $input) {\n          ...AuthFields\n        }\n      }\n    ": types.FixtureSignUpDocument,
    "\n      mutation FixtureLogIn($input: LogInInput!) {\n        logIn(input: $input) {\n          ...AuthFields\n        }\n      }\n    ": types.FixtureLogInDocument,
    "\n      mutation FixtureAddMember($input: AddMemberInput!) {\n        addMember(input: $input) {\n          member {\n            id\n          }\n        }\n      }\n    ": types.FixtureAddMemberDocument,
    "\n      mutation FixtureChangePassword($input: ChangePasswordInput!) {\n        changePassword(input: $input) {\n          ...AuthFields\n        }\n      }\n    ": types.FixtureChangePasswordDocument,
    "\n  mutation TopUp($i: AddCreditsInput!) {\n    addCredits(input: $i) {\n      id\n      kind\n      amount\n      balanceAfter\n      note\n      member {\n        id\n      }\n    }\n  }\n": types.TopUpDocument,
    "\n  mutation Spend($i: RecordUsageInput!) {\n    recordUsage(input: $i) {\n      id\n      operation\n      credits\n      createdAt\n      member {\n        id\n      }\n      resource {\n        id\n        name\n      }\n    }\n  }\n": types.SpendDocument,
    "\n  mutation SpendBatch($i: [RecordUsageInput!]!) {\n    recordUsageBatch(inputs: $i) {\n      charged\n      refused\n      items {\n        index\n        ok\n        replayed\n        record {\n          id\n          credits\n        }\n        error {\n          code\n        }\n      }\n    }\n  }\n": types.SpendBatchDocument,
    "\n  query Balance {\n    organization {\n      creditBalance {\n        balance\n        lowBalanceThreshold\n        isLow\n        updatedAt\n      }\n    }\n  }\n": types.BalanceDocument,
    "\n            mutation LedgerLoadersCreateResource($n: String!) {\n              createResource(input: { kind: AGENT, name: $n }) {\n                id\n              }\n            }\n          ": types.LedgerLoadersCreateResourceDocument,
    "\n        mutation LedgerLoadersCreateApiKey($n: String!) {\n          createApiKey(name: $n) {\n            secret\n          }\n        }\n      ": types.LedgerLoadersCreateApiKeyDocument,
    "\n          query LedgerLoadersUsageRecords($n: Int) {\n            usageRecords(first: $n) {\n              nodes {\n                member {\n                  name\n                }\n                resource {\n                  name\n                  createdBy {\n                    name\n                  }\n                }\n              }\n            }\n          }\n        ": types.LedgerLoadersUsageRecordsDocument,
    "\n          query LedgerLoadersCreditTransactions($n: Int) {\n            creditTransactions(first: $n) {\n              nodes {\n                member {\n                  name\n                }\n              }\n            }\n          }\n        ": types.LedgerLoadersCreditTransactionsDocument,
    "\n          query LedgerLoadersApiKeys {\n            apiKeys {\n              member {\n                name\n              }\n            }\n          }\n        ": types.LedgerLoadersApiKeysDocument,
    "\n          query LedgerLoadersResources {\n            resources {\n              createdBy {\n                name\n              }\n            }\n            organization {\n              creditBalance {\n                balance\n              }\n            }\n          }\n        ": types.LedgerLoadersResourcesDocument,
    "\n  mutation MailDevAddMember($input: AddMemberInput!) {\n    addMember(input: $input) {\n      member {\n        id\n        emailStatus\n      }\n    }\n  }\n": types.MailDevAddMemberDocument,
    "\n            query MailDevMember($id: ID!) {\n              member(id: $id) {\n                emailStatus\n              }\n            }\n          ": types.MailDevMemberDocument,
    "\n  mutation MailFaultsAddMember($input: AddMemberInput!) {\n    addMember(input: $input) {\n      member {\n        id\n        emailStatus\n      }\n    }\n  }\n": types.MailFaultsAddMemberDocument,
    "\n  query MailFaultsMember2($id: ID!) {\n    member(id: $id) {\n      emailStatus\n    }\n  }\n": types.MailFaultsMember2Document,
    "\n  mutation MailFaultsResendCredentials($id: ID!) {\n    resendCredentials(memberId: $id) {\n      id\n      emailStatus\n    }\n  }\n": types.MailFaultsResendCredentialsDocument,
    "\n  query MailFaultsMember($id: ID!) {\n    member(id: $id) {\n      emailStatus\n      emailError\n    }\n  }\n": types.MailFaultsMemberDocument,
    "\n        query MailFaultsMembers {\n          members {\n            nodes {\n              emailError\n            }\n          }\n        }\n      ": types.MailFaultsMembersDocument,
    "\n      mutation MailFaultsRemoveMember($id: ID!) {\n        removeMember(memberId: $id) {\n          id\n        }\n      }\n    ": types.MailFaultsRemoveMemberDocument,
    "\n  mutation MailAddMember($input: AddMemberInput!) {\n    addMember(input: $input) {\n      member {\n        id\n        emailStatus\n      }\n      existingUser\n      temporaryPassword\n    }\n  }\n": types.MailAddMemberDocument,
    "\n  query MailMember($id: ID!) {\n    member(id: $id) {\n      id\n      emailStatus\n    }\n  }\n": types.MailMemberDocument,
    "\n  mutation MailResendCredentials($id: ID!) {\n    resendCredentials(memberId: $id) {\n      id\n      emailStatus\n    }\n  }\n": types.MailResendCredentialsDocument,
    "\n      query MailMembers {\n        members {\n          nodes {\n            id\n            name\n            email\n            emailStatus\n          }\n        }\n        auditLog {\n          nodes {\n            action\n          }\n        }\n      }\n    ": types.MailMembersDocument,
    "\n      mutation MailRemoveMember($id: ID!) {\n        removeMember(memberId: $id) {\n          id\n        }\n      }\n    ": types.MailRemoveMemberDocument,
    "\n      mutation MailTransferOwnership($id: ID!, $pw: String!) {\n        transferOwnership(memberId: $id, currentPassword: $pw) {\n          id\n        }\n      }\n    ": types.MailTransferOwnershipDocument,
    "\n      mutation MailLogIn($input: LogInInput!) {\n        logIn(input: $input) {\n          accessToken\n        }\n      }\n    ": types.MailLogInDocument,
    "\n      mutation MailSuspendMember($id: ID!) {\n        suspendMember(memberId: $id) {\n          id\n        }\n      }\n    ": types.MailSuspendMemberDocument,
    "\n  mutation MembersAddMember($i: AddMemberInput!) {\n    addMember(input: $i) {\n      existingUser\n      temporaryPassword\n      member {\n        id\n        name\n        email\n        role\n        status\n        emailStatus\n        invitedBy {\n          id\n        }\n      }\n    }\n  }\n": types.MembersAddMemberDocument,
    "\n  mutation MembersUpdateMemberRole($id: ID!, $role: Role!) {\n    updateMemberRole(input: { memberId: $id, role: $role }) {\n      id\n      role\n    }\n  }\n": types.MembersUpdateMemberRoleDocument,
    "\n  mutation MembersRemoveMember($id: ID!) {\n    removeMember(memberId: $id) {\n      id\n      status\n    }\n  }\n": types.MembersRemoveMemberDocument,
    "\n  mutation MembersSuspendMember($id: ID!) {\n    suspendMember(memberId: $id) {\n      id\n      status\n    }\n  }\n": types.MembersSuspendMemberDocument,
    "\n  mutation MembersReactivateMember($id: ID!) {\n    reactivateMember(memberId: $id) {\n      id\n      status\n    }\n  }\n": types.MembersReactivateMemberDocument,
    "\n  mutation MembersTransferOwnership($id: ID!, $pw: String!) {\n    transferOwnership(memberId: $id, currentPassword: $pw) {\n      owner {\n        id\n      }\n    }\n  }\n": types.MembersTransferOwnershipDocument,
    "\n  query MembersViewer {\n    viewer {\n      member {\n        id\n        role\n      }\n    }\n  }\n": types.MembersViewerDocument,
    "\n            mutation MembersLogIn($i: LogInInput!) {\n              logIn(input: $i) {\n                accessToken\n              }\n            }\n          ": types.MembersLogInDocument,
    "\n        query MembersAuditLog {\n          auditLog(first: 5) {\n            totalCount\n            nodes {\n              action\n              targetId\n              data\n              actor {\n                id\n              }\n            }\n          }\n        }\n      ": types.MembersAuditLogDocument,
    "\n            mutation MembersUpdateProfile {\n              updateProfile(name: \"Still Me\") {\n                name\n              }\n            }\n          ": types.MembersUpdateProfileDocument,
    "\n            mutation MembersRenameOrganization {\n              renameOrganization(name: \"Mine\") {\n                name\n              }\n            }\n          ": types.MembersRenameOrganizationDocument,
    "\n            mutation MembersRefreshSession($t: String) {\n              refreshSession(refreshToken: $t) {\n                accessToken\n              }\n            }\n          ": types.MembersRefreshSessionDocument,
    "\n        query MembersMembers {\n          members {\n            totalCount\n          }\n          removed: members(status: REMOVED) {\n            nodes {\n              id\n              name\n            }\n          }\n        }\n      ": types.MembersMembersDocument,
    "\n        mutation MembersLeaveOrganization {\n          leaveOrganization {\n            id\n            status\n          }\n        }\n      ": types.MembersLeaveOrganizationDocument,
    "\n            mutation MembersLeaveOrganization2 {\n              leaveOrganization {\n                id\n              }\n            }\n          ": types.MembersLeaveOrganization2Document,
    "\n        query MembersAuditLog2 {\n          auditLog(first: 1) {\n            nodes {\n              action\n              actor {\n                id\n              }\n              targetId\n            }\n          }\n        }\n      ": types.MembersAuditLog2Document,
    "\n              query MembersMember($id: ID!) {\n                member(id: $id) {\n                  id\n                }\n              }\n            ": types.MembersMemberDocument,
    "\n        query MembersMembers3 {\n          members(first: 200) {\n            nodes {\n              organization {\n                id\n                owner {\n                  organization {\n                    id\n                  }\n                }\n              }\n              invitedBy {\n                organization {\n                  id\n                }\n              }\n            }\n          }\n        }\n      ": types.MembersMembers3Document,
    "\n      query MembersMembers2 {\n        members {\n          nodes {\n            id\n            name\n            role\n            status\n            email\n            lastActiveAt\n            invitedBy {\n              id\n            }\n          }\n        }\n      }\n    ": types.MembersMembers2Document,
    "\n            query MembersMembers4($a: String) {\n              members(first: 3, after: $a) {\n                totalCount\n                pageInfo {\n                  endCursor\n                  hasNextPage\n                }\n                nodes {\n                  id\n                }\n              }\n            }\n          ": types.MembersMembers4Document,
    "\n        query MembersMembers5 {\n          members(role: GUEST) {\n            totalCount\n          }\n        }\n      ": types.MembersMembers5Document,
    "\n        query MembersMembers6 {\n          members(search: \"person 4\") {\n            nodes {\n              name\n            }\n          }\n        }\n      ": types.MembersMembers6Document,
    "\n        query MembersMembers7 {\n          members(search: \"%\") {\n            totalCount\n          }\n        }\n      ": types.MembersMembers7Document,
    "\n            query MembersMembers8 {\n              members(first: 100000) {\n                totalCount\n              }\n            }\n          ": types.MembersMembers8Document,
    "\n            query MembersMembers9 {\n              members(first: 0) {\n                totalCount\n              }\n            }\n          ": types.MembersMembers9Document,
    "\n            query MembersMembers10 {\n              members(after: \"garbage\") {\n                totalCount\n              }\n            }\n          ": types.MembersMembers10Document,
    "\n      query MembersSpaPage($first: Int!, $after: String) {\n        members(first: $first, after: $after) {\n          nodes {\n            id\n            name\n            email\n            role\n            status\n            joinedAt\n            lastActiveAt\n            emailStatus\n            emailError\n            mfaEnabled\n            temporaryPasswordExpiresAt\n            invitedBy {\n              id\n              name\n            }\n            allowance {\n              monthlyLimit\n              usedThisMonth\n              remaining\n            }\n          }\n          pageInfo {\n            endCursor\n            hasNextPage\n          }\n          totalCount\n        }\n      }\n    ": types.MembersSpaPageDocument,
    "\n            mutation MembersSetMemberAllowance($m: ID!) {\n              setMemberAllowance(memberId: $m, monthlyLimit: \"25\") {\n                id\n              }\n            }\n          ": types.MembersSetMemberAllowanceDocument,
    "\n      query MembersMembers11($f: Int) {\n        members(first: $f) {\n          nodes {\n            id\n            name\n            email\n            emailError\n            invitedBy {\n              name\n            }\n            organization {\n              name\n              owner {\n                name\n              }\n              memberCount\n            }\n            allowance {\n              remaining\n            }\n          }\n        }\n      }\n    ": types.MembersMembers11Document,
    "\n  mutation MetricsLogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      accessToken\n    }\n  }\n": types.MetricsLogInDocument,
    "\n  mutation MetricsAddMember($input: AddMemberInput!) {\n    addMember(input: $input) {\n      member {\n        id\n      }\n    }\n  }\n": types.MetricsAddMemberDocument,
    "\n  mutation NodesSignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      accessToken\n      refreshToken\n      organization {\n        id\n      }\n    }\n  }\n": types.NodesSignUpDocument,
    "\n  mutation NodesLogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      accessToken\n    }\n  }\n": types.NodesLogInDocument,
    "\n  query NodesViewer {\n    viewer {\n      user {\n        email\n      }\n    }\n  }\n": types.NodesViewerDocument,
    "\n  mutation NodesRefresh($t: String) {\n    refreshSession(refreshToken: $t) {\n      accessToken\n    }\n  }\n": types.NodesRefreshDocument,
    "\n  mutation NodesTopUp($amount: Credits!, $k: String!) {\n    addCredits(input: { amount: $amount, idempotencyKey: $k }) {\n      id\n    }\n  }\n": types.NodesTopUpDocument,
    "\n  mutation NodesSpend($k: String!) {\n    recordUsage(input: { operation: \"chat\", credits: \"0.5\", idempotencyKey: $k }) {\n      id\n    }\n  }\n": types.NodesSpendDocument,
    "\n  mutation NodesAddMember($e: String!) {\n    addMember(input: { name: \"Node Invitee\", email: $e, temporaryPassword: \"copper-meadow-falcon-31\" }) {\n      member {\n        id\n      }\n    }\n  }\n": types.NodesAddMemberDocument,
    "\n  query RlOrg {\n    organization {\n      id\n      name\n    }\n  }\n": types.RlOrgDocument,
    "\n  query RlMembers {\n    members(first: 10) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n": types.RlMembersDocument,
    "\n  mutation RlLogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      accessToken\n    }\n  }\n": types.RlLogInDocument,
    "\n  mutation RlLogOut {\n    logOut\n  }\n": types.RlLogOutDocument,
    "\n  mutation RlRevokeKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n    }\n  }\n": types.RlRevokeKeyDocument,
    "\n  mutation RlCreateKey($name: String!) {\n    createApiKey(name: $name) {\n      secret\n      apiKey {\n        id\n      }\n    }\n  }\n": types.RlCreateKeyDocument,
    "\n  query RlKeys {\n    apiKeys {\n      id\n      name\n      rateLimit {\n        used\n        limit\n        resetAt\n      }\n    }\n  }\n": types.RlKeysDocument,
    "\n  subscription RlUsage {\n    usageRecorded {\n      id\n    }\n  }\n": types.RlUsageDocument,
    "\n  query ResourcesResources($kind: ResourceKind) {\n    resources(kind: $kind) {\n      id\n      kind\n      name\n      createdAt\n      deletedAt\n      createdBy {\n        id\n        name\n        status\n      }\n    }\n  }\n": types.ResourcesResourcesDocument,
    "\n  mutation ResourcesCreateResource($i: CreateResourceInput!) {\n    createResource(input: $i) {\n      id\n      kind\n      name\n      createdBy {\n        id\n      }\n    }\n  }\n": types.ResourcesCreateResourceDocument,
    "\n  mutation ResourcesRenameResource($id: ID!, $name: String!) {\n    renameResource(id: $id, name: $name) {\n      id\n      name\n    }\n  }\n": types.ResourcesRenameResourceDocument,
    "\n  mutation ResourcesDeleteResource($id: ID!) {\n    deleteResource(id: $id)\n  }\n": types.ResourcesDeleteResourceDocument,
    "\n      query ResourcesAuditLog {\n        auditLog {\n          nodes {\n            action\n            targetId\n            actor {\n              id\n            }\n            data\n          }\n        }\n      }\n    ": types.ResourcesAuditLogDocument,
    "\n      mutation ResourcesRemoveMember($id: ID!) {\n        removeMember(memberId: $id) {\n          status\n        }\n      }\n    ": types.ResourcesRemoveMemberDocument,
    "\n      query ResourcesUsageRecords {\n        usageRecords {\n          nodes {\n            member {\n              name\n              status\n            }\n            resource {\n              id\n              name\n              deletedAt\n              createdBy {\n                name\n              }\n            }\n          }\n        }\n      }\n    ": types.ResourcesUsageRecordsDocument,
    "\n  mutation SdkCreateApiKey($name: String!) {\n    createApiKey(name: $name) {\n      secret\n      apiKey {\n        id\n      }\n    }\n  }\n": types.SdkCreateApiKeyDocument,
    "\n  mutation SdkRevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n      revokedAt\n    }\n  }\n": types.SdkRevokeApiKeyDocument,
    "\n      mutation SdkAddCredits($i: AddCreditsInput!) {\n        addCredits(input: $i) {\n          id\n        }\n      }\n    ": types.SdkAddCreditsDocument,
    "\n      query SdkResources {\n        resources {\n          id\n        }\n      }\n    ": types.SdkResourcesDocument,
    "\n      mutation SdkCreateResource {\n        createResource(input: { kind: AGENT, name: \"support bot\" }) {\n          id\n        }\n      }\n    ": types.SdkCreateResourceDocument,
    "\n      query SdkOrganizationId {\n        organization {\n          id\n        }\n      }\n    ": types.SdkOrganizationIdDocument,
    "\n          query SdkOrganizationName {\n            organization {\n              name\n            }\n          }\n        ": types.SdkOrganizationNameDocument,
    "\n    mutation SdkAddCreditsIdempotent($i: AddCreditsInput!) {\n      addCredits(input: $i) {\n        id\n        amount\n      }\n    }\n  ": types.SdkAddCreditsIdempotentDocument,
    "\n    mutation SdkLogIn($i: LogInInput!) {\n      logIn(input: $i) {\n        accessToken\n      }\n    }\n  ": types.SdkLogInDocument,
    "\n        mutation SdkSetAllowance($m: ID!, $l: Credits) {\n          setMemberAllowance(memberId: $m, monthlyLimit: $l) {\n            id\n          }\n        }\n      ": types.SdkSetAllowanceDocument,
    "\n      query SmokeViewer {\n        viewer {\n          user {\n            name\n            email\n          }\n          member {\n            role\n          }\n          organization {\n            name\n            memberCount\n            owner {\n              name\n            }\n          }\n          permissions\n        }\n      }\n    ": types.SmokeViewerDocument,
    "\n      query SmokeMembers {\n        members {\n          totalCount\n          nodes {\n            name\n            email\n            role\n          }\n        }\n      }\n    ": types.SmokeMembersDocument,
    "\n      mutation SmokeAddMember {\n        addMember(input: { name: \"x\", email: \"x@y.z\", temporaryPassword: \"abc\" }) {\n          existingUser\n        }\n      }\n    ": types.SmokeAddMemberDocument,
    "\n        query SpendCreditTransactions {\n          creditTransactions(first: 1) {\n            nodes {\n              kind\n              amount\n              balanceAfter\n            }\n          }\n        }\n      ": types.SpendCreditTransactionsDocument,
    "\n        mutation SpendCreateResource {\n          createResource(input: { kind: AGENT, name: \"Agent\" }) {\n            id\n          }\n        }\n      ": types.SpendCreateResourceDocument,
    "\n        mutation SpendCreateResource2 {\n          createResource(input: { kind: INSTANCE, name: \"Theirs\" }) {\n            id\n          }\n        }\n      ": types.SpendCreateResource2Document,
    "\n        mutation SpendCreateResource3 {\n          createResource(input: { kind: INSTANCE, name: \"Mine\" }) {\n            id\n          }\n        }\n      ": types.SpendCreateResource3Document,
    "\n        mutation SpendDeleteResource($id: ID!) {\n          deleteResource(id: $id)\n        }\n      ": types.SpendDeleteResourceDocument,
    "mutation SignUp($input: SignUpInput!) { signUp(input: $input) { accessToken } }": types.SignUpDocument,
    "mutation AddMember($input: AddMemberInput!) { addMember(input: $input) { member { id } } }": types.AddMemberDocument,
    "\n  subscription LiveUsage {\n    usageRecorded {\n      id\n      operation\n      credits\n      member {\n        id\n      }\n    }\n  }\n": types.LiveUsageDocument,
    "\n  subscription LiveBalance {\n    balanceChanged {\n      balance\n      isLow\n    }\n  }\n": types.LiveBalanceDocument,
    "\n  mutation LiveRemove($id: ID!) {\n    removeMember(memberId: $id) {\n      id\n    }\n  }\n": types.LiveRemoveDocument,
    "\n  mutation LiveSuspend($id: ID!) {\n    suspendMember(memberId: $id) {\n      id\n    }\n  }\n": types.LiveSuspendDocument,
    "\n  mutation LiveCreateKey($name: String!) {\n    createApiKey(name: $name) {\n      secret\n      apiKey {\n        id\n      }\n    }\n  }\n": types.LiveCreateKeyDocument,
    "\n  mutation LiveRevokeKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n    }\n  }\n": types.LiveRevokeKeyDocument,
    "\n  query LiveViewer {\n    organization {\n      id\n    }\n  }\n": types.LiveViewerDocument,
    "\n  query TeamRemovalImpact($id: ID!) {\n    member(id: $id) {\n      id\n      removalImpact {\n        resourcesCreated\n        apiKeysRevoked\n        activeSessions\n        creditsUsedThisMonth\n      }\n    }\n  }\n": types.TeamRemovalImpactDocument,
    "\n  query TeamRemovalImpactPage($f: Int) {\n    members(first: $f) {\n      nodes {\n        id\n        removalImpact {\n          resourcesCreated\n          apiKeysRevoked\n          activeSessions\n          creditsUsedThisMonth\n        }\n      }\n    }\n  }\n": types.TeamRemovalImpactPageDocument,
    "\n  mutation TeamCreateApiKey($n: String!) {\n    createApiKey(name: $n) {\n      secret\n      apiKey {\n        id\n      }\n    }\n  }\n": types.TeamCreateApiKeyDocument,
    "\n  mutation TeamRevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n    }\n  }\n": types.TeamRevokeApiKeyDocument,
    "\n  mutation TeamCreateResource($n: String!) {\n    createResource(input: { kind: AGENT, name: $n }) {\n      id\n    }\n  }\n": types.TeamCreateResourceDocument,
    "\n  mutation TeamRemoveMember($id: ID!) {\n    removeMember(memberId: $id) {\n      id\n      status\n      removalImpact {\n        resourcesCreated\n        apiKeysRevoked\n        activeSessions\n        creditsUsedThisMonth\n      }\n    }\n  }\n": types.TeamRemoveMemberDocument,
    "\n  query TeamAuditLog {\n    auditLog(first: 5) {\n      nodes {\n        action\n        targetId\n        data\n      }\n    }\n  }\n": types.TeamAuditLogDocument,
    "\n  mutation TeamReviewEmailSetWeekly($on: Boolean!) {\n    setWeeklyAccessReviewEmail(enabled: $on) {\n      id\n    }\n  }\n": types.TeamReviewEmailSetWeeklyDocument,
    "\n  query TeamAccessReview($days: Int) {\n    accessReview(inactiveDays: $days) {\n      inactiveDays\n      inactiveSince\n      inactiveMembers {\n        id\n        name\n        lastActiveAt\n      }\n      temporaryPasswordNotChanged {\n        id\n      }\n      adminsWithoutMfa {\n        id\n        role\n      }\n      unusedApiKeys {\n        id\n        name\n        member {\n          id\n        }\n      }\n    }\n  }\n": types.TeamAccessReviewDocument,
    "\n  mutation TeamSuspendMembers($ids: [ID!]!) {\n    suspendMembers(memberIds: $ids) {\n      id\n      status\n    }\n  }\n": types.TeamSuspendMembersDocument,
    "\n  mutation TeamRevokeApiKeys($ids: [ID!]!) {\n    revokeApiKeys(ids: $ids) {\n      id\n      revokedAt\n    }\n  }\n": types.TeamRevokeApiKeysDocument,
    "\n  mutation TeamReviewCreateKey($n: String!) {\n    createApiKey(name: $n) {\n      secret\n      apiKey {\n        id\n      }\n    }\n  }\n": types.TeamReviewCreateKeyDocument,
    "\n  mutation TeamReviewAdd($input: AddMemberInput!) {\n    addMember(input: $input) {\n      member {\n        id\n      }\n    }\n  }\n": types.TeamReviewAddDocument,
    "\n  mutation TeamSetWeeklyReview($on: Boolean!) {\n    setWeeklyAccessReviewEmail(enabled: $on) {\n      id\n      weeklyAccessReviewEmail\n    }\n  }\n": types.TeamSetWeeklyReviewDocument,
    "\n  query TeamReviewOrg {\n    organization {\n      weeklyAccessReviewEmail\n    }\n  }\n": types.TeamReviewOrgDocument,
    "\n  mutation TeamReviewWebhook($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) {\n      endpoint {\n        id\n      }\n    }\n  }\n": types.TeamReviewWebhookDocument,
    "\n  query TeamRunway {\n    organization {\n      creditBalance {\n        balance\n        runway {\n          burnPerDay\n          basisDays\n          days\n        }\n      }\n    }\n  }\n": types.TeamRunwayDocument,
    "\n  query TeamViewerRunway {\n    viewer {\n      organization {\n        creditBalance {\n          runway {\n            burnPerDay\n            basisDays\n            days\n          }\n        }\n      }\n    }\n  }\n": types.TeamViewerRunwayDocument,
    "\n  query UsageKeysSummary($from: DateTime!, $to: DateTime!, $g: UsageGroupBy!) {\n    usageSummary(from: $from, to: $to, groupBy: $g) {\n      key\n      label\n      credits\n      count\n    }\n  }\n": types.UsageKeysSummaryDocument,
    "\n  mutation UsageKeysCreateKey($n: String!) {\n    createApiKey(name: $n) {\n      apiKey {\n        id\n        prefix\n      }\n      secret\n    }\n  }\n": types.UsageKeysCreateKeyDocument,
    "\n  mutation UsageKeysRevokeKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n      revokedAt\n    }\n  }\n": types.UsageKeysRevokeKeyDocument,
    "\n  query PartitionsUsageSummary($from: DateTime!, $to: DateTime!, $g: UsageGroupBy!) {\n    usageSummary(from: $from, to: $to, groupBy: $g) {\n      key\n      credits\n      count\n    }\n  }\n": types.PartitionsUsageSummaryDocument,
    "\n  query PartitionsUsageCount($from: DateTime, $to: DateTime) {\n    usageRecords(from: $from, to: $to, first: 1) {\n      totalCount\n    }\n  }\n": types.PartitionsUsageCountDocument,
    "\n            mutation UsageScaleCreateResource($n: String!) {\n              createResource(input: { kind: AGENT, name: $n }) {\n                id\n              }\n            }\n          ": types.UsageScaleCreateResourceDocument,
    "\n  query UsageScaleUsageSummary($from: DateTime!, $to: DateTime!, $g: UsageGroupBy!) {\n    usageSummary(from: $from, to: $to, groupBy: $g) {\n      key\n      credits\n      count\n    }\n  }\n": types.UsageScaleUsageSummaryDocument,
    "\n        query UsageScaleUsageRecords($from: DateTime, $to: DateTime) {\n          usageRecords(from: $from, to: $to, first: 50) {\n            totalCount\n            nodes {\n              id\n            }\n            pageInfo {\n              hasNextPage\n            }\n          }\n        }\n      ": types.UsageScaleUsageRecordsDocument,
    "\n        query UsageScaleUsageRecords2 {\n          usageRecords(first: 1) {\n            totalCount\n          }\n        }\n      ": types.UsageScaleUsageRecords2Document,
    "\n        query UsageScaleCreditTransactions {\n          creditTransactions(first: 5) {\n            totalCount\n            nodes {\n              kind\n            }\n          }\n        }\n      ": types.UsageScaleCreditTransactionsDocument,
    "\n  query UsageUsageRecords($from: DateTime, $to: DateTime, $memberId: ID, $resourceId: ID, $first: Int, $after: String) {\n    usageRecords(from: $from, to: $to, memberId: $memberId, resourceId: $resourceId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        operation\n        credits\n        createdAt\n        member {\n          id\n          name\n        }\n        resource {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.UsageUsageRecordsDocument,
    "\n  query UsageUsageSummary($from: DateTime!, $to: DateTime!, $g: UsageGroupBy!) {\n    usageSummary(from: $from, to: $to, groupBy: $g) {\n      key\n      label\n      credits\n      count\n    }\n  }\n": types.UsageUsageSummaryDocument,
    "\n        mutation UsageCreateResource {\n          createResource(input: { kind: AGENT, name: \"Support bot\" }) {\n            id\n          }\n        }\n      ": types.UsageCreateResourceDocument,
    "\n        mutation UsageCreateResource2 {\n          createResource(input: { kind: INSTANCE, name: \"gpu-1\" }) {\n            id\n          }\n        }\n      ": types.UsageCreateResource2Document,
    "\n      mutation UsageCreateApiKey {\n        createApiKey(name: \"ci\") {\n          secret\n        }\n      }\n    ": types.UsageCreateApiKeyDocument,
    "\n          mutation UsageCreateResource3 {\n            createResource(input: { kind: AGENT, name: \"x\" }) {\n              id\n            }\n          }\n        ": types.UsageCreateResource3Document,
    "\n        mutation UsageDeleteResource($id: ID!) {\n          deleteResource(id: $id)\n        }\n      ": types.UsageDeleteResourceDocument,
    "\n  mutation WhCreate($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) {\n      secret\n      endpoint {\n        id\n        url\n        events\n        enabled\n        createdAt\n      }\n    }\n  }\n": types.WhCreateDocument,
    "\n  query WhEndpoints {\n    webhookEndpoints {\n      id\n      url\n      enabled\n      events\n    }\n  }\n": types.WhEndpointsDocument,
    "\n  query WhDeliveries($endpointId: ID!) {\n    webhookDeliveries(endpointId: $endpointId) {\n      totalCount\n      nodes {\n        id\n        eventType\n        status\n        attempts\n        responseStatus\n        createdAt\n        deliveredAt\n      }\n    }\n  }\n": types.WhDeliveriesDocument,
    "\n  mutation WhDelete($id: ID!) {\n    deleteWebhookEndpoint(id: $id)\n  }\n": types.WhDeleteDocument,
    "\n  mutation WhRotate($id: ID!) {\n    rotateWebhookSecret(id: $id) {\n      secret\n      endpoint {\n        id\n      }\n    }\n  }\n": types.WhRotateDocument,
    "\n  mutation WhSendTest($endpointId: ID!) {\n    sendTestWebhook(endpointId: $endpointId) {\n      id\n      eventType\n      status\n      attempts\n    }\n  }\n": types.WhSendTestDocument,
    "\n  mutation WhRedeliver($deliveryId: ID!) {\n    redeliverWebhook(deliveryId: $deliveryId) {\n      id\n      status\n      attempts\n    }\n  }\n": types.WhRedeliverDocument,
    "\n  mutation WhCreateKey($name: String!) {\n    createApiKey(name: $name) {\n      secret\n      apiKey {\n        id\n      }\n    }\n  }\n": types.WhCreateKeyDocument,
    "\n  mutation WhRevokeKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n    }\n  }\n": types.WhRevokeKeyDocument,
    "\n  mutation WhAddMember($input: AddMemberInput!) {\n    addMember(input: $input) {\n      member {\n        id\n      }\n    }\n  }\n": types.WhAddMemberDocument,
    "\n    mutation WhRole($input: UpdateMemberRoleInput!) {\n      updateMemberRole(input: $input) {\n        id\n      }\n    }\n  ": types.WhRoleDocument,
    "\n    mutation WhSuspend($id: ID!) {\n      suspendMember(memberId: $id) {\n        id\n      }\n    }\n  ": types.WhSuspendDocument,
    "\n    mutation WhReactivate($id: ID!) {\n      reactivateMember(memberId: $id) {\n        id\n      }\n    }\n  ": types.WhReactivateDocument,
    "\n    mutation WhRemove($id: ID!) {\n      removeMember(memberId: $id) {\n        id\n      }\n    }\n  ": types.WhRemoveDocument,
    "\n    mutation WhTransfer($id: ID!, $password: String!) {\n      transferOwnership(memberId: $id, currentPassword: $password) {\n        id\n      }\n    }\n  ": types.WhTransferDocument,
    "\n    mutation WhThreshold($threshold: Credits) {\n      setLowBalanceThreshold(threshold: $threshold) {\n        balance\n      }\n    }\n  ": types.WhThresholdDocument,
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
export function graphql(source: "\n          mutation AbuseRenameOrganization {\n            renameOrganization(name: \"Boom\") {\n              name\n            }\n          }\n        "): (typeof documents)["\n          mutation AbuseRenameOrganization {\n            renameOrganization(name: \"Boom\") {\n              name\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query IntrospectionQuery {\n      __schema {\n        queryType {\n          name\n        }\n        types {\n          ...FullType\n        }\n      }\n    }\n    fragment FullType on __Type {\n      kind\n      name\n      fields(includeDeprecated: true) {\n        name\n        args {\n          ...InputValue\n        }\n        type {\n          ...TypeRef\n        }\n      }\n      inputFields {\n        ...InputValue\n      }\n    }\n    fragment InputValue on __InputValue {\n      name\n      type {\n        ...TypeRef\n      }\n      defaultValue\n    }\n    fragment TypeRef on __Type {\n      kind\n      name\n      ofType {\n        kind\n        name\n        ofType {\n          kind\n          name\n          ofType {\n            kind\n            name\n            ofType {\n              kind\n              name\n              ofType {\n                kind\n                name\n                ofType {\n                  kind\n                  name\n                  ofType {\n                    kind\n                    name\n                  }\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  "): (typeof documents)["\n    query IntrospectionQuery {\n      __schema {\n        queryType {\n          name\n        }\n        types {\n          ...FullType\n        }\n      }\n    }\n    fragment FullType on __Type {\n      kind\n      name\n      fields(includeDeprecated: true) {\n        name\n        args {\n          ...InputValue\n        }\n        type {\n          ...TypeRef\n        }\n      }\n      inputFields {\n        ...InputValue\n      }\n    }\n    fragment InputValue on __InputValue {\n      name\n      type {\n        ...TypeRef\n      }\n      defaultValue\n    }\n    fragment TypeRef on __Type {\n      kind\n      name\n      ofType {\n        kind\n        name\n        ofType {\n          kind\n          name\n          ofType {\n            kind\n            name\n            ofType {\n              kind\n              name\n              ofType {\n                kind\n                name\n                ofType {\n                  kind\n                  name\n                  ofType {\n                    kind\n                    name\n                  }\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query AbuseSchema {\n            __schema {\n              queryType {\n                name\n              }\n            }\n          }\n        "): (typeof documents)["\n          query AbuseSchema {\n            __schema {\n              queryType {\n                name\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query AbuseQuery {\n            ...F\n          }\n          fragment F on Query {\n            __type(name: \"Member\") {\n              name\n            }\n          }\n        "): (typeof documents)["\n          query AbuseQuery {\n            ...F\n          }\n          fragment F on Query {\n            __type(name: \"Member\") {\n              name\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AllowancesSetMemberAllowance($m: ID!, $l: Credits) {\n    setMemberAllowance(memberId: $m, monthlyLimit: $l) {\n      id\n      allowance {\n        monthlyLimit\n        usedThisMonth\n        remaining\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AllowancesSetMemberAllowance($m: ID!, $l: Credits) {\n    setMemberAllowance(memberId: $m, monthlyLimit: $l) {\n      id\n      allowance {\n        monthlyLimit\n        usedThisMonth\n        remaining\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AllowancesMembers {\n    members {\n      nodes {\n        id\n        allowance {\n          monthlyLimit\n          usedThisMonth\n          remaining\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AllowancesMembers {\n    members {\n      nodes {\n        id\n        allowance {\n          monthlyLimit\n          usedThisMonth\n          remaining\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AllowancesSpendBatchWithReasons($i: [RecordUsageInput!]!) {\n    recordUsageBatch(inputs: $i) {\n      charged\n      refused\n      items {\n        index\n        ok\n        replayed\n        record {\n          id\n          credits\n        }\n        error {\n          code\n          reason\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AllowancesSpendBatchWithReasons($i: [RecordUsageInput!]!) {\n    recordUsageBatch(inputs: $i) {\n      charged\n      refused\n      items {\n        index\n        ok\n        replayed\n        record {\n          id\n          credits\n        }\n        error {\n          code\n          reason\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query AllowancesAuditLog {\n          auditLog {\n            nodes {\n              action\n              actor {\n                id\n              }\n              targetId\n              data\n            }\n          }\n        }\n      "): (typeof documents)["\n        query AllowancesAuditLog {\n          auditLog {\n            nodes {\n              action\n              actor {\n                id\n              }\n              targetId\n              data\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query AllowancesMember($id: ID!) {\n          member(id: $id) {\n            allowance {\n              remaining\n            }\n          }\n        }\n      "): (typeof documents)["\n        query AllowancesMember($id: ID!) {\n          member(id: $id) {\n            allowance {\n              remaining\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApiKeysCreateApiKey($name: String!) {\n    createApiKey(name: $name) {\n      secret\n      apiKey {\n        id\n        name\n        prefix\n        createdAt\n        lastUsedAt\n        revokedAt\n        member {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ApiKeysCreateApiKey($name: String!) {\n    createApiKey(name: $name) {\n      secret\n      apiKey {\n        id\n        name\n        prefix\n        createdAt\n        lastUsedAt\n        revokedAt\n        member {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiKeysApiKeys($all: Boolean) {\n    apiKeys(includeRevoked: $all) {\n      id\n      name\n      prefix\n      revokedAt\n      member {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query ApiKeysApiKeys($all: Boolean) {\n    apiKeys(includeRevoked: $all) {\n      id\n      name\n      prefix\n      revokedAt\n      member {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApiKeysRevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n      revokedAt\n    }\n  }\n"): (typeof documents)["\n  mutation ApiKeysRevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n      revokedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiKeysViewer {\n    viewer {\n      member {\n        id\n        role\n      }\n      organization {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query ApiKeysViewer {\n    viewer {\n      member {\n        id\n        role\n      }\n      organization {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ApiKeysAuditLog {\n        auditLog {\n          nodes {\n            action\n            actor {\n              id\n            }\n            data\n          }\n        }\n      }\n    "): (typeof documents)["\n      query ApiKeysAuditLog {\n        auditLog {\n          nodes {\n            action\n            actor {\n              id\n            }\n            data\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query ApiKeysCreditTransactions {\n            creditTransactions {\n              totalCount\n            }\n          }\n        "): (typeof documents)["\n          query ApiKeysCreditTransactions {\n            creditTransactions {\n              totalCount\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation ApiKeysUpdateMemberRole($id: ID!) {\n        updateMemberRole(input: { memberId: $id, role: ADMIN }) {\n          role\n        }\n      }\n    "): (typeof documents)["\n      mutation ApiKeysUpdateMemberRole($id: ID!) {\n        updateMemberRole(input: { memberId: $id, role: ADMIN }) {\n          role\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation ApiKeysUpdateMemberRole2($id: ID!) {\n        updateMemberRole(input: { memberId: $id, role: GUEST }) {\n          role\n        }\n      }\n    "): (typeof documents)["\n      mutation ApiKeysUpdateMemberRole2($id: ID!) {\n        updateMemberRole(input: { memberId: $id, role: GUEST }) {\n          role\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation ApiKeysSuspendMember($id: ID!) {\n        suspendMember(memberId: $id) {\n          status\n        }\n      }\n    "): (typeof documents)["\n      mutation ApiKeysSuspendMember($id: ID!) {\n        suspendMember(memberId: $id) {\n          status\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation ApiKeysReactivateMember($id: ID!) {\n        reactivateMember(memberId: $id) {\n          status\n        }\n      }\n    "): (typeof documents)["\n      mutation ApiKeysReactivateMember($id: ID!) {\n        reactivateMember(memberId: $id) {\n          status\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation ApiKeysRemoveMember($id: ID!) {\n        removeMember(memberId: $id) {\n          status\n        }\n      }\n    "): (typeof documents)["\n      mutation ApiKeysRemoveMember($id: ID!) {\n        removeMember(memberId: $id) {\n          status\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ApiKeysAuditLog2 {\n        auditLog {\n          nodes {\n            action\n            actor {\n              id\n            }\n            targetId\n          }\n        }\n      }\n    "): (typeof documents)["\n      query ApiKeysAuditLog2 {\n        auditLog {\n          nodes {\n            action\n            actor {\n              id\n            }\n            targetId\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation ApiKeysAddMember($i: AddMemberInput!) {\n        addMember(input: $i) {\n          member {\n            id\n          }\n        }\n      }\n    "): (typeof documents)["\n      mutation ApiKeysAddMember($i: AddMemberInput!) {\n        addMember(input: $i) {\n          member {\n            id\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation ApiKeysRefusedSwitch($id: ID!) {\n          switchOrganization(organizationId: $id) {\n            accessToken\n          }\n        }\n      "): (typeof documents)["\n        mutation ApiKeysRefusedSwitch($id: ID!) {\n          switchOrganization(organizationId: $id) {\n            accessToken\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation ApiKeysRefusedRevokeOtherSessions {\n          revokeOtherSessions\n        }\n      "): (typeof documents)["\n        mutation ApiKeysRefusedRevokeOtherSessions {\n          revokeOtherSessions\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query ApiKeysRefusedSessions {\n          sessions {\n            id\n          }\n        }\n      "): (typeof documents)["\n        query ApiKeysRefusedSessions {\n          sessions {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation ApiKeysRefusedUpdateProfile {\n          updateProfile(name: \"Bot\") {\n            name\n          }\n        }\n      "): (typeof documents)["\n        mutation ApiKeysRefusedUpdateProfile {\n          updateProfile(name: \"Bot\") {\n            name\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation ApiKeysRefusedLeave {\n          leaveOrganization {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation ApiKeysRefusedLeave {\n          leaveOrganization {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation ApiKeysRefusedChangePassword {\n          changePassword(input: { currentPassword: \"violet-harbor-lantern-92\", newPassword: \"quiet-ember-compass-57\" }) {\n            accessToken\n          }\n        }\n      "): (typeof documents)["\n        mutation ApiKeysRefusedChangePassword {\n          changePassword(input: { currentPassword: \"violet-harbor-lantern-92\", newPassword: \"quiet-ember-compass-57\" }) {\n            accessToken\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation ApiKeysRefusedCreateApiKey($n: String!) {\n          createApiKey(name: $n) {\n            secret\n          }\n        }\n      "): (typeof documents)["\n        mutation ApiKeysRefusedCreateApiKey($n: String!) {\n          createApiKey(name: $n) {\n            secret\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ApiKeysViewer2 {\n        viewer {\n          user {\n            name\n          }\n        }\n      }\n    "): (typeof documents)["\n      query ApiKeysViewer2 {\n        viewer {\n          user {\n            name\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query ApiKeysViewer3 {\n            viewer {\n              member {\n                id\n              }\n            }\n          }\n        "): (typeof documents)["\n          query ApiKeysViewer3 {\n            viewer {\n              member {\n                id\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLogFiltered($first: Int, $after: String, $actorId: ID, $actions: [String!], $targetId: ID, $from: DateTime, $to: DateTime) {\n    auditLog(first: $first, after: $after, actorId: $actorId, actions: $actions, targetId: $targetId, from: $from, to: $to) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        action\n        targetId\n        data\n        createdAt\n        actor {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditLogFiltered($first: Int, $after: String, $actorId: ID, $actions: [String!], $targetId: ID, $from: DateTime, $to: DateTime) {\n    auditLog(first: $first, after: $after, actorId: $actorId, actions: $actions, targetId: $targetId, from: $from, to: $to) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        action\n        targetId\n        data\n        createdAt\n        actor {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLogNoTotal($first: Int, $actions: [String!]) {\n    auditLog(first: $first, actions: $actions) {\n      nodes {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditLogNoTotal($first: Int, $actions: [String!]) {\n    auditLog(first: $first, actions: $actions) {\n      nodes {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditActionsList {\n    auditActions\n  }\n"): (typeof documents)["\n  query AuditActionsList {\n    auditActions\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditChangeRole($input: UpdateMemberRoleInput!) {\n    updateMemberRole(input: $input) {\n      id\n      role\n    }\n  }\n"): (typeof documents)["\n  mutation AuditChangeRole($input: UpdateMemberRoleInput!) {\n    updateMemberRole(input: $input) {\n      id\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditScalePage($first: Int, $after: String, $actorId: ID, $actions: [String!], $targetId: ID, $from: DateTime, $to: DateTime) {\n    auditLog(first: $first, after: $after, actorId: $actorId, actions: $actions, targetId: $targetId, from: $from, to: $to) {\n      nodes {\n        id\n      }\n      pageInfo {\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditScalePage($first: Int, $after: String, $actorId: ID, $actions: [String!], $targetId: ID, $from: DateTime, $to: DateTime) {\n    auditLog(first: $first, after: $after, actorId: $actorId, actions: $actions, targetId: $targetId, from: $from, to: $to) {\n      nodes {\n        id\n      }\n      pageInfo {\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthSignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      accessToken\n      refreshToken\n      user {\n        id\n        email\n        mustChangePassword\n      }\n      member {\n        role\n      }\n      organization {\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AuthSignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      accessToken\n      refreshToken\n      user {\n        id\n        email\n        mustChangePassword\n      }\n      member {\n        role\n      }\n      organization {\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthLogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      accessToken\n      refreshToken\n      organization {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AuthLogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      accessToken\n      refreshToken\n      organization {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthRefreshSession($t: String) {\n    refreshSession(refreshToken: $t) {\n      accessToken\n      refreshToken\n    }\n  }\n"): (typeof documents)["\n  mutation AuthRefreshSession($t: String) {\n    refreshSession(refreshToken: $t) {\n      accessToken\n      refreshToken\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthViewer {\n    viewer {\n      user {\n        id\n        email\n      }\n      member {\n        id\n        role\n      }\n      organization {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuthViewer {\n    viewer {\n      user {\n        id\n        email\n      }\n      member {\n        id\n        role\n      }\n      organization {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            mutation AuthLogOut {\n              logOut\n            }\n          "): (typeof documents)["\n            mutation AuthLogOut {\n              logOut\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation AuthChangePassword($i: ChangePasswordInput!) {\n          changePassword(input: $i) {\n            accessToken\n            refreshToken\n          }\n        }\n      "): (typeof documents)["\n        mutation AuthChangePassword($i: ChangePasswordInput!) {\n          changePassword(input: $i) {\n            accessToken\n            refreshToken\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation AuthChangePassword2($i: ChangePasswordInput!) {\n        changePassword(input: $i) {\n          accessToken\n        }\n      }\n    "): (typeof documents)["\n      mutation AuthChangePassword2($i: ChangePasswordInput!) {\n        changePassword(input: $i) {\n          accessToken\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation AuthAddMember($i: AddMemberInput!) {\n          addMember(input: $i) {\n            member {\n              id\n            }\n          }\n        }\n      "): (typeof documents)["\n        mutation AuthAddMember($i: AddMemberInput!) {\n          addMember(input: $i) {\n            member {\n              id\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query AuthViewer2 {\n          viewer {\n            user {\n              mustChangePassword\n            }\n          }\n        }\n      "): (typeof documents)["\n        query AuthViewer2 {\n          viewer {\n            user {\n              mustChangePassword\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query AuthBlockedOrganization {\n          organization {\n            name\n          }\n        }\n      "): (typeof documents)["\n        query AuthBlockedOrganization {\n          organization {\n            name\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query AuthBlockedMembers {\n          members {\n            totalCount\n          }\n        }\n      "): (typeof documents)["\n        query AuthBlockedMembers {\n          members {\n            totalCount\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation AuthBlockedUpdateProfile {\n          updateProfile(name: \"T\") {\n            name\n          }\n        }\n      "): (typeof documents)["\n        mutation AuthBlockedUpdateProfile {\n          updateProfile(name: \"T\") {\n            name\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation AuthChangePassword3($i: ChangePasswordInput!) {\n          changePassword(input: $i) {\n            accessToken\n            user {\n              mustChangePassword\n            }\n          }\n        }\n      "): (typeof documents)["\n        mutation AuthChangePassword3($i: ChangePasswordInput!) {\n          changePassword(input: $i) {\n            accessToken\n            user {\n              mustChangePassword\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query AuthOrganization {\n          organization {\n            name\n          }\n        }\n      "): (typeof documents)["\n        query AuthOrganization {\n          organization {\n            name\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation AuthAddMember2($i: AddMemberInput!) {\n          addMember(input: $i) {\n            existingUser\n            temporaryPassword\n            member {\n              id\n            }\n          }\n        }\n      "): (typeof documents)["\n        mutation AuthAddMember2($i: AddMemberInput!) {\n          addMember(input: $i) {\n            existingUser\n            temporaryPassword\n            member {\n              id\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query AuthViewer3 {\n          viewer {\n            organizations {\n              name\n            }\n          }\n        }\n      "): (typeof documents)["\n        query AuthViewer3 {\n          viewer {\n            organizations {\n              name\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation AuthSwitchOrganization($id: ID!) {\n          switchOrganization(organizationId: $id) {\n            accessToken\n            member {\n              role\n            }\n            organization {\n              name\n            }\n          }\n        }\n      "): (typeof documents)["\n        mutation AuthSwitchOrganization($id: ID!) {\n          switchOrganization(organizationId: $id) {\n            accessToken\n            member {\n              role\n            }\n            organization {\n              name\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation AuthSwitchOrganization2($id: ID!) {\n          switchOrganization(organizationId: $id) {\n            accessToken\n          }\n        }\n      "): (typeof documents)["\n        mutation AuthSwitchOrganization2($id: ID!) {\n          switchOrganization(organizationId: $id) {\n            accessToken\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            mutation AuthUpdateProfile {\n              updateProfile(name: \"  New   Name \") {\n                name\n              }\n            }\n          "): (typeof documents)["\n            mutation AuthUpdateProfile {\n              updateProfile(name: \"  New   Name \") {\n                name\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            mutation AuthRenameOrganization {\n              renameOrganization(name: \"X\") {\n                name\n              }\n            }\n          "): (typeof documents)["\n            mutation AuthRenameOrganization {\n              renameOrganization(name: \"X\") {\n                name\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            mutation AuthRenameOrganization2 {\n              renameOrganization(name: \"Renamed\") {\n                name\n              }\n            }\n          "): (typeof documents)["\n            mutation AuthRenameOrganization2 {\n              renameOrganization(name: \"Renamed\") {\n                name\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query AuthAuditLog {\n          auditLog {\n            nodes {\n              action\n              data\n              actor {\n                id\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query AuthAuditLog {\n          auditLog {\n            nodes {\n              action\n              data\n              actor {\n                id\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query AuthSessions {\n            sessions {\n              id\n              current\n              organization {\n                id\n              }\n            }\n          }\n        "): (typeof documents)["\n          query AuthSessions {\n            sessions {\n              id\n              current\n              organization {\n                id\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            mutation AuthRevokeSession($id: ID!) {\n              revokeSession(id: $id)\n            }\n          "): (typeof documents)["\n            mutation AuthRevokeSession($id: ID!) {\n              revokeSession(id: $id)\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query AuthSessions2 {\n            sessions {\n              id\n            }\n          }\n        "): (typeof documents)["\n          query AuthSessions2 {\n            sessions {\n              id\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            mutation AuthRevokeOtherSessions {\n              revokeOtherSessions\n            }\n          "): (typeof documents)["\n            mutation AuthRevokeOtherSessions {\n              revokeOtherSessions\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthzAllowanceSet($m: ID!, $l: Credits) {\n    setMemberAllowance(memberId: $m, monthlyLimit: $l) {\n      id\n      allowance {\n        monthlyLimit\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AuthzAllowanceSet($m: ID!, $l: Credits) {\n    setMemberAllowance(memberId: $m, monthlyLimit: $l) {\n      id\n      allowance {\n        monthlyLimit\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation AuthzAllowanceDemote($id: ID!) {\n        updateMemberRole(input: { memberId: $id, role: MEMBER }) {\n          role\n        }\n      }\n    "): (typeof documents)["\n      mutation AuthzAllowanceDemote($id: ID!) {\n        updateMemberRole(input: { memberId: $id, role: MEMBER }) {\n          role\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation AuthzAllowanceRemove($id: ID!) {\n        removeMember(memberId: $id) {\n          status\n        }\n      }\n    "): (typeof documents)["\n      mutation AuthzAllowanceRemove($id: ID!) {\n        removeMember(memberId: $id) {\n          status\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthzKeysCreateApiKey($name: String!) {\n    createApiKey(name: $name) {\n      secret\n      apiKey {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AuthzKeysCreateApiKey($name: String!) {\n    createApiKey(name: $name) {\n      secret\n      apiKey {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation AuthzKeysAddMember($i: AddMemberInput!) {\n          addMember(input: $i) {\n            temporaryPassword\n          }\n        }\n      "): (typeof documents)["\n        mutation AuthzKeysAddMember($i: AddMemberInput!) {\n          addMember(input: $i) {\n            temporaryPassword\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation AuthzKeysUpdateRole($id: ID!) {\n          updateMemberRole(input: { memberId: $id, role: ADMIN }) {\n            role\n          }\n        }\n      "): (typeof documents)["\n        mutation AuthzKeysUpdateRole($id: ID!) {\n          updateMemberRole(input: { memberId: $id, role: ADMIN }) {\n            role\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation AuthzKeysRemove($id: ID!) {\n          removeMember(memberId: $id) {\n            status\n          }\n        }\n      "): (typeof documents)["\n        mutation AuthzKeysRemove($id: ID!) {\n          removeMember(memberId: $id) {\n            status\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation AuthzKeysSuspend($id: ID!) {\n          suspendMember(memberId: $id) {\n            status\n          }\n        }\n      "): (typeof documents)["\n        mutation AuthzKeysSuspend($id: ID!) {\n          suspendMember(memberId: $id) {\n            status\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation AuthzKeysReactivate($id: ID!) {\n          reactivateMember(memberId: $id) {\n            status\n          }\n        }\n      "): (typeof documents)["\n        mutation AuthzKeysReactivate($id: ID!) {\n          reactivateMember(memberId: $id) {\n            status\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation AuthzKeysResend($id: ID!) {\n          resendCredentials(memberId: $id) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation AuthzKeysResend($id: ID!) {\n          resendCredentials(memberId: $id) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation AuthzKeysTransfer($id: ID!, $p: String!) {\n          transferOwnership(memberId: $id, currentPassword: $p) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation AuthzKeysTransfer($id: ID!, $p: String!) {\n          transferOwnership(memberId: $id, currentPassword: $p) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation AuthzKeysAllowance($id: ID!, $l: Credits) {\n          setMemberAllowance(memberId: $id, monthlyLimit: $l) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation AuthzKeysAllowance($id: ID!, $l: Credits) {\n          setMemberAllowance(memberId: $id, monthlyLimit: $l) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation AuthzKeysCreateKey {\n          createApiKey(name: \"child\") {\n            secret\n          }\n        }\n      "): (typeof documents)["\n        mutation AuthzKeysCreateKey {\n          createApiKey(name: \"child\") {\n            secret\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation AuthzKeysRename {\n          renameOrganization(name: \"Pwned\") {\n            name\n          }\n        }\n      "): (typeof documents)["\n        mutation AuthzKeysRename {\n          renameOrganization(name: \"Pwned\") {\n            name\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation AuthzKeysRevokeOthersKey($id: ID!) {\n          revokeApiKey(id: $id) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation AuthzKeysRevokeOthersKey($id: ID!) {\n          revokeApiKey(id: $id) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation AuthzKeysSessionAddMember($i: AddMemberInput!) {\n        addMember(input: $i) {\n          temporaryPassword\n          member {\n            id\n          }\n        }\n      }\n    "): (typeof documents)["\n      mutation AuthzKeysSessionAddMember($i: AddMemberInput!) {\n        addMember(input: $i) {\n          temporaryPassword\n          member {\n            id\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation AuthzKeysSessionAllowance($id: ID!) {\n        setMemberAllowance(memberId: $id, monthlyLimit: \"10\") {\n          id\n        }\n      }\n    "): (typeof documents)["\n      mutation AuthzKeysSessionAllowance($id: ID!) {\n        setMemberAllowance(memberId: $id, monthlyLimit: \"10\") {\n          id\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation AuthzKeysSessionRename {\n        renameOrganization(name: \"Acme Labs\") {\n          name\n        }\n      }\n    "): (typeof documents)["\n      mutation AuthzKeysSessionRename {\n        renameOrganization(name: \"Acme Labs\") {\n          name\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query AuthzKeysReads {\n        viewer {\n          member {\n            id\n          }\n        }\n        organization {\n          name\n          creditBalance {\n            balance\n          }\n        }\n        members {\n          nodes {\n            id\n            email\n          }\n        }\n        auditLog {\n          totalCount\n        }\n        creditTransactions {\n          totalCount\n        }\n        apiKeys {\n          id\n        }\n        resources {\n          id\n        }\n      }\n    "): (typeof documents)["\n      query AuthzKeysReads {\n        viewer {\n          member {\n            id\n          }\n        }\n        organization {\n          name\n          creditBalance {\n            balance\n          }\n        }\n        members {\n          nodes {\n            id\n            email\n          }\n        }\n        auditLog {\n          totalCount\n        }\n        creditTransactions {\n          totalCount\n        }\n        apiKeys {\n          id\n        }\n        resources {\n          id\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation AuthzKeysResource {\n        createResource(input: { kind: AGENT, name: \"bot\" }) {\n          id\n        }\n      }\n    "): (typeof documents)["\n      mutation AuthzKeysResource {\n        createResource(input: { kind: AGENT, name: \"bot\" }) {\n          id\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation AuthzKeysTopUp($k: String!) {\n        addCredits(input: { amount: \"5\", idempotencyKey: $k }) {\n          balanceAfter\n        }\n      }\n    "): (typeof documents)["\n      mutation AuthzKeysTopUp($k: String!) {\n        addCredits(input: { amount: \"5\", idempotencyKey: $k }) {\n          balanceAfter\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation AuthzKeysThreshold {\n            setLowBalanceThreshold(threshold: \"10\") {\n              lowBalanceThreshold\n            }\n          }\n        "): (typeof documents)["\n          mutation AuthzKeysThreshold {\n            setLowBalanceThreshold(threshold: \"10\") {\n              lowBalanceThreshold\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation AuthzKeysRevokeSelf($id: ID!) {\n        revokeApiKey(id: $id) {\n          revokedAt\n        }\n      }\n    "): (typeof documents)["\n      mutation AuthzKeysRevokeSelf($id: ID!) {\n        revokeApiKey(id: $id) {\n          revokedAt\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation AuthzKeysAddTmp($i: AddMemberInput!) {\n        addMember(input: $i) {\n          member {\n            id\n          }\n        }\n      }\n    "): (typeof documents)["\n      mutation AuthzKeysAddTmp($i: AddMemberInput!) {\n        addMember(input: $i) {\n          member {\n            id\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthzSpendCreateApiKey($name: String!) {\n    createApiKey(name: $name) {\n      secret\n      apiKey {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AuthzSpendCreateApiKey($name: String!) {\n    createApiKey(name: $name) {\n      secret\n      apiKey {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthzSpendRemoveMember($id: ID!) {\n    removeMember(memberId: $id) {\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation AuthzSpendRemoveMember($id: ID!) {\n    removeMember(memberId: $id) {\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthzSpendSuspendMember($id: ID!) {\n    suspendMember(memberId: $id) {\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation AuthzSpendSuspendMember($id: ID!) {\n    suspendMember(memberId: $id) {\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthzSpendDemote($id: ID!) {\n    updateMemberRole(input: { memberId: $id, role: GUEST }) {\n      role\n    }\n  }\n"): (typeof documents)["\n  mutation AuthzSpendDemote($id: ID!) {\n    updateMemberRole(input: { memberId: $id, role: GUEST }) {\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthzSpendRevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      revokedAt\n    }\n  }\n"): (typeof documents)["\n  mutation AuthzSpendRevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      revokedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CrashSpend($k: String!) {\n    recordUsage(input: { operation: \"chat\", credits: \"0.5\", idempotencyKey: $k }) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CrashSpend($k: String!) {\n    recordUsage(input: { operation: \"chat\", credits: \"0.5\", idempotencyKey: $k }) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation CrashSignUp {\n          signUp(\n            input: { name: \"Crash Owner\", email: \"crash@example.test\", password: \"violet-harbor-lantern-92\", organizationName: \"Crash Co\" }\n          ) {\n            accessToken\n            organization {\n              id\n            }\n          }\n        }\n      "): (typeof documents)["\n        mutation CrashSignUp {\n          signUp(\n            input: { name: \"Crash Owner\", email: \"crash@example.test\", password: \"violet-harbor-lantern-92\", organizationName: \"Crash Co\" }\n          ) {\n            accessToken\n            organization {\n              id\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation CrashSeedCredits {\n          addCredits(input: { amount: \"1000\", idempotencyKey: \"seed\" }) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation CrashSeedCredits {\n          addCredits(input: { amount: \"1000\", idempotencyKey: \"seed\" }) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n                  mutation CrashAddMember($e: String!) {\n                    addMember(input: { name: \"Invitee\", email: $e, temporaryPassword: \"copper-meadow-falcon-31\" }) {\n                      member {\n                        id\n                      }\n                    }\n                  }\n                "): (typeof documents)["\n                  mutation CrashAddMember($e: String!) {\n                    addMember(input: { name: \"Invitee\", email: $e, temporaryPassword: \"copper-meadow-falcon-31\" }) {\n                      member {\n                        id\n                      }\n                    }\n                  }\n                "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreditAdjustmentsAdjustCredits($i: AdjustCreditsInput!) {\n    adjustCredits(input: $i) {\n      id\n      kind\n      amount\n      balanceAfter\n      note\n      idempotencyKey\n      member {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreditAdjustmentsAdjustCredits($i: AdjustCreditsInput!) {\n    adjustCredits(input: $i) {\n      id\n      kind\n      amount\n      balanceAfter\n      note\n      idempotencyKey\n      member {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreditAdjustmentsSetLowBalanceThreshold($v: Credits) {\n    setLowBalanceThreshold(threshold: $v) {\n      isLow\n    }\n  }\n"): (typeof documents)["\n  mutation CreditAdjustmentsSetLowBalanceThreshold($v: Credits) {\n    setLowBalanceThreshold(threshold: $v) {\n      isLow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query CreditAdjustmentsAuditLog {\n        auditLog {\n          nodes {\n            action\n            actor {\n              id\n            }\n            targetId\n            data\n          }\n        }\n      }\n    "): (typeof documents)["\n      query CreditAdjustmentsAuditLog {\n        auditLog {\n          nodes {\n            action\n            actor {\n              id\n            }\n            targetId\n            data\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query CreditAdjustmentsCreditTransactions {\n          creditTransactions(kind: ADJUSTMENT) {\n            totalCount\n            nodes {\n              amount\n              note\n            }\n          }\n        }\n      "): (typeof documents)["\n        query CreditAdjustmentsCreditTransactions {\n          creditTransactions(kind: ADJUSTMENT) {\n            totalCount\n            nodes {\n              amount\n              note\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation CreditAdjustmentsAddCredits($i: AddCreditsInput!) {\n          addCredits(input: $i) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation CreditAdjustmentsAddCredits($i: AddCreditsInput!) {\n          addCredits(input: $i) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CreditsCreditTransactions($first: Int, $after: String, $kind: CreditTransactionKind) {\n    creditTransactions(first: $first, after: $after, kind: $kind) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        kind\n        amount\n        balanceAfter\n        note\n        member {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CreditsCreditTransactions($first: Int, $after: String, $kind: CreditTransactionKind) {\n    creditTransactions(first: $first, after: $after, kind: $kind) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        kind\n        amount\n        balanceAfter\n        note\n        member {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreditsSetLowBalanceThreshold($v: Credits) {\n    setLowBalanceThreshold(threshold: $v) {\n      balance\n      lowBalanceThreshold\n      isLow\n    }\n  }\n"): (typeof documents)["\n  mutation CreditsSetLowBalanceThreshold($v: Credits) {\n    setLowBalanceThreshold(threshold: $v) {\n      balance\n      lowBalanceThreshold\n      isLow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            mutation CreditsAddCredits {\n              addCredits(input: { amount: 2, idempotencyKey: \"x\" }) {\n                id\n              }\n            }\n          "): (typeof documents)["\n            mutation CreditsAddCredits {\n              addCredits(input: { amount: 2, idempotencyKey: \"x\" }) {\n                id\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            mutation CreditsAddCredits2 {\n              addCredits(input: { amount: \"abc\", idempotencyKey: \"x\" }) {\n                id\n              }\n            }\n          "): (typeof documents)["\n            mutation CreditsAddCredits2 {\n              addCredits(input: { amount: \"abc\", idempotencyKey: \"x\" }) {\n                id\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            mutation CreditsAddCredits3 {\n              addCredits(input: { amount: \"1.0000001\", idempotencyKey: \"x\" }) {\n                id\n              }\n            }\n          "): (typeof documents)["\n            mutation CreditsAddCredits3 {\n              addCredits(input: { amount: \"1.0000001\", idempotencyKey: \"x\" }) {\n                id\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query CreditsAuditLog {\n          auditLog {\n            nodes {\n              action\n              actor {\n                id\n              }\n              targetId\n              data\n            }\n          }\n        }\n      "): (typeof documents)["\n        query CreditsAuditLog {\n          auditLog {\n            nodes {\n              action\n              actor {\n                id\n              }\n              targetId\n              data\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query CreditsViewer {\n          viewer {\n            organizations {\n              id\n              creditBalance {\n                balance\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query CreditsViewer {\n          viewer {\n            organizations {\n              id\n              creditBalance {\n                balance\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query CreditsAuditLog2 {\n          auditLog {\n            nodes {\n              action\n              data\n            }\n          }\n        }\n      "): (typeof documents)["\n        query CreditsAuditLog2 {\n          auditLog {\n            nodes {\n              action\n              data\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DashboardStatementsSetAllowance($m: ID!, $l: Credits) {\n    setMemberAllowance(memberId: $m, monthlyLimit: $l) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DashboardStatementsSetAllowance($m: ID!, $l: Credits) {\n    setMemberAllowance(memberId: $m, monthlyLimit: $l) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DashboardStatementsCreateResource($n: String!) {\n    createResource(input: { kind: AGENT, name: $n }) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DashboardStatementsCreateResource($n: String!) {\n    createResource(input: { kind: AGENT, name: $n }) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation FaultsSignUp($i: SignUpInput!) {\n      signUp(input: $i) {\n        organization {\n          id\n        }\n      }\n    }\n  "): (typeof documents)["\n    mutation FaultsSignUp($i: SignUpInput!) {\n      signUp(input: $i) {\n        organization {\n          id\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AuthFields on AuthPayload {\n    accessToken\n    refreshToken\n    user {\n      id\n      email\n    }\n    member {\n      id\n      role\n    }\n    organization {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment AuthFields on AuthPayload {\n    accessToken\n    refreshToken\n    user {\n      id\n      email\n    }\n    member {\n      id\n      role\n    }\n    organization {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation FixtureSignUp($input: SignUpInput!) {\n        signUp(input: $input) {\n          ...AuthFields\n        }\n      }\n    "): (typeof documents)["\n      mutation FixtureSignUp($input: SignUpInput!) {\n        signUp(input: $input) {\n          ...AuthFields\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation FixtureLogIn($input: LogInInput!) {\n        logIn(input: $input) {\n          ...AuthFields\n        }\n      }\n    "): (typeof documents)["\n      mutation FixtureLogIn($input: LogInInput!) {\n        logIn(input: $input) {\n          ...AuthFields\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation FixtureAddMember($input: AddMemberInput!) {\n        addMember(input: $input) {\n          member {\n            id\n          }\n        }\n      }\n    "): (typeof documents)["\n      mutation FixtureAddMember($input: AddMemberInput!) {\n        addMember(input: $input) {\n          member {\n            id\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation FixtureChangePassword($input: ChangePasswordInput!) {\n        changePassword(input: $input) {\n          ...AuthFields\n        }\n      }\n    "): (typeof documents)["\n      mutation FixtureChangePassword($input: ChangePasswordInput!) {\n        changePassword(input: $input) {\n          ...AuthFields\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TopUp($i: AddCreditsInput!) {\n    addCredits(input: $i) {\n      id\n      kind\n      amount\n      balanceAfter\n      note\n      member {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TopUp($i: AddCreditsInput!) {\n    addCredits(input: $i) {\n      id\n      kind\n      amount\n      balanceAfter\n      note\n      member {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Spend($i: RecordUsageInput!) {\n    recordUsage(input: $i) {\n      id\n      operation\n      credits\n      createdAt\n      member {\n        id\n      }\n      resource {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Spend($i: RecordUsageInput!) {\n    recordUsage(input: $i) {\n      id\n      operation\n      credits\n      createdAt\n      member {\n        id\n      }\n      resource {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SpendBatch($i: [RecordUsageInput!]!) {\n    recordUsageBatch(inputs: $i) {\n      charged\n      refused\n      items {\n        index\n        ok\n        replayed\n        record {\n          id\n          credits\n        }\n        error {\n          code\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SpendBatch($i: [RecordUsageInput!]!) {\n    recordUsageBatch(inputs: $i) {\n      charged\n      refused\n      items {\n        index\n        ok\n        replayed\n        record {\n          id\n          credits\n        }\n        error {\n          code\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Balance {\n    organization {\n      creditBalance {\n        balance\n        lowBalanceThreshold\n        isLow\n        updatedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query Balance {\n    organization {\n      creditBalance {\n        balance\n        lowBalanceThreshold\n        isLow\n        updatedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            mutation LedgerLoadersCreateResource($n: String!) {\n              createResource(input: { kind: AGENT, name: $n }) {\n                id\n              }\n            }\n          "): (typeof documents)["\n            mutation LedgerLoadersCreateResource($n: String!) {\n              createResource(input: { kind: AGENT, name: $n }) {\n                id\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation LedgerLoadersCreateApiKey($n: String!) {\n          createApiKey(name: $n) {\n            secret\n          }\n        }\n      "): (typeof documents)["\n        mutation LedgerLoadersCreateApiKey($n: String!) {\n          createApiKey(name: $n) {\n            secret\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query LedgerLoadersUsageRecords($n: Int) {\n            usageRecords(first: $n) {\n              nodes {\n                member {\n                  name\n                }\n                resource {\n                  name\n                  createdBy {\n                    name\n                  }\n                }\n              }\n            }\n          }\n        "): (typeof documents)["\n          query LedgerLoadersUsageRecords($n: Int) {\n            usageRecords(first: $n) {\n              nodes {\n                member {\n                  name\n                }\n                resource {\n                  name\n                  createdBy {\n                    name\n                  }\n                }\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query LedgerLoadersCreditTransactions($n: Int) {\n            creditTransactions(first: $n) {\n              nodes {\n                member {\n                  name\n                }\n              }\n            }\n          }\n        "): (typeof documents)["\n          query LedgerLoadersCreditTransactions($n: Int) {\n            creditTransactions(first: $n) {\n              nodes {\n                member {\n                  name\n                }\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query LedgerLoadersApiKeys {\n            apiKeys {\n              member {\n                name\n              }\n            }\n          }\n        "): (typeof documents)["\n          query LedgerLoadersApiKeys {\n            apiKeys {\n              member {\n                name\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query LedgerLoadersResources {\n            resources {\n              createdBy {\n                name\n              }\n            }\n            organization {\n              creditBalance {\n                balance\n              }\n            }\n          }\n        "): (typeof documents)["\n          query LedgerLoadersResources {\n            resources {\n              createdBy {\n                name\n              }\n            }\n            organization {\n              creditBalance {\n                balance\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MailDevAddMember($input: AddMemberInput!) {\n    addMember(input: $input) {\n      member {\n        id\n        emailStatus\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MailDevAddMember($input: AddMemberInput!) {\n    addMember(input: $input) {\n      member {\n        id\n        emailStatus\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query MailDevMember($id: ID!) {\n              member(id: $id) {\n                emailStatus\n              }\n            }\n          "): (typeof documents)["\n            query MailDevMember($id: ID!) {\n              member(id: $id) {\n                emailStatus\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MailFaultsAddMember($input: AddMemberInput!) {\n    addMember(input: $input) {\n      member {\n        id\n        emailStatus\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MailFaultsAddMember($input: AddMemberInput!) {\n    addMember(input: $input) {\n      member {\n        id\n        emailStatus\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MailFaultsMember2($id: ID!) {\n    member(id: $id) {\n      emailStatus\n    }\n  }\n"): (typeof documents)["\n  query MailFaultsMember2($id: ID!) {\n    member(id: $id) {\n      emailStatus\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MailFaultsResendCredentials($id: ID!) {\n    resendCredentials(memberId: $id) {\n      id\n      emailStatus\n    }\n  }\n"): (typeof documents)["\n  mutation MailFaultsResendCredentials($id: ID!) {\n    resendCredentials(memberId: $id) {\n      id\n      emailStatus\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MailFaultsMember($id: ID!) {\n    member(id: $id) {\n      emailStatus\n      emailError\n    }\n  }\n"): (typeof documents)["\n  query MailFaultsMember($id: ID!) {\n    member(id: $id) {\n      emailStatus\n      emailError\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query MailFaultsMembers {\n          members {\n            nodes {\n              emailError\n            }\n          }\n        }\n      "): (typeof documents)["\n        query MailFaultsMembers {\n          members {\n            nodes {\n              emailError\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation MailFaultsRemoveMember($id: ID!) {\n        removeMember(memberId: $id) {\n          id\n        }\n      }\n    "): (typeof documents)["\n      mutation MailFaultsRemoveMember($id: ID!) {\n        removeMember(memberId: $id) {\n          id\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MailAddMember($input: AddMemberInput!) {\n    addMember(input: $input) {\n      member {\n        id\n        emailStatus\n      }\n      existingUser\n      temporaryPassword\n    }\n  }\n"): (typeof documents)["\n  mutation MailAddMember($input: AddMemberInput!) {\n    addMember(input: $input) {\n      member {\n        id\n        emailStatus\n      }\n      existingUser\n      temporaryPassword\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MailMember($id: ID!) {\n    member(id: $id) {\n      id\n      emailStatus\n    }\n  }\n"): (typeof documents)["\n  query MailMember($id: ID!) {\n    member(id: $id) {\n      id\n      emailStatus\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MailResendCredentials($id: ID!) {\n    resendCredentials(memberId: $id) {\n      id\n      emailStatus\n    }\n  }\n"): (typeof documents)["\n  mutation MailResendCredentials($id: ID!) {\n    resendCredentials(memberId: $id) {\n      id\n      emailStatus\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query MailMembers {\n        members {\n          nodes {\n            id\n            name\n            email\n            emailStatus\n          }\n        }\n        auditLog {\n          nodes {\n            action\n          }\n        }\n      }\n    "): (typeof documents)["\n      query MailMembers {\n        members {\n          nodes {\n            id\n            name\n            email\n            emailStatus\n          }\n        }\n        auditLog {\n          nodes {\n            action\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation MailRemoveMember($id: ID!) {\n        removeMember(memberId: $id) {\n          id\n        }\n      }\n    "): (typeof documents)["\n      mutation MailRemoveMember($id: ID!) {\n        removeMember(memberId: $id) {\n          id\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation MailTransferOwnership($id: ID!, $pw: String!) {\n        transferOwnership(memberId: $id, currentPassword: $pw) {\n          id\n        }\n      }\n    "): (typeof documents)["\n      mutation MailTransferOwnership($id: ID!, $pw: String!) {\n        transferOwnership(memberId: $id, currentPassword: $pw) {\n          id\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation MailLogIn($input: LogInInput!) {\n        logIn(input: $input) {\n          accessToken\n        }\n      }\n    "): (typeof documents)["\n      mutation MailLogIn($input: LogInInput!) {\n        logIn(input: $input) {\n          accessToken\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation MailSuspendMember($id: ID!) {\n        suspendMember(memberId: $id) {\n          id\n        }\n      }\n    "): (typeof documents)["\n      mutation MailSuspendMember($id: ID!) {\n        suspendMember(memberId: $id) {\n          id\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MembersAddMember($i: AddMemberInput!) {\n    addMember(input: $i) {\n      existingUser\n      temporaryPassword\n      member {\n        id\n        name\n        email\n        role\n        status\n        emailStatus\n        invitedBy {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MembersAddMember($i: AddMemberInput!) {\n    addMember(input: $i) {\n      existingUser\n      temporaryPassword\n      member {\n        id\n        name\n        email\n        role\n        status\n        emailStatus\n        invitedBy {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MembersUpdateMemberRole($id: ID!, $role: Role!) {\n    updateMemberRole(input: { memberId: $id, role: $role }) {\n      id\n      role\n    }\n  }\n"): (typeof documents)["\n  mutation MembersUpdateMemberRole($id: ID!, $role: Role!) {\n    updateMemberRole(input: { memberId: $id, role: $role }) {\n      id\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MembersRemoveMember($id: ID!) {\n    removeMember(memberId: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation MembersRemoveMember($id: ID!) {\n    removeMember(memberId: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MembersSuspendMember($id: ID!) {\n    suspendMember(memberId: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation MembersSuspendMember($id: ID!) {\n    suspendMember(memberId: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MembersReactivateMember($id: ID!) {\n    reactivateMember(memberId: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation MembersReactivateMember($id: ID!) {\n    reactivateMember(memberId: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MembersTransferOwnership($id: ID!, $pw: String!) {\n    transferOwnership(memberId: $id, currentPassword: $pw) {\n      owner {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MembersTransferOwnership($id: ID!, $pw: String!) {\n    transferOwnership(memberId: $id, currentPassword: $pw) {\n      owner {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MembersViewer {\n    viewer {\n      member {\n        id\n        role\n      }\n    }\n  }\n"): (typeof documents)["\n  query MembersViewer {\n    viewer {\n      member {\n        id\n        role\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            mutation MembersLogIn($i: LogInInput!) {\n              logIn(input: $i) {\n                accessToken\n              }\n            }\n          "): (typeof documents)["\n            mutation MembersLogIn($i: LogInInput!) {\n              logIn(input: $i) {\n                accessToken\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query MembersAuditLog {\n          auditLog(first: 5) {\n            totalCount\n            nodes {\n              action\n              targetId\n              data\n              actor {\n                id\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query MembersAuditLog {\n          auditLog(first: 5) {\n            totalCount\n            nodes {\n              action\n              targetId\n              data\n              actor {\n                id\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            mutation MembersUpdateProfile {\n              updateProfile(name: \"Still Me\") {\n                name\n              }\n            }\n          "): (typeof documents)["\n            mutation MembersUpdateProfile {\n              updateProfile(name: \"Still Me\") {\n                name\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            mutation MembersRenameOrganization {\n              renameOrganization(name: \"Mine\") {\n                name\n              }\n            }\n          "): (typeof documents)["\n            mutation MembersRenameOrganization {\n              renameOrganization(name: \"Mine\") {\n                name\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            mutation MembersRefreshSession($t: String) {\n              refreshSession(refreshToken: $t) {\n                accessToken\n              }\n            }\n          "): (typeof documents)["\n            mutation MembersRefreshSession($t: String) {\n              refreshSession(refreshToken: $t) {\n                accessToken\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query MembersMembers {\n          members {\n            totalCount\n          }\n          removed: members(status: REMOVED) {\n            nodes {\n              id\n              name\n            }\n          }\n        }\n      "): (typeof documents)["\n        query MembersMembers {\n          members {\n            totalCount\n          }\n          removed: members(status: REMOVED) {\n            nodes {\n              id\n              name\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation MembersLeaveOrganization {\n          leaveOrganization {\n            id\n            status\n          }\n        }\n      "): (typeof documents)["\n        mutation MembersLeaveOrganization {\n          leaveOrganization {\n            id\n            status\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            mutation MembersLeaveOrganization2 {\n              leaveOrganization {\n                id\n              }\n            }\n          "): (typeof documents)["\n            mutation MembersLeaveOrganization2 {\n              leaveOrganization {\n                id\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query MembersAuditLog2 {\n          auditLog(first: 1) {\n            nodes {\n              action\n              actor {\n                id\n              }\n              targetId\n            }\n          }\n        }\n      "): (typeof documents)["\n        query MembersAuditLog2 {\n          auditLog(first: 1) {\n            nodes {\n              action\n              actor {\n                id\n              }\n              targetId\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n              query MembersMember($id: ID!) {\n                member(id: $id) {\n                  id\n                }\n              }\n            "): (typeof documents)["\n              query MembersMember($id: ID!) {\n                member(id: $id) {\n                  id\n                }\n              }\n            "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query MembersMembers3 {\n          members(first: 200) {\n            nodes {\n              organization {\n                id\n                owner {\n                  organization {\n                    id\n                  }\n                }\n              }\n              invitedBy {\n                organization {\n                  id\n                }\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query MembersMembers3 {\n          members(first: 200) {\n            nodes {\n              organization {\n                id\n                owner {\n                  organization {\n                    id\n                  }\n                }\n              }\n              invitedBy {\n                organization {\n                  id\n                }\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query MembersMembers2 {\n        members {\n          nodes {\n            id\n            name\n            role\n            status\n            email\n            lastActiveAt\n            invitedBy {\n              id\n            }\n          }\n        }\n      }\n    "): (typeof documents)["\n      query MembersMembers2 {\n        members {\n          nodes {\n            id\n            name\n            role\n            status\n            email\n            lastActiveAt\n            invitedBy {\n              id\n            }\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query MembersMembers4($a: String) {\n              members(first: 3, after: $a) {\n                totalCount\n                pageInfo {\n                  endCursor\n                  hasNextPage\n                }\n                nodes {\n                  id\n                }\n              }\n            }\n          "): (typeof documents)["\n            query MembersMembers4($a: String) {\n              members(first: 3, after: $a) {\n                totalCount\n                pageInfo {\n                  endCursor\n                  hasNextPage\n                }\n                nodes {\n                  id\n                }\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query MembersMembers5 {\n          members(role: GUEST) {\n            totalCount\n          }\n        }\n      "): (typeof documents)["\n        query MembersMembers5 {\n          members(role: GUEST) {\n            totalCount\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query MembersMembers6 {\n          members(search: \"person 4\") {\n            nodes {\n              name\n            }\n          }\n        }\n      "): (typeof documents)["\n        query MembersMembers6 {\n          members(search: \"person 4\") {\n            nodes {\n              name\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query MembersMembers7 {\n          members(search: \"%\") {\n            totalCount\n          }\n        }\n      "): (typeof documents)["\n        query MembersMembers7 {\n          members(search: \"%\") {\n            totalCount\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query MembersMembers8 {\n              members(first: 100000) {\n                totalCount\n              }\n            }\n          "): (typeof documents)["\n            query MembersMembers8 {\n              members(first: 100000) {\n                totalCount\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query MembersMembers9 {\n              members(first: 0) {\n                totalCount\n              }\n            }\n          "): (typeof documents)["\n            query MembersMembers9 {\n              members(first: 0) {\n                totalCount\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query MembersMembers10 {\n              members(after: \"garbage\") {\n                totalCount\n              }\n            }\n          "): (typeof documents)["\n            query MembersMembers10 {\n              members(after: \"garbage\") {\n                totalCount\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query MembersSpaPage($first: Int!, $after: String) {\n        members(first: $first, after: $after) {\n          nodes {\n            id\n            name\n            email\n            role\n            status\n            joinedAt\n            lastActiveAt\n            emailStatus\n            emailError\n            mfaEnabled\n            temporaryPasswordExpiresAt\n            invitedBy {\n              id\n              name\n            }\n            allowance {\n              monthlyLimit\n              usedThisMonth\n              remaining\n            }\n          }\n          pageInfo {\n            endCursor\n            hasNextPage\n          }\n          totalCount\n        }\n      }\n    "): (typeof documents)["\n      query MembersSpaPage($first: Int!, $after: String) {\n        members(first: $first, after: $after) {\n          nodes {\n            id\n            name\n            email\n            role\n            status\n            joinedAt\n            lastActiveAt\n            emailStatus\n            emailError\n            mfaEnabled\n            temporaryPasswordExpiresAt\n            invitedBy {\n              id\n              name\n            }\n            allowance {\n              monthlyLimit\n              usedThisMonth\n              remaining\n            }\n          }\n          pageInfo {\n            endCursor\n            hasNextPage\n          }\n          totalCount\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            mutation MembersSetMemberAllowance($m: ID!) {\n              setMemberAllowance(memberId: $m, monthlyLimit: \"25\") {\n                id\n              }\n            }\n          "): (typeof documents)["\n            mutation MembersSetMemberAllowance($m: ID!) {\n              setMemberAllowance(memberId: $m, monthlyLimit: \"25\") {\n                id\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query MembersMembers11($f: Int) {\n        members(first: $f) {\n          nodes {\n            id\n            name\n            email\n            emailError\n            invitedBy {\n              name\n            }\n            organization {\n              name\n              owner {\n                name\n              }\n              memberCount\n            }\n            allowance {\n              remaining\n            }\n          }\n        }\n      }\n    "): (typeof documents)["\n      query MembersMembers11($f: Int) {\n        members(first: $f) {\n          nodes {\n            id\n            name\n            email\n            emailError\n            invitedBy {\n              name\n            }\n            organization {\n              name\n              owner {\n                name\n              }\n              memberCount\n            }\n            allowance {\n              remaining\n            }\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MetricsLogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      accessToken\n    }\n  }\n"): (typeof documents)["\n  mutation MetricsLogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      accessToken\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MetricsAddMember($input: AddMemberInput!) {\n    addMember(input: $input) {\n      member {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MetricsAddMember($input: AddMemberInput!) {\n    addMember(input: $input) {\n      member {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NodesSignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      accessToken\n      refreshToken\n      organization {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation NodesSignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      accessToken\n      refreshToken\n      organization {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NodesLogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      accessToken\n    }\n  }\n"): (typeof documents)["\n  mutation NodesLogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      accessToken\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NodesViewer {\n    viewer {\n      user {\n        email\n      }\n    }\n  }\n"): (typeof documents)["\n  query NodesViewer {\n    viewer {\n      user {\n        email\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NodesRefresh($t: String) {\n    refreshSession(refreshToken: $t) {\n      accessToken\n    }\n  }\n"): (typeof documents)["\n  mutation NodesRefresh($t: String) {\n    refreshSession(refreshToken: $t) {\n      accessToken\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NodesTopUp($amount: Credits!, $k: String!) {\n    addCredits(input: { amount: $amount, idempotencyKey: $k }) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation NodesTopUp($amount: Credits!, $k: String!) {\n    addCredits(input: { amount: $amount, idempotencyKey: $k }) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NodesSpend($k: String!) {\n    recordUsage(input: { operation: \"chat\", credits: \"0.5\", idempotencyKey: $k }) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation NodesSpend($k: String!) {\n    recordUsage(input: { operation: \"chat\", credits: \"0.5\", idempotencyKey: $k }) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NodesAddMember($e: String!) {\n    addMember(input: { name: \"Node Invitee\", email: $e, temporaryPassword: \"copper-meadow-falcon-31\" }) {\n      member {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation NodesAddMember($e: String!) {\n    addMember(input: { name: \"Node Invitee\", email: $e, temporaryPassword: \"copper-meadow-falcon-31\" }) {\n      member {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RlOrg {\n    organization {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query RlOrg {\n    organization {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RlMembers {\n    members(first: 10) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query RlMembers {\n    members(first: 10) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RlLogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      accessToken\n    }\n  }\n"): (typeof documents)["\n  mutation RlLogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      accessToken\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RlLogOut {\n    logOut\n  }\n"): (typeof documents)["\n  mutation RlLogOut {\n    logOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RlRevokeKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RlRevokeKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RlCreateKey($name: String!) {\n    createApiKey(name: $name) {\n      secret\n      apiKey {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RlCreateKey($name: String!) {\n    createApiKey(name: $name) {\n      secret\n      apiKey {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RlKeys {\n    apiKeys {\n      id\n      name\n      rateLimit {\n        used\n        limit\n        resetAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query RlKeys {\n    apiKeys {\n      id\n      name\n      rateLimit {\n        used\n        limit\n        resetAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription RlUsage {\n    usageRecorded {\n      id\n    }\n  }\n"): (typeof documents)["\n  subscription RlUsage {\n    usageRecorded {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResourcesResources($kind: ResourceKind) {\n    resources(kind: $kind) {\n      id\n      kind\n      name\n      createdAt\n      deletedAt\n      createdBy {\n        id\n        name\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  query ResourcesResources($kind: ResourceKind) {\n    resources(kind: $kind) {\n      id\n      kind\n      name\n      createdAt\n      deletedAt\n      createdBy {\n        id\n        name\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResourcesCreateResource($i: CreateResourceInput!) {\n    createResource(input: $i) {\n      id\n      kind\n      name\n      createdBy {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ResourcesCreateResource($i: CreateResourceInput!) {\n    createResource(input: $i) {\n      id\n      kind\n      name\n      createdBy {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResourcesRenameResource($id: ID!, $name: String!) {\n    renameResource(id: $id, name: $name) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation ResourcesRenameResource($id: ID!, $name: String!) {\n    renameResource(id: $id, name: $name) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResourcesDeleteResource($id: ID!) {\n    deleteResource(id: $id)\n  }\n"): (typeof documents)["\n  mutation ResourcesDeleteResource($id: ID!) {\n    deleteResource(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ResourcesAuditLog {\n        auditLog {\n          nodes {\n            action\n            targetId\n            actor {\n              id\n            }\n            data\n          }\n        }\n      }\n    "): (typeof documents)["\n      query ResourcesAuditLog {\n        auditLog {\n          nodes {\n            action\n            targetId\n            actor {\n              id\n            }\n            data\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation ResourcesRemoveMember($id: ID!) {\n        removeMember(memberId: $id) {\n          status\n        }\n      }\n    "): (typeof documents)["\n      mutation ResourcesRemoveMember($id: ID!) {\n        removeMember(memberId: $id) {\n          status\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ResourcesUsageRecords {\n        usageRecords {\n          nodes {\n            member {\n              name\n              status\n            }\n            resource {\n              id\n              name\n              deletedAt\n              createdBy {\n                name\n              }\n            }\n          }\n        }\n      }\n    "): (typeof documents)["\n      query ResourcesUsageRecords {\n        usageRecords {\n          nodes {\n            member {\n              name\n              status\n            }\n            resource {\n              id\n              name\n              deletedAt\n              createdBy {\n                name\n              }\n            }\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SdkCreateApiKey($name: String!) {\n    createApiKey(name: $name) {\n      secret\n      apiKey {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SdkCreateApiKey($name: String!) {\n    createApiKey(name: $name) {\n      secret\n      apiKey {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SdkRevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n      revokedAt\n    }\n  }\n"): (typeof documents)["\n  mutation SdkRevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n      revokedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation SdkAddCredits($i: AddCreditsInput!) {\n        addCredits(input: $i) {\n          id\n        }\n      }\n    "): (typeof documents)["\n      mutation SdkAddCredits($i: AddCreditsInput!) {\n        addCredits(input: $i) {\n          id\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query SdkResources {\n        resources {\n          id\n        }\n      }\n    "): (typeof documents)["\n      query SdkResources {\n        resources {\n          id\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation SdkCreateResource {\n        createResource(input: { kind: AGENT, name: \"support bot\" }) {\n          id\n        }\n      }\n    "): (typeof documents)["\n      mutation SdkCreateResource {\n        createResource(input: { kind: AGENT, name: \"support bot\" }) {\n          id\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query SdkOrganizationId {\n        organization {\n          id\n        }\n      }\n    "): (typeof documents)["\n      query SdkOrganizationId {\n        organization {\n          id\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query SdkOrganizationName {\n            organization {\n              name\n            }\n          }\n        "): (typeof documents)["\n          query SdkOrganizationName {\n            organization {\n              name\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation SdkAddCreditsIdempotent($i: AddCreditsInput!) {\n      addCredits(input: $i) {\n        id\n        amount\n      }\n    }\n  "): (typeof documents)["\n    mutation SdkAddCreditsIdempotent($i: AddCreditsInput!) {\n      addCredits(input: $i) {\n        id\n        amount\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation SdkLogIn($i: LogInInput!) {\n      logIn(input: $i) {\n        accessToken\n      }\n    }\n  "): (typeof documents)["\n    mutation SdkLogIn($i: LogInInput!) {\n      logIn(input: $i) {\n        accessToken\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation SdkSetAllowance($m: ID!, $l: Credits) {\n          setMemberAllowance(memberId: $m, monthlyLimit: $l) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation SdkSetAllowance($m: ID!, $l: Credits) {\n          setMemberAllowance(memberId: $m, monthlyLimit: $l) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query SmokeViewer {\n        viewer {\n          user {\n            name\n            email\n          }\n          member {\n            role\n          }\n          organization {\n            name\n            memberCount\n            owner {\n              name\n            }\n          }\n          permissions\n        }\n      }\n    "): (typeof documents)["\n      query SmokeViewer {\n        viewer {\n          user {\n            name\n            email\n          }\n          member {\n            role\n          }\n          organization {\n            name\n            memberCount\n            owner {\n              name\n            }\n          }\n          permissions\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query SmokeMembers {\n        members {\n          totalCount\n          nodes {\n            name\n            email\n            role\n          }\n        }\n      }\n    "): (typeof documents)["\n      query SmokeMembers {\n        members {\n          totalCount\n          nodes {\n            name\n            email\n            role\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation SmokeAddMember {\n        addMember(input: { name: \"x\", email: \"x@y.z\", temporaryPassword: \"abc\" }) {\n          existingUser\n        }\n      }\n    "): (typeof documents)["\n      mutation SmokeAddMember {\n        addMember(input: { name: \"x\", email: \"x@y.z\", temporaryPassword: \"abc\" }) {\n          existingUser\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query SpendCreditTransactions {\n          creditTransactions(first: 1) {\n            nodes {\n              kind\n              amount\n              balanceAfter\n            }\n          }\n        }\n      "): (typeof documents)["\n        query SpendCreditTransactions {\n          creditTransactions(first: 1) {\n            nodes {\n              kind\n              amount\n              balanceAfter\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation SpendCreateResource {\n          createResource(input: { kind: AGENT, name: \"Agent\" }) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation SpendCreateResource {\n          createResource(input: { kind: AGENT, name: \"Agent\" }) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation SpendCreateResource2 {\n          createResource(input: { kind: INSTANCE, name: \"Theirs\" }) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation SpendCreateResource2 {\n          createResource(input: { kind: INSTANCE, name: \"Theirs\" }) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation SpendCreateResource3 {\n          createResource(input: { kind: INSTANCE, name: \"Mine\" }) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation SpendCreateResource3 {\n          createResource(input: { kind: INSTANCE, name: \"Mine\" }) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation SpendDeleteResource($id: ID!) {\n          deleteResource(id: $id)\n        }\n      "): (typeof documents)["\n        mutation SpendDeleteResource($id: ID!) {\n          deleteResource(id: $id)\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SignUp($input: SignUpInput!) { signUp(input: $input) { accessToken } }"): (typeof documents)["mutation SignUp($input: SignUpInput!) { signUp(input: $input) { accessToken } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AddMember($input: AddMemberInput!) { addMember(input: $input) { member { id } } }"): (typeof documents)["mutation AddMember($input: AddMemberInput!) { addMember(input: $input) { member { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription LiveUsage {\n    usageRecorded {\n      id\n      operation\n      credits\n      member {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription LiveUsage {\n    usageRecorded {\n      id\n      operation\n      credits\n      member {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription LiveBalance {\n    balanceChanged {\n      balance\n      isLow\n    }\n  }\n"): (typeof documents)["\n  subscription LiveBalance {\n    balanceChanged {\n      balance\n      isLow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LiveRemove($id: ID!) {\n    removeMember(memberId: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation LiveRemove($id: ID!) {\n    removeMember(memberId: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LiveSuspend($id: ID!) {\n    suspendMember(memberId: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation LiveSuspend($id: ID!) {\n    suspendMember(memberId: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LiveCreateKey($name: String!) {\n    createApiKey(name: $name) {\n      secret\n      apiKey {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation LiveCreateKey($name: String!) {\n    createApiKey(name: $name) {\n      secret\n      apiKey {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LiveRevokeKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation LiveRevokeKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LiveViewer {\n    organization {\n      id\n    }\n  }\n"): (typeof documents)["\n  query LiveViewer {\n    organization {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamRemovalImpact($id: ID!) {\n    member(id: $id) {\n      id\n      removalImpact {\n        resourcesCreated\n        apiKeysRevoked\n        activeSessions\n        creditsUsedThisMonth\n      }\n    }\n  }\n"): (typeof documents)["\n  query TeamRemovalImpact($id: ID!) {\n    member(id: $id) {\n      id\n      removalImpact {\n        resourcesCreated\n        apiKeysRevoked\n        activeSessions\n        creditsUsedThisMonth\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamRemovalImpactPage($f: Int) {\n    members(first: $f) {\n      nodes {\n        id\n        removalImpact {\n          resourcesCreated\n          apiKeysRevoked\n          activeSessions\n          creditsUsedThisMonth\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TeamRemovalImpactPage($f: Int) {\n    members(first: $f) {\n      nodes {\n        id\n        removalImpact {\n          resourcesCreated\n          apiKeysRevoked\n          activeSessions\n          creditsUsedThisMonth\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TeamCreateApiKey($n: String!) {\n    createApiKey(name: $n) {\n      secret\n      apiKey {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TeamCreateApiKey($n: String!) {\n    createApiKey(name: $n) {\n      secret\n      apiKey {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TeamRevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation TeamRevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TeamCreateResource($n: String!) {\n    createResource(input: { kind: AGENT, name: $n }) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation TeamCreateResource($n: String!) {\n    createResource(input: { kind: AGENT, name: $n }) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TeamRemoveMember($id: ID!) {\n    removeMember(memberId: $id) {\n      id\n      status\n      removalImpact {\n        resourcesCreated\n        apiKeysRevoked\n        activeSessions\n        creditsUsedThisMonth\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TeamRemoveMember($id: ID!) {\n    removeMember(memberId: $id) {\n      id\n      status\n      removalImpact {\n        resourcesCreated\n        apiKeysRevoked\n        activeSessions\n        creditsUsedThisMonth\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamAuditLog {\n    auditLog(first: 5) {\n      nodes {\n        action\n        targetId\n        data\n      }\n    }\n  }\n"): (typeof documents)["\n  query TeamAuditLog {\n    auditLog(first: 5) {\n      nodes {\n        action\n        targetId\n        data\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TeamReviewEmailSetWeekly($on: Boolean!) {\n    setWeeklyAccessReviewEmail(enabled: $on) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation TeamReviewEmailSetWeekly($on: Boolean!) {\n    setWeeklyAccessReviewEmail(enabled: $on) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamAccessReview($days: Int) {\n    accessReview(inactiveDays: $days) {\n      inactiveDays\n      inactiveSince\n      inactiveMembers {\n        id\n        name\n        lastActiveAt\n      }\n      temporaryPasswordNotChanged {\n        id\n      }\n      adminsWithoutMfa {\n        id\n        role\n      }\n      unusedApiKeys {\n        id\n        name\n        member {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TeamAccessReview($days: Int) {\n    accessReview(inactiveDays: $days) {\n      inactiveDays\n      inactiveSince\n      inactiveMembers {\n        id\n        name\n        lastActiveAt\n      }\n      temporaryPasswordNotChanged {\n        id\n      }\n      adminsWithoutMfa {\n        id\n        role\n      }\n      unusedApiKeys {\n        id\n        name\n        member {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TeamSuspendMembers($ids: [ID!]!) {\n    suspendMembers(memberIds: $ids) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation TeamSuspendMembers($ids: [ID!]!) {\n    suspendMembers(memberIds: $ids) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TeamRevokeApiKeys($ids: [ID!]!) {\n    revokeApiKeys(ids: $ids) {\n      id\n      revokedAt\n    }\n  }\n"): (typeof documents)["\n  mutation TeamRevokeApiKeys($ids: [ID!]!) {\n    revokeApiKeys(ids: $ids) {\n      id\n      revokedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TeamReviewCreateKey($n: String!) {\n    createApiKey(name: $n) {\n      secret\n      apiKey {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TeamReviewCreateKey($n: String!) {\n    createApiKey(name: $n) {\n      secret\n      apiKey {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TeamReviewAdd($input: AddMemberInput!) {\n    addMember(input: $input) {\n      member {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TeamReviewAdd($input: AddMemberInput!) {\n    addMember(input: $input) {\n      member {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TeamSetWeeklyReview($on: Boolean!) {\n    setWeeklyAccessReviewEmail(enabled: $on) {\n      id\n      weeklyAccessReviewEmail\n    }\n  }\n"): (typeof documents)["\n  mutation TeamSetWeeklyReview($on: Boolean!) {\n    setWeeklyAccessReviewEmail(enabled: $on) {\n      id\n      weeklyAccessReviewEmail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamReviewOrg {\n    organization {\n      weeklyAccessReviewEmail\n    }\n  }\n"): (typeof documents)["\n  query TeamReviewOrg {\n    organization {\n      weeklyAccessReviewEmail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TeamReviewWebhook($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) {\n      endpoint {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TeamReviewWebhook($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) {\n      endpoint {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamRunway {\n    organization {\n      creditBalance {\n        balance\n        runway {\n          burnPerDay\n          basisDays\n          days\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TeamRunway {\n    organization {\n      creditBalance {\n        balance\n        runway {\n          burnPerDay\n          basisDays\n          days\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamViewerRunway {\n    viewer {\n      organization {\n        creditBalance {\n          runway {\n            burnPerDay\n            basisDays\n            days\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TeamViewerRunway {\n    viewer {\n      organization {\n        creditBalance {\n          runway {\n            burnPerDay\n            basisDays\n            days\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UsageKeysSummary($from: DateTime!, $to: DateTime!, $g: UsageGroupBy!) {\n    usageSummary(from: $from, to: $to, groupBy: $g) {\n      key\n      label\n      credits\n      count\n    }\n  }\n"): (typeof documents)["\n  query UsageKeysSummary($from: DateTime!, $to: DateTime!, $g: UsageGroupBy!) {\n    usageSummary(from: $from, to: $to, groupBy: $g) {\n      key\n      label\n      credits\n      count\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UsageKeysCreateKey($n: String!) {\n    createApiKey(name: $n) {\n      apiKey {\n        id\n        prefix\n      }\n      secret\n    }\n  }\n"): (typeof documents)["\n  mutation UsageKeysCreateKey($n: String!) {\n    createApiKey(name: $n) {\n      apiKey {\n        id\n        prefix\n      }\n      secret\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UsageKeysRevokeKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n      revokedAt\n    }\n  }\n"): (typeof documents)["\n  mutation UsageKeysRevokeKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n      revokedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartitionsUsageSummary($from: DateTime!, $to: DateTime!, $g: UsageGroupBy!) {\n    usageSummary(from: $from, to: $to, groupBy: $g) {\n      key\n      credits\n      count\n    }\n  }\n"): (typeof documents)["\n  query PartitionsUsageSummary($from: DateTime!, $to: DateTime!, $g: UsageGroupBy!) {\n    usageSummary(from: $from, to: $to, groupBy: $g) {\n      key\n      credits\n      count\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartitionsUsageCount($from: DateTime, $to: DateTime) {\n    usageRecords(from: $from, to: $to, first: 1) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query PartitionsUsageCount($from: DateTime, $to: DateTime) {\n    usageRecords(from: $from, to: $to, first: 1) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            mutation UsageScaleCreateResource($n: String!) {\n              createResource(input: { kind: AGENT, name: $n }) {\n                id\n              }\n            }\n          "): (typeof documents)["\n            mutation UsageScaleCreateResource($n: String!) {\n              createResource(input: { kind: AGENT, name: $n }) {\n                id\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UsageScaleUsageSummary($from: DateTime!, $to: DateTime!, $g: UsageGroupBy!) {\n    usageSummary(from: $from, to: $to, groupBy: $g) {\n      key\n      credits\n      count\n    }\n  }\n"): (typeof documents)["\n  query UsageScaleUsageSummary($from: DateTime!, $to: DateTime!, $g: UsageGroupBy!) {\n    usageSummary(from: $from, to: $to, groupBy: $g) {\n      key\n      credits\n      count\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query UsageScaleUsageRecords($from: DateTime, $to: DateTime) {\n          usageRecords(from: $from, to: $to, first: 50) {\n            totalCount\n            nodes {\n              id\n            }\n            pageInfo {\n              hasNextPage\n            }\n          }\n        }\n      "): (typeof documents)["\n        query UsageScaleUsageRecords($from: DateTime, $to: DateTime) {\n          usageRecords(from: $from, to: $to, first: 50) {\n            totalCount\n            nodes {\n              id\n            }\n            pageInfo {\n              hasNextPage\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query UsageScaleUsageRecords2 {\n          usageRecords(first: 1) {\n            totalCount\n          }\n        }\n      "): (typeof documents)["\n        query UsageScaleUsageRecords2 {\n          usageRecords(first: 1) {\n            totalCount\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query UsageScaleCreditTransactions {\n          creditTransactions(first: 5) {\n            totalCount\n            nodes {\n              kind\n            }\n          }\n        }\n      "): (typeof documents)["\n        query UsageScaleCreditTransactions {\n          creditTransactions(first: 5) {\n            totalCount\n            nodes {\n              kind\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UsageUsageRecords($from: DateTime, $to: DateTime, $memberId: ID, $resourceId: ID, $first: Int, $after: String) {\n    usageRecords(from: $from, to: $to, memberId: $memberId, resourceId: $resourceId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        operation\n        credits\n        createdAt\n        member {\n          id\n          name\n        }\n        resource {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query UsageUsageRecords($from: DateTime, $to: DateTime, $memberId: ID, $resourceId: ID, $first: Int, $after: String) {\n    usageRecords(from: $from, to: $to, memberId: $memberId, resourceId: $resourceId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        operation\n        credits\n        createdAt\n        member {\n          id\n          name\n        }\n        resource {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UsageUsageSummary($from: DateTime!, $to: DateTime!, $g: UsageGroupBy!) {\n    usageSummary(from: $from, to: $to, groupBy: $g) {\n      key\n      label\n      credits\n      count\n    }\n  }\n"): (typeof documents)["\n  query UsageUsageSummary($from: DateTime!, $to: DateTime!, $g: UsageGroupBy!) {\n    usageSummary(from: $from, to: $to, groupBy: $g) {\n      key\n      label\n      credits\n      count\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation UsageCreateResource {\n          createResource(input: { kind: AGENT, name: \"Support bot\" }) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation UsageCreateResource {\n          createResource(input: { kind: AGENT, name: \"Support bot\" }) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation UsageCreateResource2 {\n          createResource(input: { kind: INSTANCE, name: \"gpu-1\" }) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation UsageCreateResource2 {\n          createResource(input: { kind: INSTANCE, name: \"gpu-1\" }) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation UsageCreateApiKey {\n        createApiKey(name: \"ci\") {\n          secret\n        }\n      }\n    "): (typeof documents)["\n      mutation UsageCreateApiKey {\n        createApiKey(name: \"ci\") {\n          secret\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation UsageCreateResource3 {\n            createResource(input: { kind: AGENT, name: \"x\" }) {\n              id\n            }\n          }\n        "): (typeof documents)["\n          mutation UsageCreateResource3 {\n            createResource(input: { kind: AGENT, name: \"x\" }) {\n              id\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation UsageDeleteResource($id: ID!) {\n          deleteResource(id: $id)\n        }\n      "): (typeof documents)["\n        mutation UsageDeleteResource($id: ID!) {\n          deleteResource(id: $id)\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WhCreate($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) {\n      secret\n      endpoint {\n        id\n        url\n        events\n        enabled\n        createdAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation WhCreate($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) {\n      secret\n      endpoint {\n        id\n        url\n        events\n        enabled\n        createdAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WhEndpoints {\n    webhookEndpoints {\n      id\n      url\n      enabled\n      events\n    }\n  }\n"): (typeof documents)["\n  query WhEndpoints {\n    webhookEndpoints {\n      id\n      url\n      enabled\n      events\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WhDeliveries($endpointId: ID!) {\n    webhookDeliveries(endpointId: $endpointId) {\n      totalCount\n      nodes {\n        id\n        eventType\n        status\n        attempts\n        responseStatus\n        createdAt\n        deliveredAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query WhDeliveries($endpointId: ID!) {\n    webhookDeliveries(endpointId: $endpointId) {\n      totalCount\n      nodes {\n        id\n        eventType\n        status\n        attempts\n        responseStatus\n        createdAt\n        deliveredAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WhDelete($id: ID!) {\n    deleteWebhookEndpoint(id: $id)\n  }\n"): (typeof documents)["\n  mutation WhDelete($id: ID!) {\n    deleteWebhookEndpoint(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WhRotate($id: ID!) {\n    rotateWebhookSecret(id: $id) {\n      secret\n      endpoint {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation WhRotate($id: ID!) {\n    rotateWebhookSecret(id: $id) {\n      secret\n      endpoint {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WhSendTest($endpointId: ID!) {\n    sendTestWebhook(endpointId: $endpointId) {\n      id\n      eventType\n      status\n      attempts\n    }\n  }\n"): (typeof documents)["\n  mutation WhSendTest($endpointId: ID!) {\n    sendTestWebhook(endpointId: $endpointId) {\n      id\n      eventType\n      status\n      attempts\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WhRedeliver($deliveryId: ID!) {\n    redeliverWebhook(deliveryId: $deliveryId) {\n      id\n      status\n      attempts\n    }\n  }\n"): (typeof documents)["\n  mutation WhRedeliver($deliveryId: ID!) {\n    redeliverWebhook(deliveryId: $deliveryId) {\n      id\n      status\n      attempts\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WhCreateKey($name: String!) {\n    createApiKey(name: $name) {\n      secret\n      apiKey {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation WhCreateKey($name: String!) {\n    createApiKey(name: $name) {\n      secret\n      apiKey {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WhRevokeKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation WhRevokeKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WhAddMember($input: AddMemberInput!) {\n    addMember(input: $input) {\n      member {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation WhAddMember($input: AddMemberInput!) {\n    addMember(input: $input) {\n      member {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation WhRole($input: UpdateMemberRoleInput!) {\n      updateMemberRole(input: $input) {\n        id\n      }\n    }\n  "): (typeof documents)["\n    mutation WhRole($input: UpdateMemberRoleInput!) {\n      updateMemberRole(input: $input) {\n        id\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation WhSuspend($id: ID!) {\n      suspendMember(memberId: $id) {\n        id\n      }\n    }\n  "): (typeof documents)["\n    mutation WhSuspend($id: ID!) {\n      suspendMember(memberId: $id) {\n        id\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation WhReactivate($id: ID!) {\n      reactivateMember(memberId: $id) {\n        id\n      }\n    }\n  "): (typeof documents)["\n    mutation WhReactivate($id: ID!) {\n      reactivateMember(memberId: $id) {\n        id\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation WhRemove($id: ID!) {\n      removeMember(memberId: $id) {\n        id\n      }\n    }\n  "): (typeof documents)["\n    mutation WhRemove($id: ID!) {\n      removeMember(memberId: $id) {\n        id\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation WhTransfer($id: ID!, $password: String!) {\n      transferOwnership(memberId: $id, currentPassword: $password) {\n        id\n      }\n    }\n  "): (typeof documents)["\n    mutation WhTransfer($id: ID!, $password: String!) {\n      transferOwnership(memberId: $id, currentPassword: $password) {\n        id\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation WhThreshold($threshold: Credits) {\n      setLowBalanceThreshold(threshold: $threshold) {\n        balance\n      }\n    }\n  "): (typeof documents)["\n    mutation WhThreshold($threshold: Credits) {\n      setLowBalanceThreshold(threshold: $threshold) {\n        balance\n      }\n    }\n  "];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;