import { relativeRepoPath } from "../../runbook/commands";
import { sessionName } from "../../runbook/credentials";
import { pwdPath, shellWord } from "../../runbook/shell";

describe("shell quoting of runbook commands", () => {
  it("leaves ARNs and stack ids unquoted", () => {
    expect(shellWord("arn:aws:iam::111111111111:role/path/acme+break=glass,x@y")).toBe(
      "arn:aws:iam::111111111111:role/path/acme+break=glass,x@y",
    );
  });

  it("single-quotes words with spaces or quotes", () => {
    expect(shellWord("it's here")).toBe(`'it'"'"'s here'`);
  });

  it("builds paths under $PWD, quoting what is unsafe", () => {
    expect(pwdPath("")).toBe('"$PWD"');
    expect(pwdPath("stacks-config")).toBe('"$PWD/stacks-config"');
    expect(pwdPath("my config")).toBe(`"$PWD"'/my config'`);
  });

  it("computes repository-relative paths between folders", () => {
    expect(relativeRepoPath("", "stacks-config")).toBe("stacks-config");
    expect(relativeRepoPath("infra/app", "infra/stacks")).toBe("../stacks");
    expect(relativeRepoPath("app", "")).toBe("..");
  });
});

describe("sessionName", () => {
  it("names the session after the stack", () => {
    expect(sessionName("plat-ue1-prod-vpc")).toBe("break-glass-plat-ue1-prod-vpc");
  });

  it("keeps within STS's 64 characters and allowed set", () => {
    const name = sessionName(`${"a".repeat(80)}/x`);
    expect(name).toHaveLength(64);
    expect(name).toMatch(/^[\w+=,.@-]+$/);
  });
});
