export { splitSections, type ResumeSection, type SplitSectionsOptions } from './split-sections.js';
export { classifyHeading, type ResumeSectionKind } from './headings.js';
