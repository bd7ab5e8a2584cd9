import { checkPassword, generatePassword, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, passwordLength } from './password';

describe('password policy', () => {
  test('length is counted in characters, 15 to 128', () => {
    expect(checkPassword('violet-harbor-l').ok).toBe(true);
    expect(checkPassword('violet-harbor-').problems[0]).toMatch(/at least 15 characters \(this one has 14\)/);
    expect(checkPassword('v'.repeat(64).replace(/v/g, (_, i) => 'abcdefghij'[i % 10])).ok).toBe(false); // a repeat
    expect(checkPassword('x7Gq-'.repeat(25) + 'abcd').problems[0]).toMatch(/at most 128/);
    expect(passwordLength('🔐'.repeat(15))).toBe(15);
    expect(PASSWORD_MIN_LENGTH).toBe(15);
    expect(PASSWORD_MAX_LENGTH).toBeGreaterThanOrEqual(64);
  });

  test.each([
    'password12345678',
    'Password12345678!',
    'P@ssw0rdP@ssw0rd',
    'qwertyuiopasdfgh',
    '123456789012345',
    'aaaaaaaaaaaaaaaa',
    'abcabcabcabcabcabc',
    'iloveyouiloveyou',
    'correcthorsebatterystaple',
    'letmein!letmein!',
  ])('refuses the common or predictable %s', (pw) => {
    const r = checkPassword(pw);
    expect(r.ok).toBe(false);
    expect(r.problems.join(' ')).toMatch(/common|predictable/);
  });

  test('refuses a password containing the email or the name', () => {
    expect(checkPassword('my-jane.doe-secret-box', { email: 'jane.doe@example.com' }).problems).toContain(
      'The password must not contain your name or email address.',
    );
    expect(checkPassword('zebra-Smithson-orbit-9', { name: 'Ana Smithson' }).ok).toBe(false);
    expect(checkPassword('zebra-harbor-orbit-9', { name: 'Ana Smithson', email: 'ana@example.com' }).ok).toBe(true);
  });

  test('no composition rules: a long lower-case phrase is fine', () => {
    expect(checkPassword('purple monkeys drive slowly').ok).toBe(true);
  });

  test('the generator always passes the policy, and differs every time', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 300; i++) {
      const pw = generatePassword({ email: 'x@example.com', name: 'X Y' });
      expect(checkPassword(pw, { email: 'x@example.com', name: 'X Y' })).toEqual({ ok: true, problems: [] });
      seen.add(pw);
    }
    expect(seen.size).toBe(300);
  });
});

describe('passphrases in any script', () => {
  test.each([
    'тихий вечер над рекой шумит',
    'Красная лиса прыгает через забор',
    'η θάλασσα είναι ήσυχη απόψε',
    '静かな湖に月が映っている夜の森',
    '春眠不觉晓处处闻啼鸟夜来风雨声',
    '푸른 바다 위에 하얀 배가 떠 있다',
  ])('accepts the non-Latin passphrase %s', (pw) => {
    expect(checkPassword(pw)).toEqual({ ok: true, problems: [] });
  });

  test.each([
    'парольпарольпароль',
    'пароль-пароль-пароль',
    'Пароль2024!2025!2026',
    'κωδικός12345678901',
    '密码密码密码密码密码密码密码密码',
    'йцукенйцукенйцукен',
  ])('refuses the common non-Latin %s', (pw) => {
    const r = checkPassword(pw);
    expect(r.ok).toBe(false);
    expect(r.problems.join(' ')).toMatch(/common|predictable/);
  });

  test('a non-Latin name inside the password is refused', () => {
    expect(checkPassword('синий-Иванов-закат-9', { name: 'Анна Иванов' }).ok).toBe(false);
  });
});
