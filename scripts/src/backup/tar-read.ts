import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { BLOCK, decodeHeader, isZeroBlock, padding, parsePax } from './tar-header.ts';

/** A regular file in the archive: its path, size and where its contents start. */
export interface TarEntry {
  path: string;
  size: number;
  offset: number;
}

export interface TarIndex {
  /** The entries read before the end, or before the damage. */
  entries: TarEntry[];
  /** Why the archive could not be read to its end (damaged header, truncated), in Swedish. */
  problem: string | undefined;
}

const CHUNK = 1 << 20;

function readBlock(fd: number, position: number, length = BLOCK): Buffer {
  const block = Buffer.alloc(length);
  let at = 0;
  while (at < length) {
    const n = fs.readSync(fd, block, at, length - at, position + at);
    if (n === 0) break;
    at += n;
  }
  return block.subarray(0, at);
}

/**
 * Lists an archive's files by reading only the headers. Stops at the first damaged header or
 * at the point where the file ends too early, saying where (a truncated copy is the usual case).
 */
export function indexTar(fd: number, fileSize: number): TarIndex {
  const entries: TarEntry[] = [];
  let pax = new Map<string, string>();
  let position = 0;
  while (true) {
    if (position + BLOCK > fileSize) {
      const problem =
        position === fileSize
          ? `arkivet slutar efter ${fileSize} byte utan tarformatets avslut (två tomma block) — det är avkortat`
          : `arkivet tar slut mitt i ett posthuvud (vid byte ${position} av ${fileSize}) — det är avkortat`;
      return { entries, problem };
    }
    const block = readBlock(fd, position);
    if (isZeroBlock(block)) {
      const second = readBlock(fd, position + BLOCK);
      if (second.length < BLOCK) return { entries, problem: 'arkivet saknar det andra tomma avslutsblocket — det är avkortat' };
      return { entries, problem: undefined };
    }
    const header = decodeHeader(block);
    if (typeof header === 'string') return { entries, problem: `${header} (posthuvudet vid byte ${position})` };
    const offset = position + BLOCK;
    const size = header.type === 'file' && pax.has('size') ? Number(pax.get('size')) : header.size;
    const path = (header.type === 'file' && pax.get('path')) || header.name;
    if (offset + size > fileSize) {
      const left = Math.max(0, fileSize - offset);
      return {
        entries,
        problem: `posten "${path}" ska vara ${size} byte, men arkivet tar slut efter ${left} byte av den — det är avkortat`,
      };
    }
    if (header.type === 'pax') {
      pax = parsePax(readBlock(fd, offset, size));
    } else {
      entries.push({ path, size, offset });
      pax = new Map();
    }
    position = offset + size + padding(size);
  }
}

/** An entry's contents, a megabyte at a time. */
export function* entryChunks(fd: number, entry: TarEntry): Generator<Buffer> {
  let done = 0;
  while (done < entry.size) {
    const chunk = readBlock(fd, entry.offset + done, Math.min(CHUNK, entry.size - done));
    if (chunk.length === 0) throw new Error(`posten "${entry.path}" kunde inte läsas till slut (arkivet ändrades under läsningen)`);
    done += chunk.length;
    yield chunk;
  }
}

/** The SHA-256 of an entry's contents. */
export function hashEntry(fd: number, entry: TarEntry): string {
  const hash = createHash('sha256');
  for (const chunk of entryChunks(fd, entry)) hash.update(chunk);
  return hash.digest('hex');
}

/** Writes an entry's contents to a new file (flushed to disk) and returns their SHA-256. */
export function extractEntry(fd: number, entry: TarEntry, target: string, mode: number): string {
  const hash = createHash('sha256');
  const out = fs.openSync(target, 'wx', mode);
  try {
    for (const chunk of entryChunks(fd, entry)) {
      hash.update(chunk);
      let at = 0;
      while (at < chunk.length) at += fs.writeSync(out, chunk, at, chunk.length - at);
    }
    fs.fsyncSync(out);
  } finally {
    fs.closeSync(out);
  }
  return hash.digest('hex');
}
