/**
 * Runs inline in `<head>`, before the first paint: marks `<html data-lyssna="ja">` where the
 * browser can speak, so the Lyssna controls are drawn from the start (shown later, they would
 * push the page down) and never drawn where they could not work. Its hash is in the site's CSP.
 */
export const LYSSNA_AVAILABLE_SCRIPT =
  "if(window.speechSynthesis&&window.SpeechSynthesisUtterance)document.documentElement.dataset.lyssna='ja'";
