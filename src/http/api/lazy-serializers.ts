import SerializerSelector from '@fastify/fast-json-stringify-compiler';

type SerializerFactory = ReturnType<typeof SerializerSelector>;
type Serializer = ReturnType<ReturnType<SerializerFactory>>;

/**
 * Fastify's own response serializers (fast-json-stringify), compiled on a route's first answer
 * with that status instead of at start. Every method is served under three prefixes with
 * several statuses each: compiling them all up front cost ~80 ms and ~8 MB of memory at start,
 * most of it for answers a given deployment never sends. The compiled code is the same; only
 * the first answer of each kind pays for it (~1 ms).
 */
export function lazySerializers(): SerializerFactory {
  const factory = SerializerSelector();
  return (externalSchemas, options) => {
    const compile = factory(externalSchemas, options);
    return (route) => {
      let serialize: Serializer | undefined;
      return (value) => (serialize ??= compile(route))(value);
    };
  };
}
