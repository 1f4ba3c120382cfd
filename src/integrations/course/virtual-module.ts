// Hands the course model to pages as `virtual:course` (plain JSON), so that pages read the model the
// build checked instead of parsing content again. In dev, content edits reload it.
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import type { CourseModel } from '../../course/index.ts';

export const COURSE_MODULE = 'virtual:course';
const RESOLVED = `\0${COURSE_MODULE}`;

export function courseModulePlugin(model: () => CourseModel, contentDir: string): Plugin {
  const dir = resolve(contentDir);
  return {
    name: 'course-model',
    resolveId: (id) => (id === COURSE_MODULE ? RESOLVED : undefined),
    load: (id) => (id === RESOLVED ? `export default ${JSON.stringify(model())};` : undefined),
    configureServer(server) {
      server.watcher.add(dir);
      const reload = (file: string) => {
        if (!resolve(file).startsWith(dir)) return;
        const mod = server.moduleGraph.getModuleById(RESOLVED);
        if (mod) server.moduleGraph.invalidateModule(mod);
        server.ws.send({ type: 'full-reload' });
      };
      server.watcher.on('change', reload).on('add', reload).on('unlink', reload);
    },
  };
}
