import type { GraphQLScalarType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { scalarResolvers } from './scalars';

const dateTime = scalarResolvers.DateTime as GraphQLScalarType<Date, string>;

describe('DateTime', () => {
  it('serialises each date as ISO 8601 in UTC, the same every time it is asked', () => {
    const published = new Date('2026-11-25T09:30:00.120Z');
    expect(dateTime.serialize(published)).toBe('2026-11-25T09:30:00.120Z');
    expect(dateTime.serialize(published)).toBe('2026-11-25T09:30:00.120Z');
    expect(dateTime.serialize(new Date('2026-11-25T09:30:00.121Z'))).toBe('2026-11-25T09:30:00.121Z');
    expect(dateTime.serialize('2026-11-25 10:30:00+01')).toBe('2026-11-25T09:30:00.000Z');
  });

  it('refuses a value that is not a date, with BAD_USER_INPUT', () => {
    expect(() => dateTime.parseValue('yesterday')).toThrow(/ISO 8601/);
    expect(() => dateTime.parseValue(20261125)).toThrow(/ISO 8601/);
    expect(dateTime.parseValue('2026-11-25T09:30:00Z')).toEqual(new Date('2026-11-25T09:30:00Z'));
  });
});
