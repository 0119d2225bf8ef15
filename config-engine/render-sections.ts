/**
 * Renders Go templates inside a component's sections after the merge, as atmos `describe`
 * commands do with `templates.settings.enabled`. The data is the component section (unrendered,
 * one pass, like atmos). Unlike atmos, which renders the whole section as one YAML text, each
 * string is rendered on its own; templates never span several values in practice.
 */
import { renderOrFail } from "./template-errors";
import { hasTemplate } from "./template/evaluate";
import { isJsonMap, setKey } from "./json-value";
import type { EngineComponent } from "./resolved-component";
import type { AtmosConfig, JsonMap, JsonValue, ProvenanceSection } from "./types";

const PROVENANCE_SECTIONS: readonly string[] = [
  "vars",
  "settings",
  "env",
  "backend",
  "metadata",
  "providers",
  "overrides",
];

/** A copy of `c` with templates rendered in every section. */
export function renderComponentTemplates(config: AtmosConfig, c: EngineComponent): EngineComponent {
  const data: JsonMap = {
    atmos_component: c.atmosComponent,
    atmos_stack: c.atmosStack,
    atmos_stack_file: c.stackFile,
    atmos_manifest: c.stackFile,
    stack: c.atmosStack,
    component: c.component,
    workspace: c.workspace,
    inheritance: [...c.inheritance],
    vars: c.vars,
    settings: c.settings,
    env: c.env,
    metadata: c.metadata,
    overrides: c.overrides,
    providers: c.providers,
    hooks: c.hooks,
    command: c.command,
    backend: c.backend,
    backend_type: c.backendType,
    remote_state_backend: c.remoteStateBackend,
    remote_state_backend_type: c.remoteStateBackendType,
  };
  const render = (section: string, v: JsonValue, path: (string | number)[]): JsonValue => {
    if (typeof v === "string") {
      if (!hasTemplate(v)) return v;
      const source = PROVENANCE_SECTIONS.includes(section)
        ? c.sourceOf(section as ProvenanceSection, path)
        : undefined;
      const file = source?.file ?? c.stackFile;
      return renderOrFail(v, data, {
        file,
        site: {
          site: () => ({
            location: source ?? { file, line: 1, col: 1 },
            keyPath: [section, ...path].join("."),
          }),
        },
        missingKey: config.ignoreMissingTemplateValues ? "ignore" : "error",
        env: config.processEnv ?? {},
      });
    }
    if (Array.isArray(v)) {
      let changed = false;
      const out = v.map((x, i) => {
        const r = render(section, x, [...path, i]);
        changed ||= r !== x;
        return r;
      });
      return changed ? out : v;
    }
    if (isJsonMap(v)) {
      let changed = false;
      const out: JsonMap = {};
      for (const k of Object.keys(v)) {
        const x = v[k] as JsonValue;
        const r = render(section, x, [...path, k]);
        changed ||= r !== x;
        setKey(out, k, r);
      }
      return changed ? out : v;
    }
    return v;
  };
  const map = (section: string, m: JsonMap): JsonMap => render(section, m, []) as JsonMap;
  return c.with(
    { vars: map("vars", c.vars), metadata: map("metadata", c.metadata), backend: map("backend", c.backend) },
    {
      settings: map("settings", c.settings),
      env: map("env", c.env),
      overrides: map("overrides", c.overrides),
      providers: map("providers", c.providers),
      hooks: map("hooks", c.hooks),
      generate: map("generate", c.generate),
      dependencies: map("dependencies", c.dependencies),
      remoteStateBackend: map("remote_state_backend", c.remoteStateBackend),
      command: render("command", c.command, []) as string,
    },
  );
}
