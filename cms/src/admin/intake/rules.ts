/**
 * What the redaktion's intake buttons in the admin panel offer, call and say.
 * No React and no Strapi imports: the admin bundle and the unit tests share it.
 */

export const FORSLAG = 'api::forslag.forslag';
export const ORGANISATION = 'api::organisation.organisation';
export const INLAMNINGSNYCKEL = 'api::inlamningsnyckel.inlamningsnyckel';
export const INSATS = 'api::insats.insats';
export const ATERKOPPLING = 'api::aterkoppling.aterkoppling';
export const FRAGA = 'api::fraga.fraga';

/** The roles the intake admin routes accept (cms/src/intake/admin-routes.ts); nobody else gets the buttons. */
export const REDAKTION_ROLE_CODES: readonly string[] = ['vg-redaktor', 'strapi-super-admin'];

/** What the content manager tells an action about the open entry, and who is looking at it. */
export interface ActionContext {
  model: string;
  /** Undefined while an entry is being created. */
  documentId?: string | undefined;
  document?: Record<string, unknown> | undefined;
  roles?: readonly { code: string }[] | undefined;
}

export function isRedaktion(roles: ActionContext['roles']): boolean {
  return (roles ?? []).some((r) => REDAKTION_ROLE_CODES.includes(r.code));
}

/** A saved entry of `model`, opened by the redaktion: the only place the intake buttons belong. */
function savedEntryFor(ctx: ActionContext, model: string): ctx is ActionContext & { documentId: string } {
  return ctx.model === model && typeof ctx.documentId === 'string' && ctx.documentId !== '' && isRedaktion(ctx.roles);
}

export const editPath = (uid: string, documentId: string) => `/content-manager/collection-types/${uid}/${encodeURIComponent(documentId)}`;

/* --- Förslag → utkast ------------------------------------------------------------------------- */

export type ForslagTyp = 'ny-insats' | 'andring';

export interface ApplyOffer {
  typ: ForslagTyp;
  label: string;
  title: string;
  intro: string;
  confirmLabel: string;
}

const APPLY_OFFERS: Record<ForslagTyp, Omit<ApplyOffer, 'typ'>> = {
  'ny-insats': {
    label: 'Skapa utkast av förslaget',
    title: 'Skapa utkast av förslaget',
    intro:
      'Uppgifterna i förslaget blir ett nytt utkast till en insats. Inget publiceras. Förslaget markeras som behandlat, så det går bara att göra en gång.',
    confirmLabel: 'Skapa utkast',
  },
  andring: {
    label: 'För in ändringen i insatsens utkast',
    title: 'För in ändringen i insatsens utkast',
    intro:
      'Uppgifterna som organisationen har ändrat förs in i insatsens utkast. Besökarna ser den publicerade versionen tills du publicerar. Förslaget markeras som behandlat, så det går bara att göra en gång.',
    confirmLabel: 'För in ändringen',
  },
};

/** The button on a förslag: only for one that is still new (the server refuses the rest). */
export function applyOffer(ctx: ActionContext): ApplyOffer | null {
  if (!savedEntryFor(ctx, FORSLAG) || ctx.document?.behandling !== 'ny') return null;
  const typ = ctx.document.typ;
  return typ === 'ny-insats' || typ === 'andring' ? { typ, ...APPLY_OFFERS[typ] } : null;
}

export const applyUrl = (forslagDocumentId: string) => `/intake/forslag/${encodeURIComponent(forslagDocumentId)}/tillampa`;

/** What POST /intake/forslag/:id/tillampa answers in `data`. */
export interface ApplyResult {
  insats: string;
  kvitto: string;
}

export const compareUrl = (forslagDocumentId: string) => `/intake/forslag/${encodeURIComponent(forslagDocumentId)}/jamforelse`;

/** What GET /intake/forslag/:id/jamforelse answers in `data` (cms/src/intake/compare.ts). */
export interface Comparison {
  typ: ForslagTyp;
  insats: string | null;
  falt: { falt: string; etikett: string; utkast: string; foreslaget: string; andras: boolean; opubliceradAndring: boolean }[];
  utkastVersion: string | null;
}

