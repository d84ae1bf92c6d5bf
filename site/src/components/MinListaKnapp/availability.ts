/**
 * Runs inline just before the "Spara i min lista" control: marks `<html data-min-lista="ja">`
 * where the browser lets the page keep something on the device, so the control is drawn from
 * the first paint (shown later, it would push the page down) and never drawn where it could not
 * work, or without JavaScript. Its hash is in the site's CSP.
 */
export const MIN_LISTA_AVAILABLE_SCRIPT = "try{if(window.localStorage)document.documentElement.dataset.minLista='ja'}catch(e){}";
