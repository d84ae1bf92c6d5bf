/**
 * What went wrong with a submission, in plain Swedish, per code the CMS answers with
 * (`details.kod` in JSON, `?kod=` on the error page after a plain form POST).
 */
import { type IntakeErrorCode, isIntakeErrorCode } from '@vg/shared-schema/intake/protocol';
import { vantetid } from '../lib/vantetid.ts';

/** Typed by the protocol's codes, so a code the CMS gains without a text here fails the typecheck. */
export const FEL_TEXT: Record<IntakeErrorCode, string> = {
  ogiltig: 'Några uppgifter i förslaget behöver rättas innan det kan skickas.',
  'fel-nyckel':
    'Inlämningsnyckeln stämmer inte. Kontrollera att du har klistrat in hela nyckeln som redaktionen gav er organisation. Har ni ingen nyckel, be redaktionen om en.',
  'aterkallad-nyckel':
    'Inlämningsnyckeln gäller inte längre. Redaktionen har stängt av den, till exempel för att ni har fått en ny. Använd den nya nyckeln eller be redaktionen om en.',
  'fel-organisation':
    'Insatsen ni vill ändra hör till en annan organisation. Med er nyckel kan ni bara föreslå ändringar i er egen organisations insatser. Kontrollera insatsens adressnamn.',
  'fel-ursprung':
    'Förslaget skickades från en annan webbplats än Välfärdsguiden. Öppna formuläret på Välfärdsguiden och skicka förslaget därifrån.',
  'for-manga': 'Det har skickats många förslag på kort tid.',
  'for-stor': 'Förslaget är för långt för att skickas. Korta de längsta texterna, till exempel beskrivningen, och skicka igen.',
  'fel-format': 'Förslaget kom fram i ett format som vi inte kan läsa. Skicka det igen från formuläret på Välfärdsguiden.',
  idempotens: 'Förslaget krockade med ett tidigare försök att skicka det, som hade ett annat innehåll. Skicka förslaget igen.',
  serverfel: 'Något gick fel hos oss, så förslaget kunde inte sparas. Ingenting har sparats. Försök igen om en stund.',
};

const OKAND = 'Förslaget kunde inte tas emot. Försök igen om en stund. Om det inte går, kontakta redaktionen.';

/** The explanation for an error code; for "for-manga" with how long to wait when that is known. */
export function felText(kod: string | null | undefined, vanta?: number): string {
  const text = isIntakeErrorCode(kod) ? FEL_TEXT[kod] : OKAND;
  if (kod !== 'for-manga') return text;
  return vanta && vanta > 0 ? `${text} Vänta ${vantetid(vanta)} och skicka sedan igen.` : `${text} Vänta en minut och skicka sedan igen.`;
}
