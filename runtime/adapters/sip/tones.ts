const RATE = 8000;

/** A sine tone with 10 ms fades (a hard start or stop clicks on the line). */
function tone(frequencies: number[], seconds: number, amplitude: number): Int16Array {
  const samples = Math.round(seconds * RATE);
  const fade = Math.round(0.01 * RATE);
  const out = new Int16Array(samples);
  for (let i = 0; i < samples; i++) {
    const envelope = Math.min(1, i / fade, (samples - 1 - i) / fade);
    let value = 0;
    for (const f of frequencies) value += Math.sin((2 * Math.PI * f * i) / RATE);
    out[i] = Math.round((value / frequencies.length) * amplitude * envelope);
  }
  return out;
}

function join(parts: Int16Array[]): Int16Array {
  const out = new Int16Array(parts.reduce((sum, p) => sum + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

const silence = (seconds: number) => new Int16Array(Math.round(seconds * RATE));

/** The voicemail beep: 1 kHz for 400 ms, then a short pause so the caller does not talk over it. */
export const BEEP: Int16Array = join([tone([1000], 0.4, 8000), silence(0.1)]);

/**
 * Default hold "music": a soft rising three-note chime (C5 E5 G5) every 4 seconds, quiet enough
 * to talk over — better than dead air, which makes callers think the line dropped.
 */
export const HOLD_PATTERN: Int16Array = join([
  tone([523.25], 0.35, 2500),
  silence(0.05),
  tone([659.25], 0.35, 2500),
  silence(0.05),
  tone([783.99], 0.6, 2500),
  silence(2.6),
]);