export const COMPARISON = {
  caption: 'Det här ändras i insatsens utkast',
  field: 'Fält',
  now: 'Nu i utkastet',
  proposed: 'Förslaget',
  unchanged: 'Förslaget ändrar inget i utkastet: alla fält har redan samma innehåll.',
  loading: 'Jämför förslaget med insatsens utkast …',
} as const;

/** The rows the redaktion sees before applying: only the fields that change. */
export const changedFields = (c: Comparison) => c.falt.filter((f) => f.andras);

/** A warning when applying would replace work in the draft that is not published yet; null when it would not. */
export function replacedWorkWarning(c: Comparison): string | null {
  const work = c.falt.filter((f) => f.opubliceradAndring).map((f) => `"${f.etikett}"`);
  if (work.length === 0) return null;
  return `Utkastet har ändringar som inte är publicerade i ${work.join(', ')}. De ersätts av förslagets text om du för in det. Spara en kopia av texten först om den ska finnas kvar.`;
}

export interface ApplyOutcome {
  title: string;
  text: string;
  linkLabel: string;
  path: string;
}

export function applyOutcome(typ: ForslagTyp, result: ApplyResult): ApplyOutcome {
  const path = editPath(INSATS, result.insats);
  return typ === 'ny-insats'
    ? {
        title: 'Utkastet är skapat',
        text: `Förslaget ${result.kvitto} är nu ett utkast till en ny insats. Läs igenom utkastet, skriv texten i klarspråk, fyll i "Senast granskad" och publicera när allt stämmer.`,
        linkLabel: 'Öppna utkastet',
        path,
      }
    : {
        title: 'Ändringen finns i utkastet',
        text: `Ändringarna från förslaget ${result.kvitto} finns nu i insatsens utkast. Besökarna ser den publicerade versionen tills du har granskat utkastet och publicerat det.`,
        linkLabel: 'Öppna insatsens utkast',
        path,
      };
}

/* --- Inlämningsnycklar ------------------------------------------------------------------------ */

export const NEW_KEY = {
  label: 'Skapa ny inlämningsnyckel',
  title: 'Skapa ny inlämningsnyckel',
  confirmLabel: 'Skapa ny nyckel',
  shownTitle: 'Den nya inlämningsnyckeln',
  warning:
    'Kopiera nyckeln nu och ge den till organisationen på ett säkert sätt. Den visas bara den här gången: när du stänger rutan går den inte att se igen.',
  fieldLabel: 'Inlämningsnyckel',
  copyLabel: 'Kopiera nyckeln',
  copied: 'Nyckeln är kopierad.',
  copyFailed: 'Det gick inte att kopiera. Markera nyckeln i rutan och kopiera den själv.',
  closeLabel: 'Stäng',
  cancelLabel: 'Avbryt',
} as const;

/** What GET /intake/organisationer/:id/nyckel answers in `data.aktiv`: the key that works now, or null. */
export interface ActiveKey {
  documentId: string;
  prefix: string;
  skapad: string;
  titel: string | null;
}

export const keyStatusUrl = (organisationDocumentId: string) =>
  `/intake/organisationer/${encodeURIComponent(organisationDocumentId)}/nyckel`;

const dayText = (iso: string) => new Date(iso).toLocaleDateString('sv-SE', { day: 'numeric', month: 'long', year: 'numeric' });

/**
 * What "Skapa ny inlämningsnyckel" says before it makes the key: that the old key stops working only
 * when there is one. `undefined` while the answer is on its way.
 */
export function newKeyConfirmText(active: ActiveKey | null | undefined): string {
  if (active === undefined) return 'Kontrollerar om organisationen redan har en nyckel …';
  if (active === null)
    return 'Organisationen har ingen nyckel som gäller nu. Den nya nyckeln blir den enda som fungerar i formuläret Lämna förslag.';
  return `Den gamla nyckeln (${active.prefix}…, skapad ${dayText(active.skapad)}) slutar gälla. Förslag som skickas med den tas inte emot längre, bara förslag med den nya nyckeln.`;
}

