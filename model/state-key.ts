/**
 * Where an app-implemented stack keeps its state in the atmos S3 bucket. App stacks run in the default
 * Terraform workspace, so the key spells out the path atmos would use — `<workspace_key_prefix>/
 * <workspace>/cdktf.tfstate` — with its own file name, so it never collides with the state of an HCL
 * component that an existing Cloud Posse setup keeps at `<prefix>/<workspace>/<key>`.
 */
import type { JsonMap } from "../config-engine/types";

/** The S3 object key of an app stack's state. */
export function appStateKey(backend: JsonMap, workspace: string): string {
  const prefix = typeof backend["workspace_key_prefix"] === "string" ? backend["workspace_key_prefix"] : "";
  return [prefix, workspace, "cdktf.tfstate"].filter((p) => p !== "").join("/");
}
