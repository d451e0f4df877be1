// The database keeps enum values in lowercase (SQL convention); GraphQL enums are
// uppercase (GraphQL convention). These two helpers are the only bridge between them.
export const toGraphQLEnum = <T extends string>(value: T) => value.toUpperCase() as Uppercase<T>;
export const fromGraphQLEnum = <T extends string>(value: T) => value.toLowerCase() as Lowercase<T>;
