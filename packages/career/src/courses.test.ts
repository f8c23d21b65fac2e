import { parseCourse, type CourseInput } from '@rolefit/core';
import { describe, expect, it } from 'vitest';
import { rankCoursesForSkills, sampleCourses } from './courses.js';

describe('rankCoursesForSkills', () => {
  it('ships about thirty valid invented courses on example.com', () => {
    expect(sampleCourses.length).toBeGreaterThanOrEqual(30);
    for (const course of sampleCourses) expect(parseCourse(course).url).toMatch(/^https:\/\/courses\.example\.com\//);
    expect(new Set(sampleCourses.map((course) => course.id)).size).toBe(sampleCourses.length);
  });

  it('lists a course that teaches the skill first, above a better-rated one that only names it', () => {
    const [kubernetes] = rankCoursesForSkills(['Kubernetes'], sampleCourses);
    expect(kubernetes?.courses[0]?.teaches).toBe(true);
    expect(kubernetes?.courses[0]?.course.skills).toContain('Kubernetes');
    // The beginner course beats the advanced one for a gap; the Docker course only mentions Kubernetes in its title.
    expect(kubernetes?.courses.map((item) => item.course.id)).toEqual([
      'course-kubernetes-first-cluster',
      'course-kubernetes-operations',
      'course-containers-before-kubernetes',
    ]);
    expect(kubernetes?.courses[2]?.reason).toMatch(/^title mentions Kubernetes/);
    expect(kubernetes?.courses[0]?.reason).toMatch(/^teaches Kubernetes, beginner level, rated 4\.3\/5/);
  });

  it('canonicalises skills through the taxonomy on both sides', () => {
    // The gap says "Amazon DynamoDB"; the course lists "DynamoDB".
    const [dynamo, budgeting] = rankCoursesForSkills([{ skill: 'Amazon DynamoDB' }, 'budgeting'], sampleCourses);
    expect(dynamo?.courses[0]?.course.id).toBe('course-dynamodb-data-modelling');
    expect(budgeting?.skill).toBe('Budgeting');
    expect(budgeting?.courses[0]?.course.id).toBe('course-budgeting-and-forecasting');
    // A course that only mentions budgeting in passing still qualifies, below the one that teaches it.
    expect(budgeting?.courses.slice(1).every((item) => !item.teaches)).toBe(true);
  });

  it('prefers the wanted level and honours the limit', () => {
    const courses: CourseInput[] = [
      { id: 'b', source: 'test', title: 'Welding basics', skills: ['Welding'], level: 'advanced', rating: 5 },
      { id: 'a', source: 'test', title: 'Welding basics', skills: ['Welding'], level: 'beginner', rating: 4 },
      { id: 'c', source: 'test', title: 'Unrelated', skills: ['Cooking'] },
    ];
    expect(rankCoursesForSkills(['Welding'], courses)[0]?.courses.map((item) => item.course.id)).toEqual(['a', 'b']);
    expect(
      rankCoursesForSkills(['Welding'], courses, { level: 'advanced' })[0]?.courses.map((item) => item.course.id),
    ).toEqual(['b', 'a']);
    expect(rankCoursesForSkills(['Welding'], courses, { limit: 1 })[0]?.courses).toHaveLength(1);
  });

  it('returns an empty list for a skill no course covers', () => {
    expect(rankCoursesForSkills(['Underwater Basket Weaving'], sampleCourses)).toEqual([
      { skill: 'Underwater Basket Weaving', courses: [] },
    ]);
  });
});

describe('rankCoursesForSkills lexical matches', () => {
  it('needs every word of the skill when the course does not list it', () => {
    const [testing, airflow] = rankCoursesForSkills(['A/B Testing', 'Apache Airflow'], sampleCourses);
    // "End-to-End Testing with Playwright" shares only the word "testing".
    expect(testing?.courses.map((item) => item.course.id)).toEqual(['course-ab-testing-for-product']);
    expect(airflow?.courses.map((item) => item.course.id)).toEqual(['course-airflow-pipelines']);
  });
});
