import { CreditFormatError, parseCredits, formatCredits } from '@orgpulse/shared';
import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { badInput } from './errors';

/** ISO-8601 timestamps in UTC. */
export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  description: 'ISO-8601 date-time string in UTC, such as "2026-11-28T09:30:00.000Z".',
  serialize(value) {
    const date = value instanceof Date ? value : new Date(value as string);
    if (Number.isNaN(date.getTime())) throw new TypeError('DateTime cannot represent an invalid date');
    return date.toISOString();
  },
  parseValue(value) {
    return parseDate(value);
  },
  parseLiteral(ast) {
    return literal(() => {
      if (ast.kind !== Kind.STRING) throw badInput('A DateTime is an ISO-8601 string such as "2026-11-28T00:00:00Z".');
      return parseDate(ast.value);
    });
  },
});

/**
 * A value written inline in the query: graphql-js reports a GraphQLError thrown here as a
 * bare validation error (GRAPHQL_VALIDATION_FAILED), but wraps a plain error as "Expected
 * value of type …; <reason>", which the error formatter answers as BAD_USER_INPUT, the
 * same code as for a bad variable.
 */
function literal<T>(parse: () => T): T {
  try {
    return parse();
  } catch (err) {
    throw err instanceof GraphQLError ? new TypeError(err.message) : err;
  }
}

const ISO = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

function parseDate(value: unknown): Date {
  if (typeof value !== 'string' || !ISO.test(value)) {
    throw badInput('A DateTime is an ISO-8601 string such as "2026-11-28T00:00:00Z".');
  }
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) throw badInput(`"${value}" is not a valid date.`);
  return date;
}

/**
 * Exact decimal credits as strings ("12.5", "0.000001"); internally bigint micro-credits.
 * Refuses floats, exponents, NaN, more than 6 decimals and absurd magnitudes.
 */
export const CreditsScalar = new GraphQLScalarType<bigint, string>({
  name: 'Credits',
  description: 'Exact decimal amount as a string, up to 6 fractional digits: "12.5", "0.000001".',
  serialize(value) {
    return formatCredits(value as bigint | string);
  },
  parseValue(value) {
    return parseCreditInput(value);
  },
  parseLiteral(ast) {
    return literal(() => {
      if (ast.kind !== Kind.STRING) throw badInput('Credits are written as a decimal string, such as "12.5".');
      return parseCreditInput(ast.value);
    });
  },
});

function parseCreditInput(value: unknown): bigint {
  if (typeof value !== 'string') throw badInput('Credits are written as a decimal string, such as "12.5".');
  try {
    return parseCredits(value);
  } catch (err) {
    if (err instanceof CreditFormatError) throw badInput(err.message);
    throw err;
  }
}
