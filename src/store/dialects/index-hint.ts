import {
  FromNode,
  MysqlAdapter,
  sql,
  TableNode,
  type KyselyPlugin,
  type PluginTransformQueryArgs,
  type PluginTransformResultArgs,
  type QueryResult,
  type RootOperationNode,
  type SelectQueryBuilder,
  SelectQueryNode,
  type UnknownRow,
} from 'kysely';

/**
 * A select on MySQL/MariaDB told which index to read `table` by (`FORCE INDEX`); elsewhere the
 * query as it is. MariaDB weighs a filtered `ORDER BY id DESC LIMIT` by guesses: given a common
 * value with an id bound, it walks the primary key or reads the value's whole run in its index
 * and filters the ids, instead of the range of (value, id) that ends where the bound is. At a
 * million audit records a page took up to 1.6 s that way, 0.3 ms along the index (bench/).
 * SQLite and PostgreSQL take that range on their own. Only for an index the query is built for.
 */
export function withIndexOnMysql<DB, TB extends keyof DB, O>(
  query: SelectQueryBuilder<DB, TB, O>,
  adapterOf: { getExecutor(): { readonly adapter: unknown } },
  table: string,
  index: string | undefined,
): SelectQueryBuilder<DB, TB, O> {
  if (index === undefined || !(adapterOf.getExecutor().adapter instanceof MysqlAdapter)) return query;
  return query.withPlugin(new ForceIndex(table, index));
}

/** Rewrites the FROM item naming `table` into `table FORCE INDEX (index)`. */
class ForceIndex implements KyselyPlugin {
  constructor(
    private readonly table: string,
    private readonly index: string,
  ) {}

  transformQuery({ node }: PluginTransformQueryArgs): RootOperationNode {
    if (!SelectQueryNode.is(node) || node.from === undefined) return node;
    const froms = node.from.froms.map((from) =>
      TableNode.is(from) && from.table.identifier.name === this.table
        ? sql`${sql.table(this.table)} force index (${sql.id(this.index)})`.toOperationNode()
        : from,
    );
    return { ...node, from: FromNode.create(froms) };
  }

  transformResult({ result }: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return Promise.resolve(result);
  }
}
