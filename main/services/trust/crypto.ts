// Backup encryption: AES-256-GCM (authenticated: a changed byte or a wrong passphrase is refused),
// key from scrypt of the passphrase. File: MAGIC | salt(16) | iv(12) | ciphertext | tag(16); the
// header is authenticated too. Streams, so a large database never sits in memory whole.
import { createCipheriv, createDecipheriv, randomBytes, scryptSync } from 'node:crypto';
import { closeSync, createReadStream, createWriteStream, openSync, readSync, statSync } from 'node:fs';
import { pipeline } from 'node:stream/promises';

export const MAGIC = Buffer.from('TILLBAK1', 'ascii');
const SALT = 16;
const IV = 12;
const TAG = 16;
const HEADER = MAGIC.length + SALT + IV;

export interface BackupKey {
  salt: Buffer;
  key: Buffer;
}

export class BackupAuthError extends Error {}

/** scrypt N=2^15: about 0.1 s, so guessing passphrases from a lost USB stick is slow. */
export function deriveKey(passphrase: string, salt: Buffer = randomBytes(SALT)): BackupKey {
  return {
    salt,
    key: scryptSync(passphrase.normalize('NFC'), salt, 32, { N: 2 ** 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 }),
  };
}

export function isEncryptedBackup(path: string): boolean {
  const fd = openSync(path, 'r');
  try {
    const head = Buffer.alloc(MAGIC.length);
    return readSync(fd, head, 0, MAGIC.length, 0) === MAGIC.length && head.equals(MAGIC);
  } finally {
    closeSync(fd);
  }
}

export async function encryptFile(plainPath: string, outPath: string, key: BackupKey): Promise<void> {
  const iv = randomBytes(IV);
  const header = Buffer.concat([MAGIC, key.salt, iv]);
  const cipher = createCipheriv('aes-256-gcm', key.key, iv);
  cipher.setAAD(header);
  const out = createWriteStream(outPath, { flags: 'wx' });
  out.write(header);
  await pipeline(createReadStream(plainPath), cipher, out, { end: false });
  await new Promise<void>((resolve, reject) => out.end(cipher.getAuthTag(), () => resolve()).on('error', reject));
}

/** Decrypts with the passphrase (the salt comes from the file); throws BackupAuthError when the
 * passphrase is wrong or a byte was changed — the partial output must then be thrown away. */
export async function decryptFile(encPath: string, outPath: string, passphrase: string): Promise<void> {
  const size = statSync(encPath).size;
  if (size < HEADER + TAG) throw new BackupAuthError('the backup file is too short');
  const fd = openSync(encPath, 'r');
  const header = Buffer.alloc(HEADER);
  const tag = Buffer.alloc(TAG);
  try {
    readSync(fd, header, 0, HEADER, 0);
    readSync(fd, tag, 0, TAG, size - TAG);
  } finally {
    closeSync(fd);
  }
  if (!header.subarray(0, MAGIC.length).equals(MAGIC)) throw new BackupAuthError('not an encrypted till backup');
  const salt = header.subarray(MAGIC.length, MAGIC.length + SALT);
  const iv = header.subarray(MAGIC.length + SALT, HEADER);
  const { key } = deriveKey(passphrase, salt);
  const decipher = createDecipheriv('aes-256-gcm', key, iv);
  decipher.setAAD(header);
  decipher.setAuthTag(tag);
  try {
    await pipeline(
      createReadStream(encPath, { start: HEADER, end: size - TAG - 1 }),
      decipher,
      createWriteStream(outPath),
    );
  } catch (error) {
    throw new BackupAuthError(
      `the backup could not be decrypted: wrong passphrase or a damaged file (${error instanceof Error ? error.message : String(error)})`,
    );
  }
}
