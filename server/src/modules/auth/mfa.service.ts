import { randomInt } from 'node:crypto';
import { generateSecret, generateURI, verify } from 'otplib';
import QRCode from 'qrcode';
import type { DataSource, EntityManager } from 'typeorm';
import type { Config } from '../../config';
import type { Caller } from '../../common/auth/caller';
import { badInput, conflict, forbidden } from '../../common/errors';
import { inScope } from '../../common/tenant';
import { sha256 } from '../../common/auth/tokens';
import { recordAudit } from '../audit';
import { User } from '../users';
import { RecoveryCode } from './account-token.entity';
import { decryptSecret, encryptSecret } from './mfa.crypto';
import type { Throttle } from './throttle';

const RECOVERY_CODE_COUNT = 10;
const ISSUER = 'orgpulse';
/** ±1 time step of 30 s (RFC 6238 section 5.2: allow for clock drift and typing). */
const TOLERANCE_SECONDS = 30;
const RECOVERY_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

function newRecoveryCode(): string {
  const pick = () => RECOVERY_ALPHABET[randomInt(RECOVERY_ALPHABET.length)];
  const part = () => Array.from({ length: 5 }, pick).join('');
  return `${part()}-${part()}`;
}

/** "ABCDE-fghjk", " abcde fghjk " and "abcdefghjk" are the same recovery code. */
function normalizeRecoveryCode(code: string): string {
  return code.toLowerCase().replace(/[^a-z0-9]/g, '');
}

const isTotpShaped = (code: string) => /^\d{6}$/.test(code);

/**
 * The second factor: TOTP (RFC 6238, SHA-1, 6 digits, 30 s, as every authenticator app) and
 * ten single-use recovery codes. The secret is kept encrypted (mfa.crypto.ts) and shown only
 * by startTotpEnrollment; recovery codes are random (about 49 bits each), shown once, stored
 * as SHA-256. A TOTP code is accepted once: the last accepted time step is stored and a code
 * of that step or an earlier one is refused, in one conditional UPDATE (no replay, even in parallel).
 */
export class MfaService {
  constructor(
    private readonly ds: DataSource,
    private readonly config: Config,
    private readonly throttle: Throttle,
    /** Re-checks the caller's password, throttled (AuthService.confirmPassword). */
    private readonly confirmPassword: (caller: Caller, password: string, ip: string) => Promise<User>,
  ) {}

