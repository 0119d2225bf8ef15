/**
 * The Spacelift trigger set follows atmos's affected list on rendered manifests: a PR that edits a
 * templated dependency triggers exactly the stacks atmos reports, plus their admin stacks.
 */
import { runCli } from "../../cli/run";
import { adminTree, workload } from "./admin-tree";
import { CONFIG_DIR, inConfig } from "./atmos-tree";
import { TempRepo } from "./git-repo";

let repo: TempRepo;

/** acme-dev gets a `peering` component depending on vpc through `stack: <stack>`. */
function tree(peeringStack: string): Record<string, string> {
  const files = adminTree();
  const atmosYaml = `${CONFIG_DIR}/atmos.yaml`;
  files[atmosYaml] = `${files[atmosYaml]!}templates:\n  settings:\n    enabled: true\n`;
  files[`${CONFIG_DIR}/stacks/orgs/acme/dev.yaml`] = [
    workload("acme", "dev").trimEnd(),
    "components:",
    "  terraform:",
    "    peering:",
    "      metadata:",
    "        component: vpc",
    "      settings:",
    "        depends_on:",
    "          1:",
    "            component: vpc",
    `            stack: "${peeringStack}"`,
    "",
  ].join("\n");
  return files;
}

beforeEach(() => {
  repo = new TempRepo();
  repo.commitFiles(tree("acme-dev"), "base");
});

afterEach(() => repo.remove());

/** The stack ids of `trigger comment --preview --base main`. */
async function triggered(): Promise<string[]> {
  let out = "";
  let err = "";
  const code = await runCli(["trigger", "comment", "--preview", "--base", "main"], {
    stdout: (t) => (out += t),
    stderr: (t) => (err += t),
    cwd: repo.dir,
    env: {},
  });
  expect({ code, err }).toEqual({ code: 0, err: expect.any(String) as string });
  return [...out.matchAll(/^\/spacelift (\S+) preview$/gm)].map((m) => m[1]!);
}

describe("trigger comment on templated dependencies", () => {
  test("does not trigger a stack whose dependency was rewritten as a template of the same value", async () => {
    const files = tree("{{ .vars.tenant }}-{{ .vars.stage }}");
    repo.write(files);
    repo.write(inConfig({ "stacks/orgs/beta/dev.yaml": workload("beta", "dev", ["  size: 2"]) }));
    expect(await triggered()).toEqual(["beta-dev-vpc", "beta-spacelift-admin-stack"]);
  });

  test("triggers the stack whose templated dependency now renders to another stack, and its admin stack", async () => {
    repo.write(tree("{{ .vars.tenant }}-prod"));
    expect(await triggered()).toEqual(["acme-dev-peering", "acme-spacelift-admin-stack"]);
  });
});
