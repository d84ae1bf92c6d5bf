/**
 * What the editorial roles' document-service guards (skribent-guard.ts, forbundsredaktor-guard.ts)
 * share: the admin user on the request, the document-service call they judge, and which calls
 * are reads (the content manager's RBAC conditions narrow those; the guards judge only writes).
 */
export interface AdminUser {
  id: number;
  roles?: { code: string }[];
}

export interface GuardContext {
  uid: string;
  action: string;
  params: Record<string, unknown>;
}

export const READS: ReadonlySet<string> = new Set(['findMany', 'findOne', 'findFirst', 'count']);
