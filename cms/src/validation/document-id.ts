/**
 * The shape of a Strapi documentId (lower-case letters and digits), checked before one from a
 * request reaches the database: anything else — a numeric id, a slug, a path, a NUL byte that
 * PostgreSQL refuses with an error — is the caller's mistake and gets a 400 saying so.
 */
export const DOCUMENT_ID = /^[a-z0-9]{1,64}$/;

export const DOCUMENT_ID_MESSAGE =
  'documentId ska vara postens documentId: små bokstäver a–z och siffror, t.ex. "k3x9…" (inte ett nummer eller adressnamn).';
