import { graphql } from '../../gql';

export const RequestPasswordResetMutation = graphql(`
  mutation RequestPasswordReset($email: String!) {
    requestPasswordReset(email: $email)
  }
`);

export const ResetPasswordMutation = graphql(`
  mutation ResetPassword($token: String!, $newPassword: String!) {
    resetPassword(token: $token, newPassword: $newPassword)
  }
`);

export const VerifyEmailMutation = graphql(`
  mutation VerifyEmail($token: String!) {
    verifyEmail(token: $token) {
      id
      emailVerified
    }
  }
`);

export const ResendVerificationEmailMutation = graphql(`
  mutation ResendVerificationEmail {
    resendVerificationEmail
  }
`);

export const CompleteMfaLogInMutation = graphql(`
  mutation CompleteMfaLogIn($mfaToken: String!, $code: String!) {
    completeMfaLogIn(mfaToken: $mfaToken, code: $code) {
      ...AuthPayloadFields
    }
  }
`);

export const StartTotpEnrollmentMutation = graphql(`
  mutation StartTotpEnrollment {
    startTotpEnrollment {
      secret
      otpauthUri
      qrCodeSvg
    }
  }
`);

export const ConfirmTotpEnrollmentMutation = graphql(`
  mutation ConfirmTotpEnrollment($code: String!) {
    confirmTotpEnrollment(code: $code)
  }
`);

export const DisableTotpMutation = graphql(`
  mutation DisableTotp($currentPassword: String!) {
    disableTotp(currentPassword: $currentPassword) {
      id
      mfaEnabled
    }
  }
`);
