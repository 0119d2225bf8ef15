/** Rendering helpers shared by the constructs that create `spacelift_stack` resources. */
import type { JsonValue } from "../../config-engine/types";
import type { StackConfig } from "../../.gen/providers/spacelift/stack";
import type { VcsSettings } from "../../model";
import { tfLiteral } from "./literal";

/** JSON with keys sorted at every level, so the same vars always give the same bytes. */
export function canonicalJson(value: JsonValue): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: JsonValue): JsonValue {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, sortKeys(value[k]!)]),
    );
  }
  return value;
}

/** The base64 content of the mounted `spacelift.auto.tfvars.json` (Cloud Posse: base64(jsonencode(vars))). */
export function mountedVarsContent(vars: JsonValue): string {
  return Buffer.from(canonicalJson(vars), "utf8").toString("base64");
}

/** The VCS block of `spacelift_stack`, if any (strings from YAML as Terraform literals). */
export function vcsBlock(vcs: VcsSettings | undefined): Partial<StackConfig> {
  if (!vcs) return {};
  const common = vcs.id !== undefined ? { id: tfLiteral(vcs.id) } : {};
  const namespace = tfLiteral(vcs.namespace);
  switch (vcs.provider) {
    case "azure_devops":
      return { azureDevops: { project: namespace, ...common } };
    case "bitbucket_cloud":
      return { bitbucketCloud: { namespace, ...common } };
    case "bitbucket_datacenter":
      return { bitbucketDatacenter: { namespace, ...common } };
    case "github_enterprise":
      return { githubEnterprise: { namespace, ...common } };
    case "gitlab":
      return { gitlab: { namespace, ...common } };
    case "showcase":
      return { showcase: { namespace } };
    case "raw_git":
      return { rawGit: { namespace, url: tfLiteral(vcs.url ?? "") } };
  }
}
