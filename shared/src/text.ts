/**
 * Characters a name must not hold: control characters (Cc), format characters (Cf: the bidi
 * controls U+202A–U+202E, U+2066–U+2069, U+200E/U+200F, U+061C, the zero-width U+200B–U+200D,
 * U+2060, U+FEFF, the soft hyphen U+00AD…), lone surrogates (Cs), and the line/paragraph
 * separators. They let a name read differently from what it is (a right-to-left override
 * turns "invoice‮fdp.exe" around) or look empty.
 */
const FORBIDDEN_IN_NAMES = /[\p{Cc}\p{Cf}\p{Cs}\u2028\u2029]/u;

/** The first character a name may not contain, as "U+202E", or null when there is none. */
export function forbiddenNameCharacter(text: string): string | null {
  const m = FORBIDDEN_IN_NAMES.exec(text);
  if (!m) return null;
  return `U+${m[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}
