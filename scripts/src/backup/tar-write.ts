import { createHash, type Hash } from 'node:crypto';
import fs from 'node:fs';
import { UserError } from '../lib/processes.ts';
import { BLOCK, encodeHeader, padding, paxRecord, USTAR_MAX_SIZE } from './tar-header.ts';

/** A file as written into the archive: its path there, size and SHA-256 of the bytes written. */
export interface FileRecord {
  path: string;
  size: number;
  sha256: string;
}

const CHUNK = 1 << 20;
const PLAIN_NAME = /^[\x20-\x7e]{1,100}$/;

/**
 * Writes a tar archive to an open file, one regular file at a time, hashing every byte it
 * writes: each file's SHA-256 (for the manifest) and the whole archive's (for the sidecar),
 * so both describe exactly what is in the archive, even if a source changes meanwhile.
 */
export class TarWriter {
  private readonly fd: number;
  private readonly mtime: Date;
  private readonly archiveHash: Hash = createHash('sha256');
  private written = 0;

  constructor(fd: number, mtime: Date) {
    this.fd = fd;
    this.mtime = mtime;
  }

  /** Adds a file whose contents are in memory (the manifest). */
  addBuffer(name: string, data: Buffer): FileRecord {
    this.writeHeaders(name, data.length);
    this.write(data);
    this.write(Buffer.alloc(padding(data.length)));
    return { path: name, size: data.length, sha256: createHash('sha256').update(data).digest('hex') };
  }

  /**
   * Copies `size` bytes of the file at `source` into the archive. A file that ends early was
   * changed while it was copied: that stops the backup rather than storing a wrong size.
   */
  addFile(name: string, source: string, size: number): FileRecord {
    // Opened before anything is written: a file that has gone meanwhile leaves the archive as it was.
    const input = fs.openSync(source, 'r');
    const fileHash = createHash('sha256');
    const buffer = Buffer.alloc(Math.min(CHUNK, Math.max(size, 1)));
    try {
      this.writeHeaders(name, size);
      let copied = 0;
      while (copied < size) {
        const n = fs.readSync(input, buffer, 0, Math.min(buffer.length, size - copied), copied);
        if (n === 0) {
          throw new UserError(`${source} blev kortare medan den kopierades (${copied} av ${size} byte) — kör säkerhetskopieringen igen.`);
        }
        const chunk = buffer.subarray(0, n);
        fileHash.update(chunk);
        this.write(chunk);
        copied += n;
      }
    } finally {
      fs.closeSync(input);
    }
    this.write(Buffer.alloc(padding(size)));
    return { path: name, size, sha256: fileHash.digest('hex') };
  }

  /** Writes the end-of-archive marker; returns the archive's size and SHA-256. */
  finish(): { size: number; sha256: string } {
    this.write(Buffer.alloc(2 * BLOCK));
    return { size: this.written, sha256: this.archiveHash.digest('hex') };
  }

  /** A pax header first when the name is long or not ASCII, or the size beyond ustar's 8 GiB. */
  private writeHeaders(name: string, size: number): void {
    const records = [
      ...(PLAIN_NAME.test(name) ? [] : [paxRecord('path', name)]),
      ...(size > USTAR_MAX_SIZE ? [paxRecord('size', String(size))] : []),
    ];
    if (records.length > 0) {
      const pax = Buffer.from(records.join(''), 'utf8');
      this.write(encodeHeader(`PaxHeader/${name.replace(/[^\x20-\x7e]/g, '_').slice(-80)}`, pax.length, 'pax', this.mtime));
      this.write(pax);
      this.write(Buffer.alloc(padding(pax.length)));
    }
    this.write(encodeHeader(PLAIN_NAME.test(name) ? name : name.replace(/[^\x20-\x7e]/g, '_').slice(-100), size, 'file', this.mtime));
  }

  private write(data: Buffer): void {
    let at = 0;
    while (at < data.length) at += fs.writeSync(this.fd, data, at, data.length - at);
    this.archiveHash.update(data);
    this.written += data.length;
  }
}
