export { findExperienceRequirements, parseExperience, type ExperienceRequirement } from './parse.js';
