import fs from 'node:fs';
import path from 'node:path';
import { UserError } from '../lib/processes.ts';
import { readSidecar, sha256File } from './checksum.ts';
import { MANIFEST_PATH, type Manifest, parseManifest, UnsupportedFormatError } from './manifest.ts';
import { entryChunks, hashEntry, indexTar, type TarEntry } from './tar-read.ts';

export interface VerifiedArchive {
  file: string;
  manifest: Manifest;
  /** The archive's files by path, for extracting. */
  entries: Map<string, TarEntry>;
}

/** Problems shown before "… och N till": enough to see the pattern, not a screenful. */
const SHOWN = 12;

function readManifest(fd: number, entry: TarEntry | undefined): { manifest?: Manifest; problem?: string; unsupported?: true } {
  if (!entry) return { problem: `${MANIFEST_PATH} saknas i arkivet` };
  try {
    return { manifest: parseManifest(Buffer.concat([...entryChunks(fd, entry)]).toString('utf8')) };
  } catch (err) {
    return { problem: (err as Error).message, ...(err instanceof UnsupportedFormatError ? { unsupported: true as const } : {}) };
  }
}

/** One message with every problem; "skadat" unless the only problem is a format version this code cannot read. */
function refusal(file: string, problems: string[], unsupportedOnly: boolean): UserError {
  const shown = problems.slice(0, SHOWN).join('\n  - ');
  const more = problems.length > SHOWN ? `\n  - … och ${problems.length - SHOWN} till` : '';
  const headline = unsupportedOnly ? 'kan inte återställas' : 'är skadat och återställs inte';
  return new UserError(`Arkivet ${file} ${headline} (ingenting har ändrats):\n  - ${shown}${more}`);
}

/** Every file the manifest lists must be in the archive with its size and SHA-256, and nothing else may be. */
function checkFiles(fd: number, manifest: Manifest, entries: Map<string, TarEntry>): string[] {
  const problems: string[] = [];
  for (const file of manifest.files) {
    const entry = entries.get(file.path);
    if (!entry) problems.push(`${file.path} saknas i arkivet (manifestet listar ${file.size} byte)`);
    else if (entry.size !== file.size) problems.push(`${file.path}: storleken är ${entry.size} byte, manifestet säger ${file.size}`);
    else {
      const actual = hashEntry(fd, entry);
      if (actual !== file.sha256) problems.push(`${file.path}: SHA-256 är ${actual}, manifestet säger ${file.sha256}`);
    }
  }
  const listed = new Set(manifest.files.map((f) => f.path));
  for (const p of entries.keys()) if (p !== MANIFEST_PATH && !listed.has(p)) problems.push(`${p} finns i arkivet men inte i manifestet`);
  return problems;
}

/**
 * Checks an archive completely before anything is touched: the whole file against its .sha256
 * sidecar, the tar structure (a truncated copy ends early), the manifest (format and version)
 * and every file's size and SHA-256 against it. Refuses with every problem found, each naming
 * the file and the expected and actual values.
 */
export function verifyArchive(file: string): VerifiedArchive {
  if (!fs.existsSync(file) || !fs.statSync(file).isFile()) throw new UserError(`Arkivet ${file} finns inte.`);
  const expected = readSidecar(file);
  const actual = sha256File(file);
  const problems: string[] = [];
  if (actual !== expected) problems.push(`hela arkivet: SHA-256 är ${actual}, men ${path.basename(file)}.sha256 säger ${expected}`);
  const fd = fs.openSync(file, 'r');
  try {
    const index = indexTar(fd, fs.fstatSync(fd).size);
    if (index.problem) problems.push(index.problem);
    const entries = new Map<string, TarEntry>();
    for (const entry of index.entries) {
      if (entries.has(entry.path)) problems.push(`${entry.path} finns två gånger i arkivet`);
      entries.set(entry.path, entry);
    }
    const { manifest, problem, unsupported } = readManifest(fd, entries.get(MANIFEST_PATH));
    // A truncated archive has lost its manifest (the last entry): the truncation is the news, not the missing file.
    if (problem && (entries.has(MANIFEST_PATH) || !index.problem)) problems.push(problem);
    if (manifest) problems.push(...checkFiles(fd, manifest, entries));
    if (problems.length > 0 || !manifest) throw refusal(file, problems, unsupported === true && problems.length === 1);
    return { file, manifest, entries };
  } finally {
    fs.closeSync(fd);
  }
}
