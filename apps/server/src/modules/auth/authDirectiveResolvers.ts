// Applies @auth(requires: [...]) from the SDL: the schema itself says which fields are
// editorial, every such resolver (and subscription) is guarded in one place, and a test
// walks the schema to prove each one refuses readers and the wrong role. Services check
// roles again for callers that do not come through GraphQL (the command-line tool).
import { getDirective, MapperKind, mapSchema } from '@graphql-tools/utils';
import { defaultFieldResolver, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import type { Context } from '../../graphql/context';
import { unauthenticated } from '../../platform/errors';
import { requireRole, viewerStillSignedIn, type Role } from './viewerService';

export function applyAuthDirective(schema: GraphQLSchema): GraphQLSchema {
  return mapSchema(schema, {
    [MapperKind.OBJECT_FIELD]: (field, _fieldName, typeName) => {
      const directive = getDirective(schema, field, 'auth')?.[0] as { requires: string[] } | undefined;
      if (!directive) return field;
      const roles = directive.requires.map((role) => role.toLowerCase() as Role);
      const guard = <T extends GraphQLFieldResolver<unknown, Context>>(resolver: T) =>
        ((parent, args, context, info) => {
          requireRole(context.viewer, ...roles);
          return resolver(parent, args, context, info);
        }) as T;
      // A subscription outlives the request that started it: each event asks again whether
      // its session or token still works, so a disabled or reset account stops receiving.
      const resolve = guard(field.resolve ?? defaultFieldResolver);
      const liveResolve: GraphQLFieldResolver<unknown, Context> = async (parent, args, context, info) => {
        if (!(await viewerStillSignedIn(context.db, context.viewer))) {
          throw unauthenticated('Your session has ended: sign in again.');
        }
        return resolve(parent, args, context, info);
      };
      return {
        ...field,
        resolve: typeName === 'Subscription' ? liveResolve : resolve,
        ...(field.subscribe ? { subscribe: guard(field.subscribe) } : {}),
      };
    },
  });
}

/** The editorial fields, for tests and documentation: "Type.field" → roles. */
export function editorialFields(schema: GraphQLSchema): Map<string, Role[]> {
  const fields = new Map<string, Role[]>();
  for (const type of [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]) {
    for (const field of Object.values(type?.getFields() ?? {})) {
      const directive = getDirective(schema, field, 'auth')?.[0] as { requires: string[] } | undefined;
      if (directive)
        fields.set(
          `${type!.name}.${field.name}`,
          directive.requires.map((role) => role.toLowerCase() as Role),
        );
    }
  }
  return fields;
}