  async startEnrollment(caller: Caller) {
    if (!caller.sessionId) throw forbidden('Sign in with your password to set up two-factor sign-in.');
    const user = await this.ds.getRepository(User).findOneByOrFail({ id: caller.userId });
    if (user.totpEnabledAt) throw conflict('Two-factor sign-in is already on. Turn it off first to move it to a new device.');
    const secret = generateSecret();
    await this.ds.getRepository(User).update({ id: user.id }, { totpPendingSecret: encryptSecret(secret, this.config.mfaEncryptionKey) });
    const otpauthUri = generateURI({ issuer: ISSUER, label: user.email, secret });
    const qrCodeSvg = await QRCode.toString(otpauthUri, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
    return { secret, otpauthUri, qrCodeSvg };
  }

  /** Turns TOTP on with a code from the new device; returns the recovery codes (shown once). */
  async confirmEnrollment(caller: Caller, rawCode: string, ip: string): Promise<string[]> {
    const code = String(rawCode ?? '').replace(/\s+/g, '');
    const reservation = await this.throttle.reserve(this.throttle.mfaKeys(caller.userId, ip));
    let ok = false;
    try {
      // the caller's organization (audit, its session) and their own account (recovery codes)
      const codes = await inScope(this.ds, { organizationId: caller.organizationId, userId: caller.userId }, async (em) => {
        const user = await em.getRepository(User).findOne({ where: { id: caller.userId }, lock: { mode: 'pessimistic_write' } });
        if (!user) throw forbidden();
        if (user.totpEnabledAt) throw conflict('Two-factor sign-in is already on.');
        if (!user.totpPendingSecret) throw badInput('Start the set-up first (startTotpEnrollment).', 'code');
        const secret = decryptSecret(user.totpPendingSecret, this.config.mfaEncryptionKey);
        const step = isTotpShaped(code) ? await this.totpStep(secret, code, null) : null;
        if (step === null) return null;
        await em
          .getRepository(User)
          .update(
            { id: user.id },
            { totpSecret: user.totpPendingSecret, totpPendingSecret: null, totpEnabledAt: new Date(), totpLastStep: step },
          );
        const plain = await this.replaceRecoveryCodes(em, user.id);
        // this session has just shown the second factor
        if (caller.sessionId) await em.query(`UPDATE sessions SET mfa_passed = true WHERE id = $1`, [caller.sessionId]);
        await recordAudit(
          em,
          { organizationId: caller.organizationId, membershipId: caller.membershipId },
          {
            action: 'user.mfa_enabled',
            targetId: caller.membershipId,
          },
        );
        return plain;
      });
      if (!codes) throw badInput('That code is not right. Enter the 6-digit code your authenticator app shows now.', 'code');
      ok = true;
      return codes;
    } finally {
      await reservation.settle(ok ? 'success' : 'failure');
    }
  }

  async disable(caller: Caller, currentPassword: string, ip: string): Promise<User> {
    if (!caller.sessionId) throw forbidden('Sign in with your password to turn two-factor sign-in off.');
    await this.confirmPassword(caller, currentPassword, ip);
    return inScope(this.ds, { organizationId: caller.organizationId, userId: caller.userId }, async (em) => {
      await em
        .getRepository(User)
        .update({ id: caller.userId }, { totpSecret: null, totpPendingSecret: null, totpEnabledAt: null, totpLastStep: null });
      await em.getRepository(RecoveryCode).delete({ userId: caller.userId });
      await recordAudit(
        em,
        { organizationId: caller.organizationId, membershipId: caller.membershipId },
        {
          action: 'user.mfa_disabled',
          targetId: caller.membershipId,
        },
      );
      return em.getRepository(User).findOneByOrFail({ id: caller.userId });
    });
  }

  /**
   * Checks a second-factor code for a user inside `em`: a TOTP code of the current step ±1
   * not used before, or an unused recovery code. Either is used up by the same statement that
   * accepts it. Returns how it was accepted, or null.
   */
  async verifyCode(em: EntityManager, user: User, rawCode: string): Promise<'totp' | 'recovery' | null> {
    const code = String(rawCode ?? '').trim();
    if (!user.totpSecret) return null;
    if (isTotpShaped(code.replace(/\s+/g, ''))) {
      const secret = decryptSecret(user.totpSecret, this.config.mfaEncryptionKey);
      const step = await this.totpStep(secret, code.replace(/\s+/g, ''), user.totpLastStep);
      if (step === null) return null;
      const [, affected] = await em.query(
        `UPDATE users SET totp_last_step = $2 WHERE id = $1 AND (totp_last_step IS NULL OR totp_last_step < $2)`,
        [user.id, step],
      );
      return affected === 1 ? 'totp' : null;
    }
    const normalized = normalizeRecoveryCode(code);
    if (normalized.length !== 10) return null;
    const [, affected] = await em.query(
      `UPDATE recovery_codes SET used_at = now() WHERE user_id = $1 AND code_hash = $2 AND used_at IS NULL`,
      [user.id, sha256(normalized)],
    );
    return affected === 1 ? 'recovery' : null;
  }

  /** The time step a valid code belongs to, or null; steps up to `after` are refused (already used). */
  private async totpStep(secret: string, token: string, after: number | null): Promise<number | null> {
    const result = await verify({
      secret,
      token,
      epochTolerance: TOLERANCE_SECONDS,
      ...(after !== null ? { afterTimeStep: after } : {}),
    });
    if (!result.valid) return null;
    const step = (result as { timeStep?: number }).timeStep;
    return typeof step === 'number' ? step : null;
  }

  private async replaceRecoveryCodes(em: EntityManager, userId: string): Promise<string[]> {
    await em.getRepository(RecoveryCode).delete({ userId });
    const codes = new Set<string>();
    while (codes.size < RECOVERY_CODE_COUNT) codes.add(newRecoveryCode());
    const plain = [...codes];
    await em.getRepository(RecoveryCode).insert(plain.map((c) => ({ userId, codeHash: sha256(normalizeRecoveryCode(c)) })));
    return plain;
  }
}
