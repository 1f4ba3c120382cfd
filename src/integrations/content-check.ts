// Checks the whole content folder before Astro builds anything, so that an editor's mistake stops
// the build with the file and the field named (Astro's own errors name only the entry).
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { loadCheckedContent } from '../content-check/index.ts';

export default function contentCheck(): AstroIntegration {
  return {
    name: 'content-check',
    hooks: {
      'astro:config:setup': ({ config, logger, command }) => {
        if (command === 'preview') return;
        const content = loadCheckedContent(fileURLToPath(config.root));
        logger.info(
          `sisältö kunnossa: ${content.lessons.length} oppituntia, ${content.references.length} lähdettä, ${content.glossary.length} termiä`,
        );
      },
    },
  };
}
