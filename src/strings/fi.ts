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

// The interface of the open site and the scenario island. Separate exports, so that a page's script
// or an island bundles only the words it uses.

/** The site's header, menu and footer. */
export const navUi = {
  skip: 'Siirry sisältöön',
  menu: 'Valikko',
  mainMenu: 'Päävalikko',
  lessons: 'Oppitunnit',
  exercises: 'Harjoitukset',
  glossary: 'Sanasto',
  guideline: 'Ohje',
  search: 'Hae kurssilta',
  searchButton: 'Hae',
  siteSearch: 'Sivuston haku',
  footerLearners: 'Kurssista',
  footerReviewers: 'Kouluttajille, ylläpitäjille ja sisällön tarkistajille',
  accessibility: 'Saavutettavuusseloste',
  privacy: 'Mitä kurssi tallentaa',
  sources: 'Lähteet',
  searchPage: 'Haku',
  decisionMaps: 'Päätöskartat',
  hrGuide: 'Ohje oppimisympäristön ylläpitäjälle',
  lmsPreview: 'LMS-esikatselu',
  checklist: 'Muistilista tulostettavaksi',
  refresher: 'Vuosittainen kertaus',
  facilitator: 'Seminaarin vetäjälle',
} as const;

/** Progress on lists and the front page: "Ei aloitettu / Kesken / Valmis ✓" and the bar. */
export const progressUi = {
  state: { 'not-started': 'Ei aloitettu', started: 'Kesken', done: 'Valmis' },
  /** "3/8 oppituntia · 4/10 harjoitusta" */
  lessons: (seen: number, all: number) => `${seen}/${all} oppituntia`,
  exercises: (done: number, all: number) => `${done}/${all} harjoitusta`,
  points: (got: number, max: number) => `${got}/${max} p.`,
  heading: 'Edistymisesi',
  /** Where the open site keeps progress; inside the player the store says it. */
  browserOnly: 'Edistyminen näkyy vain tässä selaimessa.',
  lessonsUnknown: 'Tämä selain ei kerro, mitkä oppitunnit olet avannut. Harjoitusten tilanne näkyy silti.',
  start: 'Aloita kurssi',
  resume: 'Jatka siitä mihin jäit',
  /** Under the resume button: where it leads. */
  resumeTo: (title: string) => `Seuraavaksi: ${title}`,
  allDone: 'Olet käynyt läpi kaikki oppitunnit ja harjoitukset.',
  review: 'Kertaa oppitunteja',
} as const;

/** The scenario island. */
export const scenarioUi = {
  heading: 'Harjoitus',
  objective: 'Tavoite',
  /** "Tilanne 1/3": the situation's number and the most situations this path can still have. */
  step: (n: number, of: number) => `Tilanne ${n}/${of}`,
  pointsSoFar: (p: number) => `Pisteet tähän mennessä: ${p}`,
  question: 'Mitä teet?',
  confirm: 'Vahvista valinta',
  confirmHint: 'Valitse vaihtoehto ja vahvista se. Valinta lasketaan vasta, kun vahvistat sen.',
  chooseFirst: 'Valitse ensin yksi vaihtoehto.',
  youChose: 'Valitsit',
  source: 'Lähde',
  sources: 'Lähteet',
  next: 'Jatka',
  points: (got: number, max: number) => `Pisteet: ${got} / ${max}`,
  yourChoices: 'Valintasi',
  stepLabel: (n: number) => `Tilanne ${n}`,
  choicePoints: (p: number, max: number) => `${p}/${max} p.`,
  bestWouldBe: 'Paras valinta olisi ollut:',
  feedbackAgain: 'Lue palaute',
  retry: 'Yritä uudelleen',
  continueLesson: 'Jatka oppituntia',
  backToLesson: (title: string) => `Oppitunti: ${title}`,
  allExercises: 'Kaikki harjoitukset',
  /** The ending relates the points to the pass rule: graded (staff package in an LMS) or feedback only. */
  graded: (passMark: number, pct: number) =>
    `Kurssi hyväksytään, kun saat vähintään ${passMark} % kaikkien harjoitusten yhteispisteistä. Tästä harjoituksesta sait ${pct} %.`,
  gradedBelow: 'Voit parantaa tulosta tekemällä harjoituksen uudelleen. Paras tuloksesi jää voimaan.',
  gradedAbove: 'Tämän harjoituksen tulos on hyväksymisrajan yläpuolella.',
  ungraded: 'Pisteet ovat palautetta sinulle. Harjoitus on tehty, kun pääset sen loppuun, pisteistä riippumatta.',
  clear: 'Tyhjennä tallennus',
  clearQuestion: 'Poistetaanko tämän harjoituksen tallennus? Valintasi ja pisteesi tästä harjoituksesta unohtuvat.',
  clearYes: 'Poista tallennus',
  clearNo: 'Peruuta',
  cleared: 'Tämän harjoituksen tallennus poistettu.',
  noScript: 'Harjoitus toimii vain, kun selaimessa on JavaScript käytössä. Oppitunnin teksti on luettavissa ilman sitä.',
} as const;

/** The search page. */
export const searchUi = {
  type: { lesson: 'Oppitunti', exercise: 'Harjoitus', guideline: 'Ohje luvuittain', glossary: 'Sanasto', sources: 'Lähteet', page: 'Sivu' },
  searching: 'Haetaan…',
  found: (n: number, q: string) => `${n} ${n === 1 ? 'tulos' : 'tulosta'} haulla ”${q}”.`,
  none: (q: string) => `Ei tuloksia haulla ”${q}”.`,
  noneHint: 'Tarkista kirjoitusasu tai kokeile toista sanaa. Voit myös selata oppitunteja tai sanastoa.',
  failed: 'Haku ei juuri nyt toimi. Voit selata oppitunteja ja sanastoa.',
} as const;

/** A lesson page. */
export const lessonUi = {
  position: (order: number, total: number, minutes: number) => `Oppitunti ${order}/${total} · noin ${minutes} min`,
  exercises: (n: number) => `${n} ${n === 1 ? 'harjoitus' : 'harjoitusta'}`,
  nextNav: 'Seuraava oppitunti',
  next: (title: string) => `Seuraava: ${title}`,
  last: 'Seuraava: kurssin etusivu ja edistymisesi',
  pagerNav: 'Oppitunnit',
  prev: (title: string) => `← Edellinen: ${title}`,
  home: '← Etusivu',
  all: 'Kaikki oppitunnit',
} as const;

/** The front page. */
export const frontUi = {
  facts: (lessons: number, exercises: number) => [`${lessons} oppituntia`, `${exercises} harjoitusta`],
  sittings: 'Voit tehdä kurssin useassa osassa. Kun palaat, jatkat siitä, mihin jäit.',
  lessonsHeading: 'Oppitunnit',
  lessonMinutes: (m: number) => `noin ${m} min`,
  lessonExercises: (n: number) => (n === 0 ? 'ei harjoitusta' : n === 1 ? '1 harjoitus' : `${n} harjoitusta`),
  requiresHeading: 'Mitä kurssi vaatii',
  audienceHeading: 'Kenelle kurssi on',
  guidelineHeading: 'Ohjeen asema',
} as const;
