import {
  deleteLogoIfUnused,
  findBrand,
  saveLogo,
  updateBrand,
  type BrandChanges,
  type BrandColumn,
  type BrandRecord,
} from '../../store/repositories/brands.js';
import type { Db } from '../../store/store.js';
import type { Actor, ChangeScope } from '../actor.js';
import { recordChange } from '../audit/record-change.js';
import type { DomainContext } from '../context.js';
import { DomainError, paramsError } from '../errors.js';
import { BRAND_SETTINGS, checkBrandValue, type BrandSettingKey } from './brand-fields.js';
import { OPERATOR_BRAND } from './brand-for.js';
import { logoFromDataUrl, logoPath, type CheckedLogo } from './brand-logo.js';

/**
 * Whose brand a call reads or changes: the operator's own, or — named by `clientId` — one API
 * client's. The operator may name any client; a client only ever acts on its own brand (naming
 * another is forbidden, whether or not that client exists, so nothing is learnt by trying).
 */
export interface BrandTarget {
  readonly clientId?: string | undefined;
}

/** Brand values to save, by key: text as given ('' clears the field), the logo as a data URL ('' removes it). */
export type BrandValues = Partial<Record<BrandSettingKey, string>>;

/** The changes a set of values makes, checked: every problem at once, as `params`. */
export interface CheckedBrandValues {
  readonly fields: Partial<Record<BrandColumn, string | null>>;
  /** undefined: unchanged; null: removed. */
  readonly logo?: CheckedLogo | null | undefined;
}

/** The client id a brand is stored under for `actor` ('' the operator's); refuses what the actor may not touch. */
export async function brandOwner(ctx: DomainContext, actor: Actor, target: BrandTarget): Promise<string> {
  const named = target.clientId?.trim().toLowerCase();
  const caller = actor.caller;
  if (caller.kind === 'client') {
    if (named !== undefined && named !== '' && named !== caller.client.clientId)
      throw new DomainError('forbidden', 'An API client may read and change only its own brand');
    return caller.client.clientId;
  }
  if (caller.kind !== 'operator') throw new DomainError('forbidden');
  if (named === undefined || named === '') return OPERATOR_BRAND;
  const client = await ctx.clients.find(named);
  if (client === undefined || client.removed !== null) throw new DomainError('clientNotFound');
  return client.clientId;
}

/** Checks brand values (pure): normalised fields and the decoded logo, or a `params` error naming each bad field. */
export function checkBrandValues(values: BrandValues, uploadedLogo?: CheckedLogo): CheckedBrandValues {
  const problems: string[] = [];
  const fields: Partial<Record<BrandColumn, string | null>> = {};
  let logo: CheckedLogo | null | undefined = uploadedLogo;
  for (const [key, raw] of Object.entries(values) as Array<[BrandSettingKey, string | undefined]>) {
    if (raw === undefined) continue;
    const column = BRAND_SETTINGS[key];
    if (column === 'logo') {
      if (raw.trim() === '') logo = null;
      else {
        try {
          logo = logoFromDataUrl(key, raw);
        } catch (error) {
          if (!(error instanceof DomainError)) throw error;
          problems.push(error.message);
        }
      }
      continue;
    }
    fields[column] = raw.trim() === '' ? null : checkBrandValue(key, column, raw, problems);
  }
  if (problems.length > 0) throw paramsError(...problems);
  return { fields, logo };
}

/**
 * Saves checked brand values in one transaction with one audit record (values before and after,
 * the logo as its served path, never its bytes); a logo no brand shows any more is deleted. This
 * instance forgets its cached copy at once.
 */
export async function saveBrand(
  ctx: DomainContext,
  scope: ChangeScope,
  target: BrandTarget,
  checked: CheckedBrandValues,
  answer: (brand: BrandRecord) => unknown = () => undefined,
): Promise<BrandRecord> {
  const owner = await brandOwner(ctx, scope, target);
  const saved = await ctx.store.transaction(async (tx) => {
    const before = await findBrand(tx, owner);
    const now = ctx.clock.now();
    const changes: BrandChanges = {
      fields: checked.fields,
      ...(checked.logo === undefined
        ? {}
        : { logo: checked.logo === null ? null : { digest: checked.logo.digest, ext: checked.logo.ext } }),
    };
    if (checked.logo) await saveLogo(tx, checked.logo, now);
    await updateBrand(tx, owner, changes, now);
    const after = await findBrand(tx, owner);
    if (after === undefined) throw new Error('a brand just saved cannot be read back');
    const previousLogo = before?.logo?.digest;
    if (previousLogo !== undefined && previousLogo !== after.logo?.digest) await deleteLogoIfUnused(tx, previousLogo);
    await recordChange(ctx, tx, scope, {
      action: 'settings.save',
      clientId: owner === OPERATOR_BRAND ? null : owner,
      changes: { brand: [null, owner === OPERATOR_BRAND ? 'operator' : owner], ...brandDiff(before, after) },
    });
    await scope.beforeCommit?.(tx, answer(after));
    return after;
  });
  ctx.brands.forget(owner);
  return saved;
}

/** The stored value of one Brand.* key of a brand as settings/get answers it (the logo: its served path). */
export function brandSettingValue(brand: BrandRecord | undefined, key: BrandSettingKey): string | undefined {
  const column = BRAND_SETTINGS[key];
  if (column === 'logo') return brand?.logo ? logoPath(brand.logo) : undefined;
  return brand?.fields[column] ?? undefined;
}

/** settings/get of a Brand.* key: the value stored on the caller's (or the named client's) own brand. */
export async function readBrandSetting(
  ctx: DomainContext,
  actor: Actor,
  target: BrandTarget,
  key: BrandSettingKey,
): Promise<string | undefined> {
  const owner = await brandOwner(ctx, actor, target);
  return brandSettingValue(await findBrand(ctx.store.db, owner), key);
}

/** The stored brand of `target` (not merged), for the console and the CLI. */
export async function readStoredBrand(
  ctx: DomainContext,
  actor: Actor,
  target: BrandTarget,
  db: Db = ctx.store.db,
): Promise<{ readonly owner: string; readonly brand: BrandRecord | undefined }> {
  const owner = await brandOwner(ctx, actor, target);
  return { owner, brand: await findBrand(db, owner) };
}

function brandDiff(before: BrandRecord | undefined, after: BrandRecord): Record<string, readonly [unknown, unknown]> {
  const diff: Record<string, readonly [unknown, unknown]> = {};
  for (const key of Object.keys(BRAND_SETTINGS) as BrandSettingKey[]) {
    const a = brandSettingValue(before, key) ?? null;
    const b = brandSettingValue(after, key) ?? null;
    if (a !== b) diff[key] = [a, b];
  }
  return diff;
}
