// `pnpm cms:token`: create the site build's read-only API token and print it once.
// Usage: CMS_URL=https://cms.example.se VG_ADMIN_EMAIL=… VG_ADMIN_PASSWORD=… pnpm cms:token
import { createBuildToken } from '../cms/build-token.ts';
import { main, UserError } from '../lib/processes.ts';

main(async () => {
  const cmsUrl = process.env.CMS_URL ?? 'http://127.0.0.1:1337';
  const email = process.env.VG_ADMIN_EMAIL;
  const password = process.env.VG_ADMIN_PASSWORD;
  if (!email || !password) throw new UserError('Sätt VG_ADMIN_EMAIL och VG_ADMIN_PASSWORD (en administratör i CMS:et) och kör igen.');
  const token = await createBuildToken(cmsUrl, email, password);
  console.log('Bygg-token (visas bara nu — spara den som CMS_TOKEN i byggmiljöns hemligheter, aldrig i git):');
  console.log(token);
});
