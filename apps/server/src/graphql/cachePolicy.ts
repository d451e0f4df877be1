// The Cache-Control header of a GraphQL answer, worked out once per operation from the
// schema's @cacheControl hints instead of once per resolved field (docs/adr/012).
//
// Apollo's own cache-control plugin wraps every resolver to collect a hint per field as it
// resolves; on the article page (about 150 fields) that bookkeeping was a tenth of the
// server's time. Our hints are all static (no resolver calls `setCacheHint`), so the same
// rules can be applied to the operation's selections instead, and the result kept with the
// parsed document, which Apollo itself keeps between requests. The rules are Apollo's
// (`@apollo/server/src/plugin/cacheControl`): a field returning an object, interface or union
// takes the type's hint, then its own; without a maxAge it counts as 0 unless it inherits
// its parent's; a root field does too; the answer gets the smallest maxAge and PRIVATE if
// any field is. One difference, on the safe side: every selected field counts, including
// those under a null or an empty list that Apollo would never resolve, so an answer is
// never more cacheable than Apollo would make it, only sometimes less.
import type { ApolloServerPlugin } from '@apollo/server';
import {
  getNamedType,
  isAbstractType,
  isCompositeType,
  Kind,
  type DirectiveNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

type Scope = 'PUBLIC' | 'PRIVATE';

interface Hint {
  maxAge?: number;
  scope?: Scope;
  inheritMaxAge?: boolean;
}

/** What a whole answer may be cached for; `maxAge` undefined or 0 means not at all. */
export interface CachePolicy {
  maxAge?: number;
  scope?: Scope;
}

/** The header Apollo's plugin would send: `max-age=N, public|private`, or `no-store`. */
export function cacheControlHeader(policy: CachePolicy, hasErrors: boolean): string {
  if (hasErrors || !policy.maxAge) return 'no-store';
  return `max-age=${policy.maxAge}, ${(policy.scope ?? 'PUBLIC').toLowerCase()}`;
}

/** The policy of one operation, from the hints on the fields and types it selects. */
export function cachePolicyOf(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Readonly<Record<string, FragmentDefinitionNode>>,
): CachePolicy {
  const root = schema.getRootType(operation.operation);
  const overall: CachePolicy = {};
  if (!root) return overall;

  const visit = (parentType: GraphQLCompositeType, selectionSet: SelectionSetNode, atRoot: boolean, seenFragments: Set<string>) => {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parentType;
        if (type && isCompositeType(type)) visit(type, selection.selectionSet, atRoot, seenFragments);
      } else if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = fragments[selection.name.value];
        if (!fragment || seenFragments.has(fragment.name.value)) continue;
        const type = schema.getType(fragment.typeCondition.name.value);
        if (type && isCompositeType(type)) visit(type, fragment.selectionSet, atRoot, new Set([...seenFragments, fragment.name.value]));
      } else if (!selection.name.value.startsWith('__')) {
        // Apollo reads the field's hint from the object type it resolved on, so on an
        // interface or union every possible object type's field counts.
        const objectTypes: readonly GraphQLObjectType[] = isAbstractType(parentType) ? schema.getPossibleTypes(parentType) : [parentType];
        for (const objectType of objectTypes) {
          const field = objectType.getFields()[selection.name.value];
          if (!field) continue;
          restrict(overall, fieldPolicy(field, atRoot));
          const returned = getNamedType(field.type);
          if (selection.selectionSet && isCompositeType(returned)) visit(returned, selection.selectionSet, false, seenFragments);
        }
      }
    }
  };
  visit(root, operation.selectionSet, true, new Set());
  return overall;
}

/** One field's contribution, as Apollo's plugin computes it when the field resolves. */
function fieldPolicy(field: GraphQLField<unknown, unknown>, atRoot: boolean): CachePolicy {
  const policy: CachePolicy = {};
  let inheritMaxAge = false;
  const returned = getNamedType(field.type);
  if (isCompositeType(returned)) {
    const typeHint = hintOfType(returned);
    replace(policy, typeHint);
    inheritMaxAge = Boolean(typeHint.inheritMaxAge);
  }
  const fieldHint = hintFromDirectives(field.astNode?.directives) ?? {};
  if (fieldHint.inheritMaxAge && policy.maxAge === undefined) {
    inheritMaxAge = true;
    if (fieldHint.scope) replace(policy, { scope: fieldHint.scope });
  } else {
    replace(policy, fieldHint);
  }
  if (policy.maxAge === undefined && ((isCompositeType(returned) && !inheritMaxAge) || atRoot)) restrict(policy, { maxAge: 0 });
  return policy;
}

function hintOfType(type: GraphQLCompositeType): Hint {
  for (const node of [type.astNode, ...type.extensionASTNodes]) {
    const hint = hintFromDirectives(node?.directives);
    if (hint) return hint;
  }
  return {};
}

function hintFromDirectives(directives: readonly DirectiveNode[] | undefined): Hint | undefined {
  const directive = directives?.find((candidate) => candidate.name.value === 'cacheControl');
  if (!directive?.arguments) return undefined;
  const argument = (name: string) => directive.arguments!.find((candidate) => candidate.name.value === name)?.value;
  const scopeValue = argument('scope');
  const scope =
    scopeValue?.kind === Kind.ENUM && (scopeValue.value === 'PUBLIC' || scopeValue.value === 'PRIVATE') ? scopeValue.value : undefined;
  const inherit = argument('inheritMaxAge');
  if (inherit?.kind === Kind.BOOLEAN && inherit.value) return { inheritMaxAge: true, scope };
  const maxAge = argument('maxAge');
  return { maxAge: maxAge?.kind === Kind.INT ? Number.parseInt(maxAge.value, 10) : undefined, scope };
}

function restrict(policy: CachePolicy, hint: CachePolicy) {
  if (hint.maxAge !== undefined && (policy.maxAge === undefined || hint.maxAge < policy.maxAge)) policy.maxAge = hint.maxAge;
  if (hint.scope !== undefined && policy.scope !== 'PRIVATE') policy.scope = hint.scope;
}

function replace(policy: CachePolicy, hint: CachePolicy) {
  if (hint.maxAge !== undefined) policy.maxAge = hint.maxAge;
  if (hint.scope !== undefined) policy.scope = hint.scope;
}

/**
 * Sets each answer's Cache-Control header from its operation's policy, computed once per
 * parsed operation. Install it with Apollo's own plugin disabled
 * (`ApolloServerPluginCacheControlDisabled`), which is what removes the per-field work.
 */
export function staticCachePolicyPlugin<TContext extends object>(schema: GraphQLSchema): ApolloServerPlugin<TContext> {
  const policies = new WeakMap<OperationDefinitionNode, CachePolicy>();
  const policyFor = (operation: OperationDefinitionNode, document: DocumentNode) => {
    let policy = policies.get(operation);
    if (!policy) {
      const fragments = Object.fromEntries(
        document.definitions
          .filter((definition) => definition.kind === Kind.FRAGMENT_DEFINITION)
          .map((fragment) => [fragment.name.value, fragment]),
      );
      policy = cachePolicyOf(schema, operation, fragments);
      policies.set(operation, policy);
    }
    return policy;
  };
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ operation, document, response }) {
          const single = response.body.kind === 'single' ? response.body.singleResult : undefined;
          const policy = operation && document && single ? policyFor(operation, document) : {};
          response.http.headers.set('cache-control', cacheControlHeader(policy, !single || Boolean(single.errors)));
        },
      };
    },
  };
}
