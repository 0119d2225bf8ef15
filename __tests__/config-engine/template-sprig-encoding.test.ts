/** Sprig v3 encodings, paths, hashes, passwords, URLs and semver; expected values are Sprig's. */
import { SPRIG_FUNCTIONS as S } from "../../config-engine/template/sprig";
import { call, printed, type Case } from "./template-lib-helpers";

const ENCODING_PATHS: readonly Case[] = [
  ["b64enc", ["Hello, World!"], "SGVsbG8sIFdvcmxkIQ=="],
  ["b64dec", ["SGVsbG8sIFdvcmxkIQ=="], "Hello, World!"],
  ["b64dec", ["abc"], "illegal base64 data at input byte 0"],
  ["b64dec", ["ab!c"], "illegal base64 data at input byte 2"],
  ["b32enc", ["Hello, World!"], "JBSWY3DPFQQFO33SNRSCC==="],
  ["b32dec", ["JBSWY3DPFQQFO33SNRSCC==="], "Hello, World!"],
  ["b32dec", ["1"], "illegal base32 data at input byte 0"],
  ["base", ["foo/bar/baz"], "baz"],
  ["base", ["foo/bar/"], "bar"],
  ["base", [""], "."],
  ["base", ["/"], "/"],
  ["dir", ["foo/bar/baz"], "foo/bar"],
  ["dir", ["baz"], "."],
  ["dir", ["/baz"], "/"],
  ["clean", ["foo/../../bar"], "../bar"],
  ["clean", ["/../a//b/./c/"], "/a/b/c"],
  ["clean", [""], "."],
  ["ext", ["foo.bar"], ".bar"],
  ["ext", ["foo.tar.gz"], ".gz"],
  ["ext", ["a.b/c"], ""],
  ["isAbs", ["/foo"], "true"],
  ["isAbs", ["foo"], "false"],
  ["osBase", ["foo/bar"], "bar"],
  ["osDir", ["foo/bar"], "foo"],
  ["osClean", ["a/./b"], "a/b"],
  ["osExt", ["x.yaml"], ".yaml"],
  ["osIsAbs", ["/x"], "true"],
];

const CRYPTO_URL_SEMVER: readonly Case[] = [
  ["sha1sum", ["abc"], "a9993e364706816aba3e25717850c26c9cd0d89d"],
  ["sha256sum", ["abc"], "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"],
  [
    "sha512sum",
    ["abc"],
    "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f",
  ],
  ["adler32sum", ["abc"], "38600999"],
  ["adler32sum", ["Wikipedia"], "300286872"],
  ["derivePassword", [1, "long", "password", "user", "example.com"], "ZedaFaxcZaso9*"],
  ["derivePassword", [1, "nope", "password", "user", "example.com"], "cannot find password template nope"],
  ["decryptAES", ["secretkey", ""], ""],
  ["htpasswd", ["a:b", "pw"], "invalid username: a:b"],
  [
    "urlJoin",
    [{ host: "host:80", path: "/path", query: "query", scheme: "http" }],
    "http://host:80/path?query",
  ],
  [
    "urlJoin",
    [{ fragment: "fragment", host: "host:80", path: "/path", scheme: "http" }],
    "http://host:80/path#fragment",
  ],
  [
    "urlJoin",
    [{ host: "example.com", scheme: "https", userinfo: "user:pass" }],
    "https://user:pass@example.com",
  ],
  ["urlJoin", [{ scheme: "mailto", opaque: "a@b.c" }], "mailto:a@b.c"],
  [
    "urlParse",
    ["http://host:80/path?query#fragment"],
    "map[fragment:fragment host:host:80 hostname:host opaque: path:/path query:query scheme:http userinfo:]",
  ],
  [
    "urlParse",
    ["https://user:pw@example.com"],
    "map[fragment: host:example.com hostname:example.com opaque: path: query: scheme:https userinfo:user:pw]",
  ],
  ["semver", ["1.2.3-beta.1+c0ff33"], "1.2.3-beta.1+c0ff33"],
  ["semver", ["v1.2"], "1.2.0"],
  ["semverCompare", ["1.2.3", "1.2.3"], "true"],
  ["semverCompare", ["^1.2.0", "1.2.3"], "true"],
  ["semverCompare", ["^1.2.0", "2.2.3"], "false"],
  ["semverCompare", ["~1.2.0", "1.2.9"], "true"],
  ["semverCompare", ["~1.2.0", "1.3.0"], "false"],
  ["semverCompare", [">= 1.2, < 2", "1.9.9"], "true"],
  ["semverCompare", [">=1.2, <2", "v2.0.0"], "false"],
  ["semverCompare", ["!=1.2.3", "1.2.3"], "false"],
  ["semverCompare", ["!=1.2.3", "1.2.4"], "true"],
  ["semverCompare", ["1.2.x", "1.2.7"], "true"],
  ["semverCompare", ["<1.0 || >=3", "3.1.0"], "true"],
  ["semverCompare", ["1.1 - 1.3", "1.2.5"], "true"],
  ["semverCompare", [">1.0", "1.5.0-beta"], "false"],
];

describe("Sprig v3 encodings, paths, crypto, url and semver print what Sprig prints", () => {
  const tables = { ENCODING_PATHS, CRYPTO_URL_SEMVER };
  for (const [table, cases] of Object.entries(tables)) {
    test.each(cases.map((c) => [c[0], JSON.stringify(c[1]), c[2], c[1]] as const))(
      `${table}: %s %s → %j`,
      (name, _label, expected, args) => {
        expect(printed(call(S, name, args))).toBe(expected);
      },
    );
  }
});
