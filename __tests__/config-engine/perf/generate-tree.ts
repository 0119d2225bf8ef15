/**
 * Generates a realistic atmos repository for benchmarks: `stacks` top-level manifests
 * (tenant/stage/region) each importing tenant and stage defaults, a region mixin and
 * `components` catalog files (one abstract base per component plus the real component).
 */
import * as fs from "node:fs";
import * as path from "node:path";

/** Size of the generated tree. */
export interface TreeSize {
  readonly stacks: number;
  readonly components: number;
  /** Give every component an abstract base it inherits from (doubles the component instances). @default true */
  readonly abstractBases?: boolean;
}

/** Writes the tree under `dir` and returns the config dir. */
export function generateTree(dir: string, size: TreeSize): string {
  const files = new Map<string, string>();
  files.set(
    "atmos.yaml",
    [
      'base_path: "./"',
      "components:",
      "  terraform:",
      "    base_path: components/terraform",
      "stacks:",
      "  base_path: stacks",
      '  included_paths: ["orgs/**/*"]',
      '  excluded_paths: ["**/_defaults.yaml"]',
      '  name_template: "{{ .vars.tenant }}-{{ .vars.environment }}-{{ .vars.stage }}"',
      "",
    ].join("\n"),
  );
  const bases = size.abstractBases ?? true;
  for (let c = 0; c < size.components; c++) {
    const name = `comp${c}`;
    if (!bases) {
      files.set(
        `stacks/catalog/${name}.yaml`,
        [
          "components:",
          "  terraform:",
          `    ${name}:`,
          "      settings:",
          "        spacelift:",
          "          workspace_enabled: true",
          `          labels: [team-${c % 5}, tier-${c % 3}]`,
          "      vars:",
          "        enabled: true",
          ...Array.from({ length: 12 }, (_, i) => `        var_${i}: value-${c}-${i}`),
          "",
        ].join("\n"),
      );
      continue;
    }
    files.set(
      `stacks/catalog/${name}.yaml`,
      [
        "components:",
        "  terraform:",
        `    ${name}/defaults:`,
        "      metadata:",
        "        type: abstract",
        `        component: ${name}`,
        "      settings:",
        "        spacelift:",
        "          workspace_enabled: true",
        "          autodeploy: false",
        `          labels: [team-${c % 5}, tier-${c % 3}]`,
        "      vars:",
        "        enabled: true",
        ...Array.from({ length: 12 }, (_, i) => `        var_${i}: value-${c}-${i}`),
        "        tags:",
        `          component: ${name}`,
        `    ${name}:`,
        "      metadata:",
        `        inherits: [${name}/defaults]`,
        "      vars:",
        `        name: ${name}`,
        "",
      ].join("\n"),
    );
  }
  const regions = ["ue1", "ue2", "uw1", "uw2", "ew1", "ec1", "as1", "as2", "sa1", "ca1"];
  for (const r of regions)
    files.set(`stacks/mixins/region/${r}.yaml`, `vars:\n  environment: ${r}\n  region: region-${r}\n`);
  const stages = ["dev", "staging", "prod", "sandbox", "audit"];
  let n = 0;
  for (let t = 0; n < size.stacks; t++) {
    const tenant = `tenant${t}`;
    files.set(
      `stacks/orgs/${tenant}/_defaults.yaml`,
      [
        "vars:",
        `  tenant: ${tenant}`,
        "  namespace: acme",
        "terraform:",
        "  backend_type: s3",
        "  backend:",
        "    s3:",
        `      bucket: ${tenant}-tfstate`,
        "      region: us-east-1",
        "settings:",
        "  spacelift:",
        "    worker_pool_name: default",
        "",
      ].join("\n"),
    );
    for (const stage of stages) {
      files.set(
        `stacks/orgs/${tenant}/${stage}/_defaults.yaml`,
        `import:\n  - orgs/${tenant}/_defaults\nvars:\n  stage: ${stage}\n`,
      );
      for (const r of regions) {
        if (n >= size.stacks) break;
        n++;
        files.set(
          `stacks/orgs/${tenant}/${stage}/${r}.yaml`,
          [
            "import:",
            `  - orgs/${tenant}/${stage}/_defaults`,
            `  - mixins/region/${r}`,
            ...Array.from({ length: size.components }, (_, c) => `  - catalog/comp${c}`),
            "components:",
            "  terraform:",
            "    comp0:",
            "      vars:",
            `        override: ${tenant}-${stage}-${r}`,
            "",
          ].join("\n"),
        );
      }
    }
  }
  for (const [rel, text] of files) {
    const p = path.join(dir, rel);
    fs.mkdirSync(path.dirname(p), { recursive: true });
    fs.writeFileSync(p, text);
  }
  return dir;
}
