import { AdminApi } from './admin-api.ts';

export const EDITOR_PASSWORD = 'Redaktion-losen-1';

/** Creates an admin user with one role, as the redaktion sets up a new editor, and logs them in (test and fixture CMSs only). */
export async function createEditor(superAdmin: AdminApi, email: string, roleCode: string): Promise<{ api: AdminApi; id: number }> {
  const roles = await superAdmin.get<{ data: { id: number; code: string }[] }>('/admin/roles');
  const role = roles.data.find((r) => r.code === roleCode);
  if (!role) throw new Error(`rollen ${roleCode} finns inte`);
  const created = await superAdmin.request('POST', '/admin/users', { firstname: 'Test', lastname: roleCode, email, roles: [role.id] });
  if (created.status !== 201) throw new Error(`POST /admin/users ${created.status}: ${JSON.stringify(created.body)}`);
  const user = (created.body as { data: { id: number; registrationToken: string } }).data;
  const reg = await superAdmin.request('POST', '/admin/register', {
    registrationToken: user.registrationToken,
    userInfo: { firstname: 'Test', lastname: roleCode, password: EDITOR_PASSWORD },
  });
  if (reg.status !== 200) throw new Error(`POST /admin/register ${reg.status}: ${JSON.stringify(reg.body)}`);
  return { api: await AdminApi.login(superAdmin.baseUrl, email, EDITOR_PASSWORD), id: user.id };
}
