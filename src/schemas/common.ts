import { z } from 'zod';

/** Stable ids: lowercase ascii, digits and dashes. They end up in URLs, anchors and LMS records. */
export const idSchema = z
  .string()
  .max(60, 'tunnus saa olla enintään 60 merkkiä')
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'tunnuksessa saa olla vain pieniä kirjaimia a–z, numeroita ja väliviivoja');

/** Calendar date written as YYYY-MM-DD in YAML (YAML may already have turned it into a Date). */
export const dateSchema = z.preprocess(
  (v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v),
  z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'päivämäärä muodossa VVVV-KK-PP'),
);

export const httpsUrl = z.url({ protocol: /^https?$/, error: 'osoitteen on alettava https:// tai http://' });

export const nonEmpty = z.string().trim().min(1, 'ei saa olla tyhjä');

/** A text field with an upper bound: a pasted document in a one-line field is a mistake, not content. */
export const text = (max: number) => nonEmpty.max(max, `liian pitkä: enintään ${max} merkkiä`);
