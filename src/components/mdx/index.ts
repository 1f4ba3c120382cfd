// The components that lesson and guideline MDX may use without importing them.
import Esimerkki from './Esimerkki.astro';
import Kysymys from './Kysymys.astro';
import Lahde from './Lahde.astro';
import Muista from './Muista.astro';
import Tarkista from './Tarkista.astro';
import Termi from './Termi.astro';
import Harjoitus from '../Harjoitus.astro';
import Yhteystiedot from './Yhteystiedot.astro';

export const mdxComponents = { Esimerkki, Harjoitus, Kysymys, Lahde, Muista, Tarkista, Termi, Yhteystiedot };
