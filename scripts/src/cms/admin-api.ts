/** A thin client for Strapi's admin API, as an editor's browser would use it. */
export class AdminApi {
  readonly baseUrl: string;
  private readonly token: string;

  constructor(baseUrl: string, token = '') {
    this.baseUrl = baseUrl;
    this.token = token;
  }

  /** The throw-away super admin of test and fixture CMSs (never a real account). */
  static readonly FIRST_ADMIN = { email: 'superadmin@example.se', password: 'Testlosen-123' };

  static async registerFirstAdmin(baseUrl: string): Promise<AdminApi> {
    const res = await fetch(`${baseUrl}/admin/register-admin`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...AdminApi.FIRST_ADMIN, firstname: 'Super', lastname: 'Admin' }),
    });
    if (!res.ok) throw new Error(`register-admin ${res.status}: ${await res.text()}`);
    const body = (await res.json()) as { data: { token: string } };
    return new AdminApi(baseUrl, body.data.token);
  }

  static async login(baseUrl: string, email: string, password: string): Promise<AdminApi> {
    const res = await fetch(`${baseUrl}/admin/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password }),
    });
    if (!res.ok) throw new Error(`login ${res.status}: ${await res.text()}`);
    const body = (await res.json()) as { data: { token: string } };
    return new AdminApi(baseUrl, body.data.token);
  }

  async request(method: string, path: string, body?: unknown): Promise<{ status: number; body: unknown }> {
    const res = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: { authorization: `Bearer ${this.token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      // Not JSON: keep the text for the assertion message.
    }
    return { status: res.status, body: parsed };
  }

  /** A multipart request (uploads), as the media library sends it. */
  async requestForm(method: string, path: string, form: FormData): Promise<{ status: number; body: unknown }> {
    const res = await fetch(`${this.baseUrl}${path}`, { method, headers: { authorization: `Bearer ${this.token}` }, body: form });
    const text = await res.text();
    try {
      return { status: res.status, body: text ? JSON.parse(text) : null };
    } catch {
      return { status: res.status, body: text };
    }
  }

  async get<T>(path: string): Promise<T> {
    const res = await this.request('GET', path);
    if (res.status >= 400) throw new Error(`GET ${path} ${res.status}: ${JSON.stringify(res.body)}`);
    return res.body as T;
  }
}
