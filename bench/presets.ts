/**
 * The sizes of `npm run bench`. Every size shares one shape (16 atmos stacks per tenant, 20
 * components per stack of which 80 % are Spacelift stacks, so 256 Spacelift stacks per tenant) and
 * differs only in the number of tenants.
 */
import type { OrganisationShape } from "./generate";

/** The shape every preset starts from (tenants set per size). */
export const BASE_SHAPE: Omit<OrganisationShape, "tenants"> = {
  stages: 4,
  regions: 4,
  componentsPerStack: 20,
  importDepth: 5,
  inheritanceDepth: 1,
  workspaceShare: 0.8,
  dependencyDensity: 0.5,
};

/** Size name → tenants. `tiny` is for the smoke test. */
export const SIZE_TENANTS: Readonly<Record<string, number>> = {
  tiny: 1,
  "1k": 4,
  "5k": 20,
  "10k": 40,
};

/** The shape of a size; `tiny` also shrinks the stack itself. */
export function shapeOf(size: string, overrides: Partial<OrganisationShape> = {}): OrganisationShape {
  const tenants = SIZE_TENANTS[size];
  if (tenants === undefined) {
    throw new Error(`unknown size '${size}' (known: ${Object.keys(SIZE_TENANTS).join(", ")})`);
  }
  const tiny = size === "tiny" ? { stages: 2, regions: 1, componentsPerStack: 5 } : {};
  return { ...BASE_SHAPE, ...tiny, tenants, ...overrides };
}
