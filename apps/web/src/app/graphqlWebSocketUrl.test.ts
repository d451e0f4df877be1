import { describe, expect, it } from 'vitest';
import { graphqlWebSocketUrl } from './graphqlWebSocketUrl';

describe('graphqlWebSocketUrl', () => {
  it('follows the page scheme and host', () => {
    expect(graphqlWebSocketUrl({ protocol: 'http:', host: 'localhost:4000' })).toBe('ws://localhost:4000/graphql');
    expect(graphqlWebSocketUrl({ protocol: 'https:', host: 'news.example' })).toBe('wss://news.example/graphql');
  });
});
