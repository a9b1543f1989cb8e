import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  BackupAuthError,
  decryptFile,
  deriveKey,
  encryptFile,
  isEncryptedBackup,
} from '../../../main/services/trust/crypto';

describe('backup encryption (AES-256-GCM, scrypt key)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'till-crypto-'));
  const plain = join(dir, 'plain.bin');
  const data = Buffer.alloc(300_000);
  for (let i = 0; i < data.length; i++) data[i] = (i * 7919) % 251;
  writeFileSync(plain, data);
  const key = deriveKey('correct horse battery staple');

  it('round-trips with the passphrase and hides the content', async () => {
    const enc = join(dir, 'a.tillbak');
    await encryptFile(plain, enc, key);
    expect(isEncryptedBackup(enc)).toBe(true);
    expect(isEncryptedBackup(plain)).toBe(false);
    expect(readFileSync(enc).includes(data.subarray(1000, 1032))).toBe(false);
    const out = join(dir, 'a.out');
    await decryptFile(enc, out, 'correct horse battery staple');
    expect(readFileSync(out).equals(data)).toBe(true);
  });

  it('refuses a wrong passphrase, a changed byte, a changed header and a cut file', async () => {
    const enc = join(dir, 'b.tillbak');
    await encryptFile(plain, enc, key);
    await expect(decryptFile(enc, join(dir, 'b1'), 'wrong horse battery staple')).rejects.toThrow(BackupAuthError);
    const bytes = readFileSync(enc);
    for (const at of [40, 9, bytes.length - 3]) {
      const copy = Buffer.from(bytes);
      copy.writeUInt8(copy.readUInt8(at) ^ 0x80, at);
      writeFileSync(join(dir, 'b2'), copy);
      await expect(decryptFile(join(dir, 'b2'), join(dir, 'b3'), 'correct horse battery staple')).rejects.toThrow(
        BackupAuthError,
      );
    }
    writeFileSync(join(dir, 'b4'), bytes.subarray(0, bytes.length - 100));
    await expect(decryptFile(join(dir, 'b4'), join(dir, 'b5'), 'correct horse battery staple')).rejects.toThrow(
      BackupAuthError,
    );
  });
});
