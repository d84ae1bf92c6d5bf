// `pnpm cms:token`: create a build token and print it once; `--revoke ID` revokes an old one.
// Usage: CMS_URL=https://cms.example.se VG_ADMIN_EMAIL=… VG_ADMIN_PASSWORD=… pnpm cms:token [--revoke ID]
// Rotation: create a new token, put it in the build's CMS_TOKEN secret, then revoke the old one.
import { buildTokenName, tokenAdmin } from '../cms/build-token.ts';
import { parseFlags } from '../lib/flags.ts';
import { main, UserError } from '../lib/processes.ts';

main(async () => {
  const values = parseFlags({ revoke: { type: 'string' } }, 'pnpm cms:token [--revoke ID]');
  const cmsUrl = process.env.CMS_URL ?? 'http://127.0.0.1:1337';
  const email = process.env.VG_ADMIN_EMAIL;
  const password = process.env.VG_ADMIN_PASSWORD;
  if (!email || !password) throw new UserError('Sätt VG_ADMIN_EMAIL och VG_ADMIN_PASSWORD (en administratör i CMS:et) och kör igen.');
  const tokens = await tokenAdmin(cmsUrl, email, password);

  if (values.revoke !== undefined) {
    const id = Number(values.revoke);
    const target = (await tokens.list()).find((t) => t.id === id);
    if (!Number.isInteger(id) || !target)
      throw new UserError(`Det finns ingen bygg-token med id "${values.revoke}". Kör pnpm cms:token utan --revoke för att se dem.`);
    await tokens.revoke(id);
    console.log(`Bygg-token ${id} (${target.name}) är återkallad och slutar gälla nu.`);
    return;
  }

  const existing = await tokens.list();
  const secret = await tokens.create(buildTokenName('bygge'));
  console.log('Ny bygg-token (visas bara nu — spara den som CMS_TOKEN i byggmiljöns hemligheter, aldrig i git):');
  console.log(secret);
  if (existing.length > 0) {
    console.log('\nÄldre bygg-nycklar fungerar fortfarande. Återkalla en när bygget använder den nya: pnpm cms:token --revoke ID');
    for (const t of existing) console.log(`  ${t.id}  ${t.name}  (senast använd: ${t.lastUsedAt ?? 'aldrig'})`);
  }
});
