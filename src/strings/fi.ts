// Words the learner reads in the interface, in one place: English keys, Finnish values. Content
// (lessons, scenarios) lives in content/; this is only what the code itself shows. No imports.
export const t = {
  /** How well a source was checked (content/README.md explains the statuses to editors). */
  referenceStatus: {
    V1: 'Tarkistettu ensisijaisesta lähteestä',
    V2: 'Tarkistettu virallisen tekstin toisinnosta',
    OSIN: 'Tarkistettu osittain',
    'EI VARMISTETTU': 'Ei tarkistettu',
  },
  /** A choice, rated within its situation. */
  rating: { best: 'Hyvä valinta', acceptable: 'Osittain hyvä valinta', poor: 'Huono valinta' },
  /** A scenario's ending. */
  outcome: { best: 'Paras lopputulos', acceptable: 'Kohtalainen lopputulos', poor: 'Huono lopputulos' },
  /** An ending's label on the decision maps (read without colour). */
  outcomeLabel: { best: 'PARAS', acceptable: 'KOHTALAINEN', poor: 'HUONO' },
  audience: { staff: 'henkilöstö', officials: 'luottamushenkilöt' },
  saveState: {
    saved: 'Tallennettu',
    pending: 'Tallennettu selaimeen, lähetetään pian',
    retrying: 'Tallennus epäonnistui – yritetään uudelleen',
    'other-tab': 'Kurssi on auki toisessa välilehdessä: tätä ei tallenneta',
    review: 'Kertausnäkymä: tätä käyntiä ei tallenneta',
    local: 'Oppimisympäristöä ei löytynyt: edistymistä ei lähetetä, se tallennetaan vain tähän selaimeen',
    'init-failed': 'Yhteys oppimisympäristöön ei onnistunut',
  },
  store: {
    browser: 'Edistymisesi tallennetaan vain tähän selaimeen.',
    memory: 'Edistymistä ei tallenneta: se häviää, kun suljet sivun.',
    lms: 'Edistymisesi tallennetaan oppimisympäristöön.',
    initFailed: 'Yhteys oppimisympäristöön ei onnistunut. Edistymisesi tallennetaan tähän selaimeen ja lähetetään, kun avaat kurssin seuraavan kerran.',
    notSaved: 'Tätä käyntiä ei tallenneta.',
  },
} as const;
