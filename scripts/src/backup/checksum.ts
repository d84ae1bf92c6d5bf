import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { UserError } from '../lib/processes.ts';
import { writeFileAtomic } from '../pull/write-atomic.ts';

const CHUNK = 1 << 20;

/** SHA-256 of a file, read a megabyte at a time (archives and uploads can be large). */
export function sha256File(file: string): string {
  const hash = createHash('sha256');
  const buffer = Buffer.alloc(CHUNK);
  const fd = fs.openSync(file, 'r');
  try {
    for (let n = fs.readSync(fd, buffer, 0, CHUNK, null); n > 0; n = fs.readSync(fd, buffer, 0, CHUNK, null)) {
      hash.update(buffer.subarray(0, n));
    }
  } finally {
    fs.closeSync(fd);
  }
  return hash.digest('hex');
}

/** The checksum file beside an archive. */
export const sidecarPath = (archive: string) => `${archive}.sha256`;

/** Writes the sidecar in `sha256sum`'s format, so `sha256sum -c FILE.sha256` checks the archive too. */
export function writeSidecar(archive: string, sha256: string): string {
  const file = sidecarPath(archive);
  writeFileAtomic(file, `${sha256}  ${path.basename(archive)}\n`);
  return file;
}

/** The archive's expected SHA-256 from its sidecar; a missing or unreadable sidecar stops the restore. */
export function readSidecar(archive: string): string {
  const file = sidecarPath(archive);
  if (!fs.existsSync(file)) {
    throw new UserError(
      `Kontrollsummefilen ${file} saknas, så arkivet kan inte kontrolleras — kopiera den tillsammans med arkivet (den skrivs bredvid varje säkerhetskopia).`,
    );
  }
  const match = /^([0-9a-f]{64})(\s|$)/i.exec(fs.readFileSync(file, 'utf8').trim());
  if (!match?.[1]) throw new UserError(`Kontrollsummefilen ${file} är skadad: den ska börja med 64 hexadecimala tecken (SHA-256).`);
  return match[1].toLowerCase();
}
