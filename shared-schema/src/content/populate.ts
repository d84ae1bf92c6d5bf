import type { ContentTypeUid } from './registry.ts';

/**
 * What the REST API must populate for each content type so that a published
 * entry matches its zod schema: every relation (as a reference: documentId and
 * slug), every component and every media field — named one by one, never
 * `populate=*`. The pipeline sends these; the CMS uses them to load a draft for
 * publish-time validation; a contract test checks them against schema.json.
 */
/** How one attribute is populated: all of it, some fields of a relation or media, or a component with its relations and nested components. */
export type PopulateEntry = true | { fields: string[] } | { populate: Record<string, PopulateEntry> };
export type PopulateSpec = Record<string, PopulateEntry>;

const ref = { fields: ['slug'] };
const media = { fields: ['url', 'alternativeText', 'width', 'height'] };

export const POPULATE: Record<ContentTypeUid, PopulateSpec> = {
  'api::aktor.aktor': {},
  'api::amne.amne': {},
  'api::aterkoppling.aterkoppling': {},
  'api::begrepp.begrepp': { alias: true },
  'api::berattelse.berattelse': {
    steg: { populate: { aktor: ref } },
    aktorer: ref,
    insatser: ref,
    livssituationer: ref,
    bild: media,
  },
  'api::forbund.forbund': { kommuner: ref, medlemmar: ref, kontakt: true },
  'api::forslag.forslag': { insats: ref, organisation: ref },
  'api::fraga.fraga': { amne: ref, aktorer: ref, insatser: ref, kedjor: ref },
  // Options are a component inside each question: populated one level down.
  'api::hitta-ratt.hitta-ratt': { fragor: { populate: { alternativ: true } }, regler: true, utfall: true },
  'api::inlamningsnyckel.inlamningsnyckel': { organisation: ref },
  'api::insats.insats': {
    malgrupper: ref,
    livssituationer: ref,
    aktiviteter: true,
    organisation: ref,
    forbund: ref,
    kommuner: ref,
    plats: true,
    vagarIn: true,
    steg: true,
    krav: true,
    timmarPerVecka: true,
    platser: true,
    sprak: true,
    kontakt: true,
    period: true,
    forelder: ref,
    delar: ref,
  },
  'api::kedja.kedja': { livssituation: ref, steg: { populate: { aktor: ref, insatser: ref } }, slut: true },
  'api::kommun.kommun': {},
  'api::livssituation.livssituation': {},
  'api::malgrupp.malgrupp': {},
  'api::organisation.organisation': { aktor: ref, kommun: ref },
  'api::startsida.startsida': { puffar: true },
  'api::tillganglighetsredogorelse.tillganglighetsredogorelse': { kandaProblem: true, bedomning: true, feedback: true, tillsyn: true },
};
