<?php

declare(strict_types=1);

namespace WHMCS\Database;

/**
 * A stand-in for WHMCS's Capsule (Laravel's query builder over the WHMCS database): tables are
 * in-memory lists of rows, and only what the module uses is there — table(), where(), whereIn(),
 * update(), get(), first() and raw('now()'). Anything else fails loudly, so a module that starts
 * to rely on more breaks its tests instead of passing them by accident.
 */
final class Capsule
{
    /** @var array<string, list<array>> */
    private static array $tables = [];

    public static function table(string $name): Query
    {
        return new Query($name);
    }

    public static function raw(string $sql): Expression
    {
        return new Expression($sql);
    }

    /** Test helper: empties every table. */
    public static function reset(): void
    {
        self::$tables = [];
    }

    /** Test helper: adds a row. */
    public static function insertRow(string $table, array $row): void
    {
        self::$tables[$table][] = $row;
    }

    /** Test helper: the row with this id, or null. */
    public static function row(string $table, int $id): ?array
    {
        foreach (self::$tables[$table] ?? [] as $row) {
            if ((int) ($row['id'] ?? 0) === $id) {
                return $row;
            }
        }
        return null;
    }

    /** @internal the rows of a table, for Query */
    public static function &rows(string $table): array
    {
        self::$tables[$table] ??= [];
        return self::$tables[$table];
    }
}

/** A raw SQL expression; the stand-in knows only now(). */
final class Expression
{
    public function __construct(public readonly string $sql)
    {
    }

    public function value(): string
    {
        if (strtolower(trim($this->sql)) !== 'now()') {
            throw new \LogicException("the Capsule stand-in cannot evaluate raw SQL: {$this->sql}");
        }
        return date('Y-m-d H:i:s');
    }
}

/** A query on one table: conditions combined with AND, compared as MySQL compares text and numbers. */
final class Query
{
    /** @var list<callable(array): bool> */
    private array $conditions = [];

    public function __construct(private readonly string $table)
    {
    }

    public function where(string $column, mixed $operatorOrValue, mixed $value = null): self
    {
        if (func_num_args() === 3 && $operatorOrValue !== '=') {
            throw new \LogicException("the Capsule stand-in knows only '=' (got '$operatorOrValue')");
        }
        $wanted = func_num_args() === 3 ? $value : $operatorOrValue;
        $this->conditions[] = static fn (array $row) => self::same($row[$column] ?? null, $wanted);
        return $this;
    }

    public function whereIn(string $column, array $values): self
    {
        $this->conditions[] = static function (array $row) use ($column, $values): bool {
            foreach ($values as $value) {
                if (self::same($row[$column] ?? null, $value)) {
                    return true;
                }
            }
            return false;
        };
        return $this;
    }

    /** Sets the columns of every matching row; answers how many rows matched. */
    public function update(array $values): int
    {
        $rows = &Capsule::rows($this->table);
        $count = 0;
        foreach ($rows as &$row) {
            if ($this->matches($row)) {
                foreach ($values as $column => $value) {
                    $row[$column] = $value instanceof Expression ? $value->value() : $value;
                }
                $count++;
            }
        }
        unset($row);
        return $count;
    }

    /** @return list<object> the matching rows, as Capsule gives them */
    public function get(): array
    {
        $rows = array_filter(Capsule::rows($this->table), fn (array $row) => $this->matches($row));
        return array_values(array_map(static fn (array $row) => (object) $row, $rows));
    }

    public function first(): ?object
    {
        return $this->get()[0] ?? null;
    }

    private function matches(array $row): bool
    {
        foreach ($this->conditions as $condition) {
            if (!$condition($row)) {
                return false;
            }
        }
        return true;
    }

    private static function same(mixed $stored, mixed $wanted): bool
    {
        return $stored !== null && (string) $stored === (string) $wanted;
    }
}