/** The organisation page's word on its key: whether one works now, and since when. */
export const KEY_STATUS = { title: 'Inlämningsnyckel', loading: 'Hämtar …' } as const;
export function keyStatusText(active: ActiveKey | null): string {
  return active
    ? `Organisationen har en nyckel som gäller: ${active.prefix}…, skapad ${dayText(active.skapad)}.`
    : 'Organisationen har ingen nyckel som gäller. Den kan inte skicka förslag förrän du skapar en med "Skapa ny inlämningsnyckel".';
}

/** The button on an organisation. */
export const newKeyOffered = (ctx: ActionContext): boolean => savedEntryFor(ctx, ORGANISATION);

export const NEW_KEY_URL = '/intake/inlamningsnycklar';

/** What POST /intake/inlamningsnycklar answers in `data`: the plain key exists only in this answer. */
export interface IssuedKey {
  nyckel: string;
  prefix: string;
  documentId: string;
  organisation: string;
}

export interface RevokeOffer {
  label: string;
  title: string;
  text: string;
  confirmLabel: string;
  done: string;
}

/** The button on an inlämningsnyckel: only while it still works. */
export function revokeOffer(ctx: ActionContext): RevokeOffer | null {
  if (!savedEntryFor(ctx, INLAMNINGSNYCKEL) || ctx.document?.aktiv !== true) return null;
  const prefix = typeof ctx.document.prefix === 'string' ? ctx.document.prefix : '';
  return {
    label: 'Återkalla nyckeln',
    title: 'Återkalla nyckeln?',
    text: `Nyckeln ${prefix}… slutar gälla direkt. Förslag som skickas med den tas inte emot. Organisationen behöver en ny nyckel för att skicka fler förslag.`,
    confirmLabel: 'Återkalla',
    done: `Nyckeln ${prefix}… är återkallad och slutar gälla direkt.`,
  };
}

export const revokeUrl = (keyDocumentId: string) => `/intake/inlamningsnycklar/${encodeURIComponent(keyDocumentId)}/aterkalla`;

/* --- Fråga → FAQ-utkast ---------------------------------------------------------------------- */

/** "Gör ett FAQ-utkast" belongs on a question from Ställ en fråga, opened by the redaktion. */
export const faqDraftOffered = (ctx: ActionContext): boolean => savedEntryFor(ctx, ATERKOPPLING) && ctx.document?.typ === 'fraga';

export const faqDraftUrl = (aterkopplingDocumentId: string) =>
  `/intake/aterkoppling/${encodeURIComponent(aterkopplingDocumentId)}/faq-utkast`;

/** What POST /intake/aterkoppling/:id/faq-utkast answers in `data`. */
export interface FaqDraftResult {
  fraga: string;
  skapad: boolean;
}

export const FAQ_DRAFT = {
  label: 'Gör ett FAQ-utkast',
  made: 'Utkastet till en vanlig fråga är gjort. Skriv svaret, välj ämne och publicera när det är klart.',
  existed: 'Frågan har redan ett utkast. Här är det.',
} as const;

/** Where the editor lands after the action: the draft, with what to do next. */
export function faqDraftOutcome(result: FaqDraftResult): { path: string; message: string } {
  return { path: editPath(FRAGA, result.fraga), message: result.skapad ? FAQ_DRAFT.made : FAQ_DRAFT.existed };
}

/* --- Fel --------------------------------------------------------------------------------------- */

export const UNREACHABLE = 'CMS:et svarade inte. Kontrollera nätverket och försök igen.';
export const SERVER_FAULT = 'Något gick fel i CMS:et. Försök igen om en stund. Händer det igen: kontakta den som sköter CMS:et.';

/**
 * The text for a failed call. The intake routes answer 4xx with a Swedish message
 * meant for the editor, so that is shown as it is; a server fault or a lost
 * connection carries no such message.
 */
export function errorText(error: unknown): string {
  if (typeof error !== 'object' || error === null) return UNREACHABLE;
  const { status, message } = error as { status?: unknown; message?: unknown };
  if (typeof status !== 'number') return UNREACHABLE;
  if (status >= 500) return SERVER_FAULT;
  return typeof message === 'string' && message.trim() !== '' ? message : SERVER_FAULT;
}
