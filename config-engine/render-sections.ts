/**
 * Renders Go templates inside a component's sections after the merge, as atmos `describe`
 * commands do with `templates.settings.enabled`. The data is the component section (unrendered,
 * like atmos). Unlike atmos, which renders the whole section as one YAML text, each string is
 * rendered on its own (templates never span several values in practice), `evaluations` times.
 * `atmos.Component` reads another component of the same run, rendered on demand.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import type { Diagnostic } from "./diagnostics";
import { EngineErrors, fail } from "./errors";
import { mapStringLeaves } from "./json-value";
import type { EngineComponent } from "./resolved-component";
import { renderOrFail } from "./template-errors";
import { TemplateEvalError } from "./template/ast";
import type { GoValue } from "./template/contract";
import { hasTemplate } from "./template/evaluate";
import { functionMap, type FunctionMap } from "./template/registry";
import { templateSettings, type TemplateSettings } from "./template/settings";
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

/** The component section atmos hands to templates (and returns from `atmos.Component`). */
function componentData(c: EngineComponent): JsonMap {
  return {
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
}

/** Renders the templates of every component of one run; `atmos.Component` can read any of them. */
export class ComponentTemplating {
  /** Warnings raised by template functions (TEMPLATE_RUNTIME_VALUE, …). */
  readonly warnings: Diagnostic[] = [];
  private readonly settings: TemplateSettings;
  private readonly functions: FunctionMap;
  private readonly rendered = new Map<EngineComponent, EngineComponent>();
  private readonly inProgress: EngineComponent[] = [];

  constructor(
    private readonly config: AtmosConfig,
    private readonly components: readonly EngineComponent[] = [],
  ) {
    try {
      this.settings = templateSettings(config.raw);
    } catch (e) {
      if (!(e instanceof TemplateEvalError)) throw e;
      fail(
        EngineErrors.invalidConfig(e.message, { location: { file: config.cliConfigPath, line: 1, col: 1 } }),
      );
    }
    this.functions = functionMap(this.settings);
  }

  /** A copy of `c` with templates rendered in every section. */
  render(c: EngineComponent): EngineComponent {
    const done = this.rendered.get(c);
    if (done) return done;
    this.inProgress.push(c);
    try {
      const out = this.renderSections(c);
      this.rendered.set(c, out);
      return out;
    } finally {
      this.inProgress.pop();
    }
  }

  private describe(component: string, stack: string): GoValue {
    const target = this.components.find((x) => x.atmosComponent === component && x.atmosStack === stack);
    if (!target) {
      throw new TemplateEvalError(`atmos.Component: no component '${component}' in the stack '${stack}'`);
    }
    if (this.inProgress.includes(target)) {
      const chain = [...this.inProgress, target]
        .map((x) => `${x.atmosComponent}@${x.atmosStack}`)
        .join(" -> ");
      throw new TemplateEvalError(`atmos.Component: circular reference ${chain}`);
    }
    return componentData(this.render(target));
  }

  private readFile = (file: string): string => {
    const base = this.config.basePath;
    const abs = path.resolve(base, file);
    let real: string;
    try {
      real = fs.realpathSync(abs);
    } catch {
      throw new TemplateEvalError(`datasource file '${file}' not found (resolved against ${base})`);
    }
    const root = fs.realpathSync(base);
    if (real !== root && !real.startsWith(root + path.sep)) {
      throw new TemplateEvalError(`datasource file '${file}' is outside the repository base path`);
    }
    return fs.readFileSync(real, "utf8");
  };

  private renderSections(c: EngineComponent): EngineComponent {
    const data = componentData(c);
    const { delimiters, evaluations, datasources } = this.settings;
    const renderString = (section: string, v: string, keys: readonly (string | number)[]): JsonValue => {
      if (!hasTemplate(v, delimiters)) return v;
      const source = PROVENANCE_SECTIONS.includes(section)
        ? c.sourceOf(section as ProvenanceSection, keys)
        : undefined;
      const file = source?.file ?? c.stackFile;
      let out: string = v;
      for (let pass = 0; pass < evaluations && hasTemplate(out, delimiters); pass++) {
        const before = out;
        out = renderOrFail(out, data, {
          file,
          site: {
            site: () => ({
              location: source ?? { file, line: 1, col: 1 },
              keyPath: [section, ...keys].join("."),
            }),
          },
          missingKey: this.config.ignoreMissingTemplateValues ? "ignore" : "error",
          env: this.config.processEnv ?? {},
          functions: this.functions,
          delimiters,
          datasources,
          readFile: this.readFile,
          describeComponent: (component, stack) => this.describe(component, stack),
          warnings: this.warnings,
        });
        // A template kept for run time renders to itself: another pass would only warn again.
        if (out === before) break;
      }
      return out;
    };
    const map = (section: string, m: JsonMap): JsonMap =>
      mapStringLeaves(m, (v, keys) => renderString(section, v, keys)) as JsonMap;
    return c.with(
      {
        vars: map("vars", c.vars),
        metadata: map("metadata", c.metadata),
        backend: map("backend", c.backend),
      },
      {
        settings: map("settings", c.settings),
        env: map("env", c.env),
        overrides: map("overrides", c.overrides),
        providers: map("providers", c.providers),
        hooks: map("hooks", c.hooks),
        generate: map("generate", c.generate),
        dependencies: map("dependencies", c.dependencies),
        remoteStateBackend: map("remote_state_backend", c.remoteStateBackend),
        command: renderString("command", c.command, []) as string,
      },
    );
  }
}

/** A copy of `c` with templates rendered in every section (no other component is visible). */
export function renderComponentTemplates(config: AtmosConfig, c: EngineComponent): EngineComponent {
  return new ComponentTemplating(config, [c]).render(c);
}
