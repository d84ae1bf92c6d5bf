// `scripts/vg admin:create --email E --firstname F [--lastname L]`: creates the first super admin of
// an empty CMS database, from the command line — in production the only way (the web
// registration is closed there). Run it with the CMS's own environment (NODE_ENV, DATABASE_URL,
// the secrets). The password comes from VG_ADMIN_PASSWORD or is asked for on the terminal; never
// as a flag, so it stays out of the shell's history and the process list.
import { FirstAdminNameSchema, FirstAdminSchema, parseAccount } from '../cms/admin-account.ts';
import { assertCmsSecrets, createFirstAdmin } from '../cms/first-admin.ts';
import { parseFlags } from '../lib/flags.ts';
import { main, UserError } from '../lib/processes.ts';
import { promptHidden } from '../lib/prompt.ts';

const USAGE =
  'VG_ADMIN_PASSWORD=… scripts/vg admin:create --email E --firstname F [--lastname L] (utan VG_ADMIN_PASSWORD frågar kommandot efter lösenordet)';

async function password(): Promise<string> {
  if (process.env.VG_ADMIN_PASSWORD) return process.env.VG_ADMIN_PASSWORD;
  if (!process.stdin.isTTY) {
    throw new UserError(`Lösenordet saknas: sätt VG_ADMIN_PASSWORD eller kör kommandot i en terminal. Användning: ${USAGE}`);
  }
  const first = await promptHidden('Lösenord för administratören (minst 8 tecken, stor och liten bokstav och en siffra): ');
  // Checked before the repeat, so a password Strapi would refuse is not typed twice.
  parseAccount(FirstAdminSchema.pick({ password: true }), { password: first });
  if ((await promptHidden('Upprepa lösenordet: ')) !== first) throw new UserError('Lösenorden var olika — kör kommandot igen.');
  return first;
}

main(async () => {
  const flags = parseFlags({ email: { type: 'string' }, firstname: { type: 'string' }, lastname: { type: 'string' } }, USAGE);
  parseAccount(FirstAdminNameSchema, flags);
  assertCmsSecrets();
  const account = parseAccount(FirstAdminSchema, { ...flags, password: await password() });
  if ((await createFirstAdmin(account)) === 'admin-exists') {
    throw new UserError(
      'Det finns redan en administratör i databasen, så ingen ny skapades. Kommandot skapar bara den första: logga in på /admin och bjud in fler under Inställningar → Användare.',
    );
  }
  console.log(`✔ Superadministratören ${account.email} är skapad. Logga in på CMS:ets /admin med e-postadressen och lösenordet.`);
});
