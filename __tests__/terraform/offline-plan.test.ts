import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import {
  AWS_PROVIDER_VERSION,
  TEST_ONLY_AWS_PROVIDER_SETTINGS,
  awsMirrorCandidates,
  findAwsProviderMirror,
  offlineCliConfig,
  prepareForOfflinePlan,
} from "../helpers/terraform";

describe("prepareForOfflinePlan", () => {
  const doc = {
    terraform: {
      backend: { s3: { bucket: "b", key: "k" } },
      required_providers: { aws: { source: "hashicorp/aws" } },
    },
    provider: {
      aws: [
        { region: "eu-west-1", assume_role: [{ role_arn: "arn:aws:iam::1:role/x" }], profile: "prod" },
        { alias: "replica" },
      ],
    },
    resource: { aws_s3_bucket: { b: { bucket: "b" } } },
  };

  it("removes the backend so state stays local", () => {
    expect(prepareForOfflinePlan(doc).terraform).toEqual({
      required_providers: { aws: { source: "hashicorp/aws" } },
    });
  });

  it("gives every aws provider block fake credentials and skip flags, keeping its region and alias", () => {
    expect(prepareForOfflinePlan(doc).provider).toEqual({
      aws: [
        { region: "eu-west-1", ...TEST_ONLY_AWS_PROVIDER_SETTINGS },
        { region: "us-east-1", alias: "replica", ...TEST_ONLY_AWS_PROVIDER_SETTINGS },
      ],
    });
  });

  it("adds a default aws provider block when the stack declares none", () => {
    expect(prepareForOfflinePlan({ resource: {} }, { region: "eu-central-1" }).provider).toEqual({
      aws: [{ region: "eu-central-1", ...TEST_ONLY_AWS_PROVIDER_SETTINGS }],
    });
  });

  it("leaves the input untouched", () => {
    const before = JSON.stringify(doc);
    prepareForOfflinePlan(doc);
    expect(JSON.stringify(doc)).toBe(before);
  });
});

describe("offlineCliConfig", () => {
  it("installs hashicorp/aws from the mirror only, with no direct registry access", () => {
    const config = offlineCliConfig("/opt/tf-plugins");
    expect(config).toContain('filesystem_mirror {\n    path    = "/opt/tf-plugins"');
    expect(config).not.toContain("direct");
    expect(config).not.toContain("network_mirror");
  });
});

describe("findAwsProviderMirror", () => {
  it("prefers TF_PLUGIN_MIRROR when it holds the provider", () => {
    const mirror = mkdtempSync(join(tmpdir(), "mirror-"));
    try {
      const arch = ({ x64: "amd64", arm64: "arm64" } as Record<string, string>)[process.arch] ?? process.arch;
      mkdirSync(
        join(
          mirror,
          `registry.terraform.io/hashicorp/aws/${AWS_PROVIDER_VERSION}/${process.platform}_${arch}`,
        ),
        {
          recursive: true,
        },
      );
      expect(findAwsProviderMirror({ TF_PLUGIN_MIRROR: mirror, HOME: mirror })).toBe(mirror);
    } finally {
      rmSync(mirror, { recursive: true, force: true });
    }
  });

  it("skips a TF_PLUGIN_MIRROR that lacks the provider version", () => {
    const empty = mkdtempSync(join(tmpdir(), "mirror-"));
    try {
      expect(findAwsProviderMirror({ TF_PLUGIN_MIRROR: empty, HOME: empty })).not.toBe(empty);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });

  it("auto-detects the usual locations after the environment variable", () => {
    expect(awsMirrorCandidates({ TF_PLUGIN_MIRROR: "/m", HOME: "/home/u" })).toEqual([
      "/m",
      "/opt/tf-plugins",
      "/home/u/.terraform.d/plugins",
      "/usr/share/terraform/plugins",
    ]);
  });
});
