/** Other primary subtags voices use for a language (Mandarin voices may be tagged `cmn`). */
const voiceAliases: Readonly<Record<string, readonly string[]>> = { zh: ['cmn'] };

/** Whether a voice's BCP 47 tag speaks the language of `tag` (same primary subtag, or an alias of it). */
function speaks(voiceTag: string, tag: string): boolean {
  const primary = (t: string) => t.replace('_', '-').split('-')[0]!.toLowerCase();
  const want = primary(tag);
  return [want, ...(voiceAliases[want] ?? [])].includes(primary(voiceTag));
}

function synth(): SpeechSynthesis | null {
  return typeof window !== 'undefined' && 'speechSynthesis' in window ? window.speechSynthesis : null;
}

/** A voice of this browser that speaks the language (a BCP 47 tag), preferring a local one; null when there is none. */
export function voiceFor(tag: string): SpeechSynthesisVoice | null {
  const voices = synth()?.getVoices() ?? [];
  const fits = voices.filter((v) => speaks(v.lang, tag));
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
 * Reads a text aloud in a language (a BCP 47 tag), cancelling whatever was being read. Calls onEnd when the reading ends
 * or fails. Returns false (and does not call onEnd) when there is no voice for the language.
 */
export function speak(text: string, tag: string, onEnd: () => void): boolean {
  const s = synth();
  const voice = voiceFor(tag);
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
