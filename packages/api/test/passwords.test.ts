import { createTestDb } from '@atalaya/db/testing';
import { describe, expect, it } from 'vitest';
import { createCaller } from '../src/root.ts';
import { addUser, hashPassword, verifyPassword } from '../src/services/users.ts';
import { testContext } from './helpers.ts';

// PHC strings written by the `argon2` package (0.45, node-gyp) that Atalaya used before @node-rs/argon2, with
// the same parameters. That package orders the parameters m, p, t; users created then must still sign in.
const OLD_HASHES = [
  ['atalaya-demo', '$argon2id$v=19$m=19456,p=1,t=2$l51P+42W2126ostX1Jcc8g$xiBv29mL97FsareVi8ecpghVHrllz60+oy/9Jicq18I'],
  ['correct horse battery staple', '$argon2id$v=19$m=19456,p=1,t=2$MBWLaWkxgRlt9IQGdAuiqA$0NIEhCuv2PwR+KcyfIl16J82so0ZW+Z6gsXVcgZ/ayg'],
  ['contraseña-ñandú-2025', '$argon2id$v=19$m=19456,p=1,t=2$kburoa14w2Czld6W69AK7Q$dKfG/SKeyUDNEYt2FlB0tZiB+3qlZv5VM6XZNjONN/Y'],
] as const;

describe('password hashes', () => {
  it.each(OLD_HASHES)('verifies %j against the hash the previous library stored, and nothing else', async (password, hash) => {
    expect(await verifyPassword(hash, password)).toBe(true);
    expect(await verifyPassword(hash, `${password} `)).toBe(false);
    expect(await verifyPassword(hash, password.toUpperCase())).toBe(false);
  });

  it('hashes new passwords with argon2id and the same OWASP parameters (19 MiB, 2 passes, 1 lane)', async () => {
    const hash = await hashPassword('a brand new password');
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$[A-Za-z0-9+/]{22}\$[A-Za-z0-9+/]{43}$/);
    expect(await verifyPassword(hash, 'a brand new password')).toBe(true);
    expect(await hashPassword('a brand new password')).not.toBe(hash); // salted
  });

  it('signs in a user whose stored hash was written by the previous library', async () => {
    const handle = await createTestDb('pglite');
    try {
      const user = await addUser(handle.db, { email: 'old@example.com', password: 'placeholder password', role: 'analyst' });
      const [password, hash] = OLD_HASHES[1];
      await handle.db.updateTable('users').set({ password_hash: hash }).where('id', '=', user.id).execute();
      const signedIn = await createCaller(testContext(handle, null)).auth.signIn({ email: 'old@example.com', password });
      expect(signedIn).toMatchObject({ email: 'old@example.com', role: 'analyst' });
      await expect(createCaller(testContext(handle, null)).auth.signIn({ email: 'old@example.com', password: 'placeholder password' })).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
    } finally {
      await handle.close();
    }
  });
});
