// `pnpm restore ARKIV [--force]`: verifies a backup completely (its .sha256 sidecar and every
// file's SHA-256 in the manifest), then restores it into the CMS's database — only an empty one
// unless --force — and its uploads folder or S3 bucket (an empty one unless --force). Env as for
// `pnpm backup`. Stop the CMS first when restoring over a database it uses; start it afterwards.
import path from 'node:path';
import { formatSize } from '../backup/format-size.ts';
import { restoreBackup } from '../backup/restore-backup.ts';
import { backupSettings, cmsEnvironment, describeDatabase, describeUploads } from '../backup/settings.ts';
import { parseCommand } from '../lib/flags.ts';
import { main } from '../lib/processes.ts';

const USAGE = 'pnpm restore ARKIV [--force]  (--force ersätter innehållet i en databas som inte är tom)';

main(async () => {
  const { flags, args } = parseCommand({ force: { type: 'boolean' } }, ['ARKIV'], USAGE);
  const archive = path.resolve(args[0] ?? '');
  const settings = backupSettings(cmsEnvironment());
  console.log(`Kontrollerar ${archive} och återställer till ${describeDatabase(settings.database)} …`);
  const result = await restoreBackup(archive, settings, { force: flags.force === true });

  const { manifest } = result;
  const bytes = manifest.files.reduce((sum, f) => sum + f.size, 0);
  console.log(`✔ Arkivet är helt: kontrollsumman och alla ${manifest.files.length} filer (${formatSize(bytes)}) stämmer.`);
  console.log(`✔ Databasen från ${manifest.createdAt} är återställd till ${describeDatabase(settings.database)}.`);
  if (manifest.uploads.included) {
    console.log(
      `✔ Uppladdade filer i ${describeUploads(settings.uploads)}: ${result.uploads.written} återställda, ${result.uploads.same} fanns redan.`,
    );
  }
  for (const note of result.notes) console.log(`  ${note}`);
  console.log('Starta CMS:et på den återställda databasen och kontrollera den (docs/operations.md, "Prova en återställning").');
});
