/**
 * Masks caller numbers for call lists, statistics and the live monitor when ANONYMIZE_CALLERS
 * is on: the country code and the last two digits stay (enough to tell calls apart and see
 * where they come from), the rest becomes a fixed run of dots so the length does not leak.
 */

const DOTS = '•••••';

/**
 * ITU-T E.164 country codes: 1 and 7 have one digit, these have two, all others three.
 * Knowing the length is enough; which country it is does not matter here.
 */
const TWO_DIGIT_CODES = new Set([
  '20', '27', '30', '31', '32', '33', '34', '36', '39', '40', '41', '43', '44', '45', '46', '47', '48', '49',
  '51', '52', '53', '54', '55', '56', '57', '58', '60', '61', '62', '63', '64', '65', '66',
  '81', '82', '84', '86', '90', '91', '92', '93', '94', '95', '98',
]);

function countryCode(digits: string): string {
  if (digits.startsWith('1') || digits.startsWith('7')) return digits.slice(0, 1);
  if (TWO_DIGIT_CODES.has(digits.slice(0, 2))) return digits.slice(0, 2);
  return digits.slice(0, 3);
}

/** "+4930123456767" → "+49•••••67"; numbers without "+" (and chat ids) keep only their end. */
export function maskNumber(number: string): string {
  if (number === '') return number;
  const international = /^\+[0-9]{6,}$/.test(number);
  if (international) return `+${countryCode(number.slice(1))}${DOTS}${number.slice(-2)}`;
  return number.length > 4 ? `${DOTS}${number.slice(-2)}` : DOTS;
}

/**
 * Replaces every occurrence of the caller's number in a JSON-able value: it turns up in
 * commands (a transfer's caller id), prompts and variables, not only in the caller field.
 */
export function maskCallerIn<T>(value: T, number: string, name?: string): T {
  const inJson = (text: string) => JSON.stringify(text).slice(1, -1);
  let json = JSON.stringify(maskField(value, number));
  // Short ids (an extension "100") would also hit unrelated digits such as durations.
  if (number.length >= 6) json = json.replaceAll(inJson(number), inJson(maskNumber(number)));
  if (name && name.length >= 3) json = json.replaceAll(inJson(name), DOTS);
  try {
    return JSON.parse(json) as T;
  } catch {
    // A made-up "number" full of backslashes can match across an escape; mask the field alone then.
    return maskField(value, number);
  }
}

/** The caller field itself, whatever the number's length; a name there goes entirely. */
function maskField<T>(value: T, number: string): T {
  const record = value as { caller?: unknown };
  if (typeof record !== 'object' || record === null || record.caller === undefined) return value;
  const caller = typeof record.caller === 'string' ? maskNumber(number) : { number: maskNumber(number) };
  return { ...value, caller };
}

/** The masking to apply to everything about one session, or nothing when the option is off. */
export function callerMask(enabled: boolean): <T>(value: T, number: string, name?: string) => T {
  return enabled ? maskCallerIn : (value) => value;
}
