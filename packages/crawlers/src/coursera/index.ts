export {
  createCourseraCrawler,
  mapCourseraCourse,
  parseCourseraPage,
  parseCourseraWorkload,
  COURSERA_FIELDS,
  COURSERA_SOURCE,
  type CourseraCrawlerSettings,
  type CourseraPage,
} from './coursera-crawler.js';
