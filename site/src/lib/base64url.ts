/**
 * Text ⇄ base64url (RFC 4648 §5, no padding), for state carried in a link's fragment: the
 * guide's Dela (`#svar=…`) and Min lista's (`#lista=…`). UTF-8 both ways; decoding throws on
 * anything that is not valid base64url of valid UTF-8.
 */
export const toBase64Url = (text: string): string => {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
};

export const fromBase64Url = (code: string): string => {
  const binary = atob(code.replaceAll('-', '+').replaceAll('_', '/'));
  return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
};
