// Value formats that differ between SCORM versions. Pure.

const pad = (n: number, w = 2) => String(Math.floor(n)).padStart(w, '0');

/** SCORM 1.2 CMITimespan: HHHH:MM:SS.SS (hours 2–4 digits). */
export function timespan12(ms: number): string {
  const total = Math.max(0, Math.round(ms / 10)) / 100; // seconds, two decimals
  const h = Math.min(9999, Math.floor(total / 3600));
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  return `${pad(h, 4)}:${pad(m)}:${s.toFixed(2).padStart(5, '0')}`;
}

/** SCORM 1.2 CMITime (time of day): HH:MM:SS. */
export function time12(d: Date): string {
  return `${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
}

/** SCORM 2004 timeinterval (ISO 8601 duration): PT1H2M3.45S. */
export function duration2004(ms: number): string {
  const cs = Math.max(0, Math.round(ms / 10));
  const h = Math.floor(cs / 360000);
  const m = Math.floor((cs % 360000) / 6000);
  const s = (cs % 6000) / 100;
  return `PT${h ? `${h}H` : ''}${m ? `${m}M` : ''}${Number.isInteger(s) ? s : s.toFixed(2)}S`;
}

/**
 * SCORM 2004 time (second) in UTC: YYYY-MM-DDThh:mm:ss.sZ. The zone may only follow fractional
 * seconds (RTE C.1.4), and Moodle accepts one or two fraction digits, so one is written.
 */
export function timestamp2004(d: Date): string {
  return `${d.toISOString().slice(0, 21)}Z`;
}

/** SCORM 1.2 choice responses are single characters: a, b, c, d … */
export function choiceLetter(index: number): string {
  if (index < 0 || index > 25) throw new Error(`valinnan järjestysnumero ${index} ei mahdu yhteen kirjaimeen`);
  return String.fromCharCode(97 + index);
}

/** Cuts text to a field limit without splitting a character pair. */
export function limit(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

/**
 * SCORM 2004 short identifier (a choice's learner_response): Moodle accepts only letters, digits,
 * "_" and "." there (`^[\\w.]{1,250}$`), so our "-" becomes "_" (ids never contain "_", so the choice
 * stays readable and unambiguous: "kerro-oma-kanta" → "kerro_oma_kanta").
 */
export function shortIdentifier(text: string, max = 250): string {
  return [...text.replace(/[^A-Za-z0-9_.]/g, '_')].slice(0, max).join('') || '_';
}

/** CMIIdentifier: no spaces, limited length. */
export function identifier(text: string, max: number): string {
  // A plain cut: "…" is not allowed in an identifier.
  return [...text.replace(/[^A-Za-z0-9._:-]/g, '-')].slice(0, max).join('');
}
