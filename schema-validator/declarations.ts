/**
 * First pass over a document: what it declares (resources, data sources, variables, locals, modules,
 * provider configurations and requirements), so references can be resolved in any order.
 */
import type { Declarations, InstanceDecl } from "./context";
import { type JsonObject, blockBodies, isJsonObject } from "./json-syntax";
import type { SchemaIndex } from "./schema-index";
import { type RequiredProviders, impliedProvider, lookupType } from "./type-lookup";

/** Collects the declarations of a Terraform JSON document. Malformed parts are skipped here. */
export function collectDeclarations(doc: JsonObject, schemas: SchemaIndex): Declarations {
  const requiredProviders = collectRequiredProviders(doc.terraform);
  const instances = (kind: "resource" | "data"): Map<string, Map<string, InstanceDecl>> => {
    const out = new Map<string, Map<string, InstanceDecl>>();
    const sections = [doc[kind]];
    // Data sources scoped to a check block are declared there.
    if (kind === "data" && isJsonObject(doc.check)) {
      for (const c of Object.values(doc.check)) {
        for (const { body } of blockBodies(c, "")) if (isJsonObject(body)) sections.push(body.data);
      }
    }
    for (const section of sections) {
      if (!isJsonObject(section)) continue;
      for (const type of Object.keys(section)) {
        const byName = section[type];
        if (!isJsonObject(byName)) continue;
        const names = out.get(type) ?? new Map<string, InstanceDecl>();
        for (const name of Object.keys(byName)) {
          const body = byName[name];
          const local = isJsonObject(body) ? providerLocalName(body.provider, type) : impliedProvider(type);
          const block = lookupType(schemas, requiredProviders, kind, type, local).schema?.block;
          names.set(name, { ...instanceFlags(body), ...(block === undefined ? {} : { block }) });
        }
        out.set(type, names);
      }
    }
    return out;
  };
  const modules = new Map<string, InstanceDecl>();
  if (isJsonObject(doc.module)) {
    for (const name of Object.keys(doc.module)) modules.set(name, instanceFlags(doc.module[name]));
  }
  const providerConfigs = new Map<string, Set<string>>();
  if (isJsonObject(doc.provider)) {
    for (const local of Object.keys(doc.provider)) {
      const aliases = new Set<string>();
      for (const { body } of blockBodies(doc.provider[local], "")) {
        aliases.add(isJsonObject(body) && typeof body.alias === "string" ? body.alias : "");
      }
      providerConfigs.set(local, aliases);
    }
  }
  return {
    resources: instances("resource"),
    dataSources: instances("data"),
    variables: new Set(isJsonObject(doc.variable) ? Object.keys(doc.variable) : []),
    locals: new Set(
      blockBodies(doc.locals, "").flatMap(({ body }) => (isJsonObject(body) ? Object.keys(body) : [])),
    ),
    modules,
    requiredProviders,
    providerConfigs,
  };
}

/** The provider local name serving a resource: the `provider` meta-argument's name, else the prefix. */
export function providerLocalName(providerMeta: unknown, type: string): string {
  if (
    typeof providerMeta === "string" &&
    /^[A-Za-z][A-Za-z0-9_-]*(\.[A-Za-z][A-Za-z0-9_-]*)?$/.test(providerMeta)
  ) {
    return providerMeta.split(".")[0]!;
  }
  return impliedProvider(type);
}

function instanceFlags(body: unknown): InstanceDecl {
  return {
    count: isJsonObject(body) && body.count !== undefined,
    forEach: isJsonObject(body) && body.for_each !== undefined,
  };
}

function collectRequiredProviders(terraform: unknown): RequiredProviders {
  const out = new Map<string, { source: string; version?: string }>();
  for (const { body } of blockBodies(terraform, "")) {
    if (!isJsonObject(body)) continue;
    for (const { body: rp } of blockBodies(body.required_providers, "")) {
      if (!isJsonObject(rp)) continue;
      for (const local of Object.keys(rp)) {
        const req = rp[local];
        if (typeof req === "string") {
          out.set(local, { source: local, version: req });
        } else if (isJsonObject(req)) {
          const source = typeof req.source === "string" ? req.source : local;
          out.set(local, typeof req.version === "string" ? { source, version: req.version } : { source });
        }
      }
    }
  }
  return out;
}
