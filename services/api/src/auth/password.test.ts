import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from './password.ts';

describe('password hashing (scrypt)', () => {
  it('verifies the right password and rejects a wrong one', async () => {
    const stored = await hashPassword('mật khẩu đủ dài');
    expect(stored).toMatch(/^scrypt\$32768\$8\$1\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
    expect(await verifyPassword('mật khẩu đủ dài', stored)).toBe(true);
    expect(await verifyPassword('mat khau du dai', stored)).toBe(false);
  });

  it('uses a fresh salt each time', async () => {
    expect(await hashPassword('cùng một mật khẩu')).not.toBe(
      await hashPassword('cùng một mật khẩu'),
    );
  });

  it('treats NFC and NFD spellings of a password as the same password', async () => {
    const stored = await hashPassword('Đảng'.normalize('NFC'));
    expect(await verifyPassword('Đảng'.normalize('NFD'), stored)).toBe(true);
  });

  it.each([
    '',
    'plain',
    'scrypt$x$8$1$AAAA$AAAA',
    'bcrypt$1$2$3$4$5',
    'scrypt$16384$8$1$c2FsdA==$',
  ])('rejects the malformed stored value %j', async (stored) => {
    expect(await verifyPassword('anything', stored)).toBe(false);
  });
});
