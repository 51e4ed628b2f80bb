import type { Language } from '../content/schema';

/** BCP-47 prefixes of the voices that can read each UI language. */
const voiceLang: Record<Language, RegExp> = { zh: /^(zh|cmn)\b/i, en: /^en\b/i };

function synth(): SpeechSynthesis | null {
  return typeof window !== 'undefined' && 'speechSynthesis' in window ? window.speechSynthesis : null;
}

/** A voice of this browser that speaks the language, preferring a local one; null when there is none. */
export function voiceFor(lang: Language): SpeechSynthesisVoice | null {
  const voices = synth()?.getVoices() ?? [];
  const fits = voices.filter((v) => voiceLang[lang].test(v.lang.replace('_', '-')));
  return fits.find((v) => v.localService) ?? fits[0] ?? null;
}

/** Calls back whenever the browser's list of voices changes (voices often arrive after page load). */
export function onVoicesChanged(callback: () => void): () => void {
  const s = synth();
  if (!s) return () => {};
  s.addEventListener('voiceschanged', callback);
  return () => s.removeEventListener('voiceschanged', callback);
}

/**
 * Reads a text aloud in a language, cancelling whatever was being read. Calls onEnd when the reading ends
 * or fails. Returns false (and does not call onEnd) when there is no voice for the language.
 */
export function speak(text: string, lang: Language, onEnd: () => void): boolean {
  const s = synth();
  const voice = voiceFor(lang);
  if (!s || !voice) return false;
  s.cancel();
  const u = new SpeechSynthesisUtterance(text);
  u.voice = voice;
  u.lang = voice.lang;
  let done = false;
  const end = () => {
    if (done) return;
    done = true;
    onEnd();
  };
  u.addEventListener('end', end);
  u.addEventListener('error', end);
  s.speak(u);
  return true;
}

/** Stops reading aloud. */
export function stopSpeaking(): void {
  synth()?.cancel();
}
