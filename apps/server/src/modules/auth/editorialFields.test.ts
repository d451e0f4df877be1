// Walks every root field the schema marks @auth and proves each refuses anonymous readers
// (UNAUTHENTICATED), invalid tokens (UNAUTHENTICATED) and the wrong role (FORBIDDEN).
// Arguments are made up from the field's types, so a new editorial field is covered the
// moment it is declared.
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLField,
  type GraphQLInputType,
} from 'graphql';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildSchema } from '../../graphql/schema';
import { toGlobalId } from '../../platform/globalId';
import { startTestServer, type TestServer } from '../../testing/startTestServer';
import { subscribe } from '../../testing/subscribe';
import { editorialFields } from './authDirectiveResolvers';
import { createUser, issueApiToken } from './authService';

const schema = buildSchema();
const fields = editorialFields(schema);

let server: TestServer;
let moderatorToken: string;
beforeAll(async () => {
  server = await startTestServer();
  const moderator = await createUser(server.db, {
    login: 'walker',
    displayName: 'Walker',
    role: 'moderator',
    password: 'a long enough password',
  });
  moderatorToken = (await issueApiToken(server.db, moderator.id, 'walk')).token;
});
afterAll(() => server?.close());

function sampleValue(type: GraphQLInputType): string {
  if (isNonNullType(type)) return sampleValue(type.ofType);
  if (isListType(type)) return `[${sampleValue(type.ofType)}]`;
  if (isEnumType(type)) return type.getValues()[0]!.name;
  if (isInputObjectType(type)) {
    const required = Object.values(type.getFields()).filter((field) => isNonNullType(field.type));
    return `{ ${required.map((field) => `${field.name}: ${sampleValue(field.type)}`).join(', ')} }`;
  }
  if (isScalarType(type) && type.name === 'ID') return JSON.stringify(toGlobalId('Article', 1));
  if (isScalarType(type) && type.name === 'Int') return '1';
  if (isScalarType(type) && type.name === 'Boolean') return 'true';
  return '"x"';
}

function operationFor(operation: string, field: GraphQLField<unknown, unknown>): string {
  const args = field.args.filter((arg) => isNonNullType(arg.type)).map((arg) => `${arg.name}: ${sampleValue(arg.type)}`);
  const named = getNamedType(field.type);
  const selection = isObjectType(named) || 'getTypes' in named ? '{ __typename }' : '';
  return `${operation} { ${field.name}${args.length ? `(${args.join(', ')})` : ''} ${selection} }`;
}

const cases = [...fields].map(([path, roles]) => {
  const [typeName, fieldName] = path.split('.') as [string, string];
  const type =
    typeName === 'Query' ? schema.getQueryType()! : typeName === 'Mutation' ? schema.getMutationType()! : schema.getSubscriptionType()!;
  const operation = typeName === 'Query' ? 'query' : typeName === 'Mutation' ? 'mutation' : 'subscription';
  return { path, roles, operation, document: operationFor(operation, type.getFields()[fieldName]!) };
});

it('finds the editorial fields (the desk, moderation, typo reports, tokens)', () => {
  expect(cases.map((c) => c.path)).toEqual(
    expect.arrayContaining([
      'Mutation.createArticle',
      'Mutation.moderateComment',
      'Query.typoReports',
      'Subscription.typoReported',
      'Query.apiTokens',
    ]),
  );
});

async function errorCode(document: string, operation: string, token?: string): Promise<string | undefined> {
  if (operation === 'subscription') {
    const live = await subscribe(server.url, document, {}, { token });
    const event = await live.next();
    await live.close();
    return event.errors?.[0]?.extensions?.code;
  }
  return (await server.client({ token }).query(document)).errors?.[0]?.extensions?.code;
}

it.each(cases)('$path refuses anonymous readers and invalid tokens', async ({ document, operation }) => {
  expect(await errorCode(document, operation)).toBe('UNAUTHENTICATED');
  expect(await errorCode(document, operation, 'nra_not-a-real-token')).toBe('UNAUTHENTICATED');
});

it.each(cases.filter((c) => !c.roles.includes('moderator')))('$path refuses moderators (FORBIDDEN)', async ({ document, operation }) => {
  expect(await errorCode(document, operation, moderatorToken)).toBe('FORBIDDEN');
});
