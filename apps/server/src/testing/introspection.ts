import { getIntrospectionQuery } from 'graphql';

/** The introspection query the playground sends: every option it turns on. */
export const playgroundIntrospectionQuery = getIntrospectionQuery({
  descriptions: true,
  specifiedByUrl: true,
  directiveIsRepeatable: true,
  schemaDescription: true,
  inputValueDeprecation: true,
  oneOf: true,
});
