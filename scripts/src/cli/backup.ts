// `pnpm backup [--out MAPP]`: the CMS's database (while it runs) and its uploads → one dated,
// checksummed archive, valfardsguiden-backup-<time>.tar plus <archive>.sha256 (default folder backups/).
// Env, read as the CMS reads it (cms/.env too): DATABASE_URL → PostgreSQL (pg_dump), otherwise
// DATABASE_FILENAME (SQLite, relative to cms/); S3_BUCKET and the other S3_ variables → every object
// in the bucket, otherwise the uploads folder (VG_UPLOADS_DIR, relative to cms/).
// See docs/operations.md for schedule, retention and where to keep copies.
import path from 'node:path';
import { createBackup } from '../backup/create-backup.ts';
import { formatSize } from '../backup/format-size.ts';
import { backupSettings, cmsEnvironment, describeDatabase, describeUploads } from '../backup/settings.ts';
import { parseFlags } from '../lib/flags.ts';
import { ROOT } from '../lib/paths.ts';
import { main, UserError } from '../lib/processes.ts';

export const DEFAULT_BACKUP_DIR = path.join(ROOT, 'backups');
const USAGE = 'pnpm backup [--out MAPP]';

main(async () => {
  const flags = parseFlags({ out: { type: 'string' } }, USAGE);
  if (flags.out !== undefined && flags.out.trim() === '') throw new UserError(`Flaggan --out behöver en mapp. Användning: ${USAGE}`);
  const settings = backupSettings(cmsEnvironment());
  console.log(`Säkerhetskopierar ${describeDatabase(settings.database)} och ${describeUploads(settings.uploads)} …`);
  const result = await createBackup(settings, path.resolve(flags.out ?? DEFAULT_BACKUP_DIR));

  const { manifest } = result;
  const database = manifest.files.find((f) => f.path === manifest.database.path);
  console.log(`✔ Säkerhetskopian är skriven: ${result.archive} (${formatSize(result.size)})`);
  const kind = manifest.database.kind === 'postgres' ? 'PostgreSQL (pg_dump)' : 'SQLite';
  console.log(`  databas: ${kind}, ${manifest.database.path}, ${formatSize(database?.size ?? 0)}`);
  if (manifest.uploads.included) {
    console.log(
      `  uppladdade filer: ${manifest.uploads.count} st, ${formatSize(manifest.uploads.bytes)} från ${describeUploads(settings.uploads)}`,
    );
  }
  for (const skipped of result.skipped) console.log(`  ⚠ ej med (ingen vanlig fil, eller borttagen under kopieringen): ${skipped}`);
  console.log(`  kontrollsumma (SHA-256): ${result.sidecar}`);
  console.log('Kopiera båda filerna till en annan plats, hos en annan leverantör (docs/operations.md).');
});
