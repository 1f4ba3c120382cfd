// The course model the build hands to pages (src/integrations/course/virtual-module.ts).
declare module 'virtual:course' {
  const model: import('./course/model.ts').CourseModel;
  export default model;
}
