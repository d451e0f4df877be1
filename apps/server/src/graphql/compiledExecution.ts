// Operations run as compiled JavaScript (graphql-jit) instead of graphql-js's
// interpreter (ADR 013). graphql-js walks the document for every request: it collects
// fields, builds argument objects and checks each value's type again for every field of
// every row. graphql-jit does that walk once per document and leaves a function that only
// calls resolvers. Apollo Server 5 has no executor option; its gateway interface is the
// supported way to bring one, and Apollo still parses, validates, runs plugins and formats
// errors around it exactly as before.
import type { GatewayInterface } from '@apollo/server-gateway-interface';
import { execute, getOperationAST, GraphQLError, type DocumentNode, type ExecutionResult, type GraphQLSchema } from 'graphql';
import type * as GraphQLJit from 'graphql-jit';
import type { CompiledQuery } from 'graphql-jit';

// Loaded with the first operation, not at start-up: it takes about 100 ms to import here,
// and start-up on an existing data directory has a 3-second budget (issue 8).
let graphqlJit: Promise<typeof GraphQLJit> | undefined;

/** Compiled operations, per parsed document (Apollo reuses the DocumentNode of a repeated query). */
type CompiledOperations = Map<string, CompiledQuery | ExecutionResult>;

export function compiledExecution(schema: GraphQLSchema): GatewayInterface & { readonly compilations: number } {
  const compiled = new WeakMap<DocumentNode, CompiledOperations>();
  let compilations = 0;

  const compiledFor = async (document: DocumentNode, operationName: string | undefined) => {
    let operations = compiled.get(document);
    if (!operations) compiled.set(document, (operations = new Map()));
    const key = operationName ?? '';
    let operation = operations.get(key);
    if (!operation) {
      const { compileQuery } = await (graphqlJit ??= import('graphql-jit'));
      // A request that waited for the same import may have compiled it meanwhile.
      operation = operations.get(key);
      if (!operation) {
        operations.set(key, (operation = compileQuery(schema, document, operationName)));
        compilations += 1;
      }
    }
    return operation;
  };

  return {
    async load() {
      return {
        async executor({ document, request, context, operationName }) {
          const args = {
            schema,
            document,
            contextValue: context,
            variableValues: request.variables,
            operationName: operationName ?? undefined,
          };
          // An operationName the document does not hold (GraphiQL sends the old one after an
          // edit): Apollo resolved no operation and passes null here, so graphql-jit would run
          // the document's one operation, and Apollo turns a success without an operation into
          // a 500. graphql-js, given the name asked for, refuses it: "Unknown operation named".
          if (request.operationName && !getOperationAST(document, request.operationName))
            return execute({ ...args, operationName: request.operationName });
          const operation = await compiledFor(document, args.operationName);
          // A document that cannot be compiled, or a request refused before any field runs
          // (bad variables), is left to graphql-js, whose errors Apollo knows how to report
          // (400, BAD_USER_INPUT); graphql-jit words them differently.
          if (!('query' in operation)) return execute(args);
          const result = await operation.query(undefined, context, request.variables ?? {});
          if (result.data === undefined) return execute(args);
          return result.errors ? { ...result, errors: result.errors.map(asGraphQLJsError) } : result;
        },
      };
    },
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => {};
    },
    async stop() {},
    /** How many operations were compiled so far (each document once, not once per request). */
    get compilations() {
      return compilations;
    },
  };
}

/**
 * graphql-jit's errors leave `extensions` undefined when the resolver's error had none;
 * Apollo's error formatting expects graphql-js's errors, which always carry an object.
 */
function asGraphQLJsError(error: GraphQLError): GraphQLError {
  const upstream = new GraphQLError(error.message, {
    path: error.path,
    originalError: error.originalError ?? undefined,
    extensions: error.extensions ?? undefined,
  });
  Object.assign(upstream, { locations: error.locations });
  return upstream;
}
