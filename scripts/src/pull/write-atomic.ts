import fs from 'node:fs';
import path from 'node:path';

/**
 * Writes a file so that readers only ever see the old or the complete new
 * version: write a temporary file beside it, flush it to disk, then rename
 * over the target (atomic on one file system). An interrupted write leaves the
 * previous file untouched.
 */
export function writeFileAtomic(target: string, contents: string): void {
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const tmp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${Date.now()}.tmp`);
  try {
    const fd = fs.openSync(tmp, 'w');
    try {
      fs.writeFileSync(fd, contents);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(tmp, target);
  } catch (err) {
    fs.rmSync(tmp, { force: true });
    throw err;
  }
}
