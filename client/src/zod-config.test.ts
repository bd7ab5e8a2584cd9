import './zod-config';
import { config, z } from 'zod';

describe('zod-config', () => {
  it('sets jitless on the config Zod reads, without the app importing Zod', () => {
    expect(config().jitless).toBe(true);
  });

  it('parses object schemas without compiling code (no Function, allowed by a CSP without unsafe-eval)', () => {
    const compile = jest.spyOn(globalThis, 'Function');
    try {
      const schema = z.object({ email: z.email(), name: z.string().min(1), nested: z.object({ n: z.number() }) });
      for (let i = 0; i < 3; i += 1) expect(schema.parse({ email: 'a@b.co', name: 'A', nested: { n: i } }).nested.n).toBe(i);
      expect(schema.safeParse({ email: 'nope', name: '', nested: { n: 'x' } }).success).toBe(false);
      expect(compile).not.toHaveBeenCalled();
    } finally {
      compile.mockRestore();
    }
  });
});
