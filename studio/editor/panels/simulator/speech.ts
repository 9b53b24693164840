import type { Command } from '../../../../dsl/session/commands';

export const canSpeak = (): boolean => typeof window !== 'undefined' && 'speechSynthesis' in window;

/** Reads the step's prompts with the browser's own voices (nothing is sent anywhere), one locale each. */
export function speak(commands: Command[]): void {
  if (!canSpeak()) return;
  const voices = window.speechSynthesis.getVoices();
  for (const command of commands) {
    if (command.type !== 'say' || !command.text) continue;
    const utterance = new SpeechSynthesisUtterance(command.text);
    utterance.lang = command.locale;
    const base = command.locale.split('-')[0];
    const voice = voices.find((v) => v.lang === command.locale) ?? voices.find((v) => v.lang.split('-')[0] === base);
    if (voice) utterance.voice = voice;
    window.speechSynthesis.speak(utterance);
  }
}

export function stopSpeaking(): void {
  if (canSpeak()) window.speechSynthesis.cancel();
}
