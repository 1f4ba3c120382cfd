// The type of a search result, from its address, and the order results are shown in: lessons first,
// then exercises, then the reference pages (guideline, glossary, sources), then the rest. Pagefind's
// own score orders results within a type. Pure.
export type ResultType = 'lesson' | 'exercise' | 'guideline' | 'glossary' | 'sources' | 'page';

const ORDER: ResultType[] = ['lesson', 'exercise', 'guideline', 'glossary', 'sources', 'page'];

/** `path`: the result's address relative to the site root, e.g. "oppitunnit/salassapito.html". */
export function resultType(path: string): ResultType {
  const p = path.replace(/^\.?\//, '').replace(/[?#].*$/, '');
  if (p.startsWith('oppitunnit/')) return 'lesson';
  if (p.startsWith('harjoitukset/')) return 'exercise';
  if (p === 'ohje.html') return 'guideline';
  if (p === 'sanasto.html') return 'glossary';
  if (p === 'lahteet.html') return 'sources';
  return 'page';
}

/** Results by type (lessons first), keeping Pagefind's order within each type. */
export function rankResults<R extends { path: string }>(results: readonly R[]): R[] {
  return results
    .map((r, i) => ({ r, i, t: ORDER.indexOf(resultType(r.path)) }))
    .sort((a, b) => a.t - b.t || a.i - b.i)
    .map((x) => x.r);
}
