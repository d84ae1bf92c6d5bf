import { rangeOf, readingBlocks, type Sentence, sentencesOf } from './reading-order.ts';

export type ReaderState = 'stopped' | 'reading' | 'paused';

/** The parts of the Web Speech API Lyssna uses (a test can hand in its own). */
export interface Speech {
  speak(utterance: SpeechSynthesisUtterance): void;
  cancel(): void;
  pause(): void;
  resume(): void;
  getVoices(): SpeechSynthesisVoice[];
}

const HIGHLIGHT = 'lyssna';

/** The voice for the page's language, or null when the device has none for it. */
export function voiceFor(speech: Speech, lang: string): SpeechSynthesisVoice | null {
  const base = lang.toLowerCase().split('-')[0] ?? lang;
  return speech.getVoices().find((v) => v.lang.replace('_', '-').toLowerCase().split('-')[0] === base) ?? null;
}

/**
 * Reads the main content aloud sentence by sentence (one utterance each: long utterances stop
 * early in some browsers), marking the sentence being read with the CSS Custom Highlight API, or
 * its block with a class where that API is missing, and keeping it in view.
 */
export class Reader {
  #state: ReaderState = 'stopped';
  #marked: Element | null = null;
  readonly #onChange: (state: ReaderState) => void;

  constructor(
    private readonly speech: Speech,
    private readonly root: ParentNode,
    private readonly lang: string,
    onChange: (state: ReaderState) => void,
  ) {
    this.#onChange = onChange;
  }

  get state(): ReaderState {
    return this.#state;
  }

  start(): void {
    this.speech.cancel();
    const sentences = sentencesOf(readingBlocks(this.root), this.lang);
    if (sentences.length === 0) return;
    const voice = voiceFor(this.speech, this.lang);
    this.#set('reading');
    sentences.forEach((sentence, i) => {
      const u = new SpeechSynthesisUtterance(sentence.text);
      u.lang = this.lang;
      if (voice) u.voice = voice;
      u.onstart = () => this.#mark(sentence);
      if (i === sentences.length - 1) u.onend = () => this.stop();
      this.speech.speak(u);
    });
  }

  pause(): void {
    if (this.#state !== 'reading') return;
    this.speech.pause();
    this.#set('paused');
  }

  resume(): void {
    if (this.#state !== 'paused') return;
    this.speech.resume();
    this.#set('reading');
  }

  stop(): void {
    if (this.#state === 'stopped') return;
    this.speech.cancel();
    this.#unmark();
    this.#set('stopped');
  }

  #set(state: ReaderState): void {
    this.#state = state;
    this.#onChange(state);
  }

  #mark(sentence: Sentence): void {
    if (this.#state === 'stopped') return;
    this.#unmark();
    const highlights = (globalThis as { CSS?: { highlights?: Map<string, unknown> } }).CSS?.highlights;
    const Highlight = (globalThis as { Highlight?: new (...ranges: Range[]) => unknown }).Highlight;
    if (highlights && Highlight) highlights.set(HIGHLIGHT, new Highlight(rangeOf(sentence)));
    else {
      sentence.block.classList.add('lyssna-nu');
      this.#marked = sentence.block;
    }
    const reduce = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    sentence.block.scrollIntoView?.({ block: 'nearest', behavior: reduce ? 'auto' : 'smooth' });
  }

  #unmark(): void {
    (globalThis as { CSS?: { highlights?: Map<string, unknown> } }).CSS?.highlights?.delete(HIGHLIGHT);
    this.#marked?.classList.remove('lyssna-nu');
    this.#marked = null;
  }
}
