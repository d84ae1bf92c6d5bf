/**
 * The POSIX tar (ustar + pax) headers the backup archive uses: regular files only, each behind a
 * 512-byte header, names longer than ustar's 100 bytes or non-ASCII in a pax record. Any `tar`
 * reads the archive (`tar -tvf`, `tar -xf`), so a backup never depends on this code to be opened.
 */

export const BLOCK = 512;
/** The largest size ustar's 12-byte octal field holds (8 GiB − 1); larger files get a pax size record. */
export const USTAR_MAX_SIZE = 0o77777777777;

export type EntryType = 'file' | 'pax';

export interface RawHeader {
  name: string;
  size: number;
  type: EntryType;
}

const TYPE_FLAGS: Record<EntryType, string> = { file: '0', pax: 'x' };

function writeOctal(header: Buffer, offset: number, length: number, value: number): void {
  header.write(`${value.toString(8).padStart(length - 1, '0')}\0`, offset, length, 'latin1');
}

/** The header checksum: the sum of all bytes with the checksum field itself counted as spaces. */
function headerChecksum(header: Buffer): number {
  let sum = 0;
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 0x20 : (header[i] ?? 0);
  return sum;
}

/** A ustar header; `name` must fit in 100 ASCII bytes (longer names go in a pax record first). */
export function encodeHeader(name: string, size: number, type: EntryType, mtime: Date): Buffer {
  const header = Buffer.alloc(BLOCK);
  header.write(name, 0, 100, 'latin1');
  writeOctal(header, 100, 8, 0o644);
  writeOctal(header, 108, 8, 0);
  writeOctal(header, 116, 8, 0);
  writeOctal(header, 124, 12, size > USTAR_MAX_SIZE ? 0 : size);
  writeOctal(header, 136, 12, Math.floor(mtime.getTime() / 1000));
  header.write(TYPE_FLAGS[type], 156, 'latin1');
  header.write('ustar\0', 257, 'latin1');
  header.write('00', 263, 'latin1');
  header.write(`${headerChecksum(header).toString(8).padStart(6, '0')}\0 `, 148, 8, 'latin1');
  return header;
}

/** One pax record, `"<length> <key>=<value>\n"`, where the length counts the whole record, its own digits too. */
export function paxRecord(key: string, value: string): string {
  const body = ` ${key}=${value}\n`;
  const bodyBytes = Buffer.byteLength(body);
  let length = bodyBytes + String(bodyBytes).length;
  if (String(length).length > String(bodyBytes).length) length += 1;
  return `${length}${body}`;
}

/** The records of a pax header block's contents. */
export function parsePax(data: Buffer): Map<string, string> {
  const records = new Map<string, string>();
  let at = 0;
  while (at < data.length) {
    const space = data.indexOf(0x20, at);
    const length = Number(data.subarray(at, space).toString('latin1'));
    if (space < 0 || !Number.isInteger(length) || length <= 0 || at + length > data.length) break;
    const record = data.subarray(space + 1, at + length - 1).toString('utf8');
    const eq = record.indexOf('=');
    if (eq > 0) records.set(record.slice(0, eq), record.slice(eq + 1));
    at += length;
  }
  return records;
}

const readString = (header: Buffer, offset: number, length: number) => {
  const field = header.subarray(offset, offset + length);
  const end = field.indexOf(0);
  return field.subarray(0, end < 0 ? length : end).toString('utf8');
};

const readOctal = (header: Buffer, offset: number, length: number) => {
  const text = readString(header, offset, length).trim();
  return /^[0-7]+$/.test(text) ? Number.parseInt(text, 8) : Number.NaN;
};

/** True for an all-zero block: the end of the archive. */
export const isZeroBlock = (block: Buffer) => block.every((b) => b === 0);

/**
 * Reads one header. Returns a Swedish reason instead when it is damaged (checksum), not a
 * ustar header, or of a kind a backup never holds (directories, links, devices).
 */
export function decodeHeader(header: Buffer): RawHeader | string {
  const stored = readOctal(header, 148, 8);
  const computed = headerChecksum(header);
  if (stored !== computed)
    return `posthuvudet är skadat (kontrollsumma ${Number.isNaN(stored) ? 'oläslig' : stored}, beräknad ${computed})`;
  if (!header.subarray(257, 262).equals(Buffer.from('ustar'))) return 'posthuvudet är inte i ustar-format';
  const flag = String.fromCharCode(header[156] ?? 0);
  const type: EntryType | undefined = flag === '0' || flag === '\0' ? 'file' : flag === 'x' ? 'pax' : undefined;
  if (!type) return `posten har typen "${flag}", men en säkerhetskopia innehåller bara vanliga filer`;
  const prefix = readString(header, 345, 155);
  const name = readString(header, 0, 100);
  const size = readOctal(header, 124, 12);
  if (Number.isNaN(size)) return 'posthuvudets storlek är oläslig';
  return { name: prefix ? `${prefix}/${name}` : name, size, type };
}

/** Bytes of padding after `size` bytes of contents, up to the next 512-byte block. */
export const padding = (size: number) => (BLOCK - (size % BLOCK)) % BLOCK;
