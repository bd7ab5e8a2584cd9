import { useState, type FormEvent } from 'react';
import { Button, Code, Group, Image, List, Stack, Text, TextInput } from '@mantine/core';
import { IconShieldLock } from '@tabler/icons-react';
import { errorMessage } from '../../../apollo/errors';
import { useViewer } from '../../auth/session-context';
import { FormError } from '../../common/FormError';
import { useConfirmTotpEnrollment } from '../hooks/useConfirmTotpEnrollment';
import { useStartTotpEnrollment } from '../hooks/useStartTotpEnrollment';
import { svgDataUrl } from '../qr-code';
import { RecoveryCodes } from './RecoveryCodes';

type Phase = { step: 'idle' } | { step: 'scan'; secret: string; qr: string } | { step: 'codes'; codes: string[] };

interface Props {
  /** After the recovery codes were shown and acknowledged. */
  onFinished: () => void;
  /** When the secret is shown (the set-up is under way). */
  onStarted?: () => void;
  doneLabel?: string;
}

/** Setting up TOTP: a new secret as a QR code (and as text), a code to prove it works, then the recovery codes. */
export function TotpEnrollment({ onFinished, onStarted, doneLabel }: Props) {
  const viewer = useViewer();
  const [start, { loading: starting }] = useStartTotpEnrollment();
  const [confirm, { loading: confirming }] = useConfirmTotpEnrollment();
  const [phase, setPhase] = useState<Phase>({ step: 'idle' });
  const [code, setCode] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const begin = async () => {
    setError(null);
    try {
      const enrollment = await start();
      if (!enrollment) return;
      setPhase({ step: 'scan', secret: enrollment.secret, qr: svgDataUrl(enrollment.qrCodeSvg) });
      onStarted?.();
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const value = code.replace(/\s+/g, '');
    if (!/^\d{6}$/.test(value)) {
      setFieldError('Enter the 6 digits your authenticator app shows.');
      return;
    }
    setFieldError(null);
    setError(null);
    try {
      const codes = await confirm(value);
      if (codes) setPhase({ step: 'codes', codes });
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  if (phase.step === 'codes') {
    return <RecoveryCodes email={viewer.user.email} codes={phase.codes} onDone={onFinished} doneLabel={doneLabel} />;
  }

  if (phase.step === 'idle') {
    return (
      <Stack align="flex-start">
        <FormError message={error} />
        <Button leftSection={<IconShieldLock size={16} />} loading={starting} onClick={() => void begin()}>
          Set up two-factor sign-in
        </Button>
      </Stack>
    );
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack>
        <List type="ordered" size="sm" spacing={4}>
          <List.Item>Open an authenticator app (for example 1Password, Google Authenticator or Aegis).</List.Item>
          <List.Item>Scan this QR code, or enter the key below by hand.</List.Item>
          <List.Item>Enter the 6-digit code the app shows.</List.Item>
        </List>
        <Group align="flex-start" gap="lg">
          <Image src={phase.qr} alt="QR code for your authenticator app" w={180} h={180} fit="contain" bg="white" radius="sm" />
          <Stack gap={4} style={{ flex: 1, minWidth: 200 }}>
            <Text size="sm" fw={500}>
              Key (if you cannot scan)
            </Text>
            <Code block data-testid="totp-secret" style={{ wordBreak: 'break-all' }}>
              {phase.secret}
            </Code>
          </Stack>
        </Group>
        <TextInput
          label="Code from the app"
          autoComplete="one-time-code"
          inputMode="numeric"
          maxLength={7}
          required
          value={code}
          onChange={(e) => setCode(e.currentTarget.value)}
          error={fieldError}
        />
        <FormError message={error} />
        <Group justify="flex-end" gap="xs">
          <Button
            variant="default"
            onClick={() => {
              setPhase({ step: 'idle' });
              setCode('');
              setError(null);
            }}
          >
            Cancel
          </Button>
          <Button type="submit" loading={confirming}>
            Turn on two-factor sign-in
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
