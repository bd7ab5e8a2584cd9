/**
 * Base words of the most common and breached passwords. A candidate is refused when,
 * once lower-cased, de-leeted and stripped of digits and symbols, what is left is one
 * of these (or these repeated): "Password123456789!" and "qwertyqwertyqwerty" fail.
 */
export const COMMON_BASE_WORDS: readonly string[] = [
  'password', 'passw0rd', 'passwd', 'pass', 'qwerty', 'qwertyuiop', 'asdf', 'asdfgh', 'asdfghjkl', 'zxcvbn', 'zxcvbnm',
  'letmein', 'welcome', 'iloveyou', 'admin', 'administrator', 'login', 'master', 'dragon', 'monkey', 'football',
  'baseball', 'superman', 'batman', 'trustno', 'sunshine', 'princess', 'shadow', 'michael', 'jennifer', 'charlie',
  'abc', 'abcdef', 'abcdefg', 'secret', 'changeme', 'default', 'guest', 'root', 'user', 'test', 'hello', 'freedom',
  'whatever', 'starwars', 'pokemon', 'computer', 'internet', 'soccer', 'hockey', 'killer', 'access', 'mustang',
  'jordan', 'harley', 'ranger', 'buster', 'thomas', 'tigger', 'robert', 'daniel', 'summer', 'winter', 'spring',
  'autumn', 'love', 'lovely', 'flower', 'cookie', 'orgpulse', 'sippulse', 'temporary', 'temppassword', 'newpassword',
  'mypassword', 'yourpassword', 'passwordpassword', 'p', 'a', 'q', 'x', 'z', 'qaz', 'qazwsx', 'qazwsxedc', 'wsx',
  '1q2w3e', 'q1w2e3', 'zaq', 'zaqxsw', 'aaa', 'qwe', 'asd', 'zxc', 'ninja', 'azerty', 'solo', 'trustnoone',
];

/** Whole passwords of 15+ characters that lead breached-password lists. */
export const COMMON_LONG_PASSWORDS: readonly string[] = [
  '123456789012345', '1234567890123456', '12345678901234567890', '111111111111111', '000000000000000',
  'qwertyuiopasdfg', 'qwertyuiopasdfgh', 'qwertyuiopasdfghjkl', 'qwertyuiopasdfghjklzxcvbnm', '1qaz2wsx3edc4rfv',
  '1q2w3e4r5t6y7u8i', '1q2w3e4r5t6y7u8i9o0p', 'abcdefghijklmnop', 'abcdefghijklmnopqrstuvwxyz', 'passwordpassword',
  'iloveyouiloveyou', 'correcthorsebatterystaple', 'thequickbrownfox', 'thequickbrownfoxjumpsoverthelazydog',
  'letmeinletmein', 'welcomewelcome', 'administrator123', 'qazwsxedcrfvtgb', 'zaq12wsxcde34rfv',
  'mynameisslimshady', 'onetwothreefourfive', 'blink182blink182', 'ihateyouihateyou', 'lovelovelovelove',
];
