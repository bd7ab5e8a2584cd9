import { forbiddenNameCharacter } from './text';

describe('forbiddenNameCharacter', () => {
  test.each([['Ada Lovelace'], ['Zoë Ñúñez'], ['李小龙'], ['عربي'], ['O’Brien & Co.'], ['Team 🚀']])('accepts %s', (name) => {
    expect(forbiddenNameCharacter(name)).toBeNull();
  });

  test.each([
    ['\u202A', 'U+202A'],
    ['\u202B', 'U+202B'],
    ['\u202C', 'U+202C'],
    ['\u202D', 'U+202D'],
    ['\u202E', 'U+202E'],
    ['\u2066', 'U+2066'],
    ['\u2067', 'U+2067'],
    ['\u2068', 'U+2068'],
    ['\u2069', 'U+2069'],
    ['\u200E', 'U+200E'],
    ['\u200F', 'U+200F'],
    ['\u061C', 'U+061C'],
    ['\u200B', 'U+200B'],
    ['\u200C', 'U+200C'],
    ['\u200D', 'U+200D'],
    ['\u2060', 'U+2060'],
    ['\uFEFF', 'U+FEFF'],
    ['\u00AD', 'U+00AD'],
    ['\u0000', 'U+0000'],
    ['\u001B', 'U+001B'],
    ['\u007F', 'U+007F'],
    ['\u0085', 'U+0085'],
    ['\u2028', 'U+2028'],
    ['\uD800', 'U+D800'],
  ])('refuses %j', (ch, code) => {
    expect(forbiddenNameCharacter(`invoice${ch}fdp.exe`)).toBe(code);
  });
});
