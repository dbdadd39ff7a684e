import bytes from 'bytes';
import { z } from 'zod';

/**
 * How a variable's text is read, for src/config.ts's models: numbers, booleans
 * and sizes (a blank variable unset), lists, proxy addresses, optional text.
 */

/**
 * A setting read with a blank variable taken as unset: one set to '' or spaces
 * (as templated env files and compose's `${VAR}` leave it) gets the setting's
 * default, never a number or boolean coerced from nothing.
 */
const unlessBlank = <T extends z.ZodType>(model: T) =>
  z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), model);
/** A numeric setting: its model, built on a coerced number, read with a blank variable unset. */
export const numeric = <T extends z.ZodType>(model: (n: z.ZodCoercedNumber<unknown>) => T) =>
  unlessBlank(model(z.coerce.number()));

/**
 * A size as body-parser reads it, with the `bytes` package: a whole number of
 * bytes (`512`, `512b`) or a number with a unit (kb, mb, gb, tb or pb, in any
 * case: `100kb`, `1.5MB`). Text that `bytes` would read only in part (`10MiB`
 * as 10 bytes, `1.5` as 1) is refused too.
 */
const SIZE = /^(?:\d+ *b?|\d+(?:\.\d+)? *[kmgtp]b)$/i;
/** A size setting, with its default: a size's text, trimmed, as body-parser's `limit` takes it. */
export const size = (fallback: string) =>
  unlessBlank(
    z
      .string()
      .trim()
      .default(fallback)
      .refine((v) => SIZE.test(v) && bytes.parse(v) !== null, {
        message:
          'Invalid size: a whole number of bytes (512), or a number with a unit (kb, mb, gb, tb, pb) such as 100kb',
      }),
  );

const boolText = z.enum(['true', 'false', '1', '0']);
/** A boolean variable with its default, given as the text it would be written as. */
export const bool = (fallback: 'true' | 'false') =>
  unlessBlank(boolText.default(fallback).transform((v) => v === 'true' || v === '1'));
/** The items of a comma-separated list, blanks dropped. */
export const items = (v: string) =>
  v
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item.length > 0);
/** A comma-separated list, or `*` for any. */
export const listOrAny = (fallback: string) =>
  z
    .string()
    .default(fallback)
    .transform((v): '*' | string[] => (v.trim() === '*' ? '*' : items(v)));
/** An entry of TRUSTED_PROXIES, as Express's `trust proxy` (proxy-addr) takes it. */
const proxyName = z.enum(['loopback', 'linklocal', 'uniquelocal']);
export const proxyAddress = z.union([proxyName, z.ipv4(), z.ipv6(), z.cidrv4(), z.cidrv6()]);
/** Text that may be unset; set but empty, it is unset. */
export const optionalText = z
  .string()
  .optional()
  .transform((v) => (v === '' ? undefined : v));
