import { z } from 'zod';

/**
 * How a variable's text is read, for src/config.ts's models: booleans, lists,
 * proxy addresses, optional text.
 */

const boolText = z.enum(['true', 'false', '1', '0']);
/** A boolean variable with its default, given as the text it would be written as. */
export const bool = (fallback: 'true' | 'false') =>
  boolText.default(fallback).transform((v) => v === 'true' || v === '1');
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
