// personText and notifiedSubjectId refuse an argument of the wrong kind with a ValidationError naming it, where they
// threw a TypeError from inside.
import { describe, expect, it } from 'vitest';
import { notifiedSubjectId } from '../pipeline/watch.js';
import { personText } from './person-text.js';

describe('personText and notifiedSubjectId check their arguments', () => {
  it('refuse a value of the wrong kind', () => {
    expect(() => personText(null as never)).toThrow('Invalid personText: query: must be a RankQuery');
    expect(() => notifiedSubjectId(Symbol('n') as never, 'me')).toThrow(
      'Invalid notifiedSubjectId: notifierName: must be a string, got a symbol',
    );
  });

  it('answer valid input as before', () => {
    expect(personText({ text: 'I know SQL' })).toBe('I know SQL');
    expect(notifiedSubjectId('email', 'me')).toBe('notified:email:me');
  });
});
