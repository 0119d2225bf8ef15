/** Gomplate datasources, environment, non-reproducible functions, and the name specs. */
import {
  GOMPLATE_FUNCTIONS as G,
  GOMPLATE_NAMESPACES,
  GOMPLATE_TOP_LEVEL,
} from "../../config-engine/template/gomplate";
import { SPRIG_FUNCTIONS } from "../../config-engine/template/sprig";
import { call, errorOf, printed, recordingEnv } from "./template-lib-helpers";

describe("datasources read repository files through FunctionEnv.readFile", () => {
  const files: Record<string, string> = {
    "data/config.json": '{"region":"us-east-1","tags":{"team":"platform"}}',
    "data/vars.yaml": "stage: dev\nlist:\n  - a\n  - b\n",
    "data/dir/x.toml": 'name = "x"\n',
    "data/notes.txt": "plain text\n",
    "data/raw.data": '{"a":1}',
  };
  const read: string[] = [];
  const { env } = recordingEnv(
    {},
    {
      readFile: (path) => {
        read.push(path);
        // The real reader resolves against the manifest's directory; here the repository root.
        const text = files[path.replace(/^\.\//, "")];
        if (text === undefined) throw new Error(`open ${path}: no such file or directory`);
        return text;
      },
      datasources: {
        config: { url: "file://data/config.json" },
        vars: { url: "./data/vars.yaml" },
        dir: { url: "file://data/dir/" },
        notes: { url: "data/notes.txt" },
        typed: { url: "data/raw.data?type=application/json" },
        remote: { url: "https://example.com/config.json" },
        bucket: { url: "s3://bucket/key.json" },
        vault: { url: "vault+https://vault:8200/secret/x" },
        missing: { url: "data/missing.json" },
      },
    },
  );

  test.each([
    ["ds", ["config"], "map[region:us-east-1 tags:map[team:platform]]"],
    ["datasource", ["vars"], "map[list:[a b] stage:dev]"],
    ["ds", ["dir", "x.toml"], "map[name:x]"],
    ["ds", ["notes"], "plain text\n"],
    ["ds", ["typed"], "map[a:1]"],
    ["include", ["config"], '{"region":"us-east-1","tags":{"team":"platform"}}'],
    ["datasourceExists", ["config"], "true"],
    ["datasourceExists", ["nope"], "false"],
    ["datasourceReachable", ["config"], "true"],
    ["datasourceReachable", ["missing"], "false"],
    ["listDatasources", [], "[bucket config dir missing notes remote typed vars vault]"],
  ] as const)("%s %j", (name, args, expected) => {
    expect(printed(call(G, name, args, env))).toBe(expected);
  });

  test("paths are handed to readFile without the scheme", () => {
    expect(read).toEqual(
      expect.arrayContaining(["data/config.json", "./data/vars.yaml", "data/dir/x.toml", "data/raw.data"]),
    );
  });

  test.each(["remote", "bucket", "vault"])(
    "a remote datasource (%s) is a clear no-network error",
    (alias) => {
      expect(errorOf(G, "ds", [alias], env)).toMatch(
        /no network here: vendor the data into the repository and use a file:\/\/ datasource$/,
      );
    },
  );

  test("an undefined alias and a missing file are errors", () => {
    expect(errorOf(G, "ds", ["nope"], env)).toBe("error calling ds: Undefined datasource 'nope'");
    expect(errorOf(G, "ds", ["missing"], env)).toBe(
      "error calling ds: open data/missing.json: no such file or directory",
    );
  });
});

describe("environment and non-reproducible functions", () => {
  test("getenv / env.Getenv with a default, secret names warn", () => {
    const { env, warnings } = recordingEnv({ STAGE: "dev", EMPTY: "", SPACELIFT_API_KEY_SECRET: "s" });
    expect(call(G, "getenv", ["STAGE"], env)).toBe("dev");
    expect(call(G, "env.Getenv", ["EMPTY", "fallback"], env)).toBe("fallback");
    expect(call(G, "env.Getenv", ["UNSET", "fallback"], env)).toBe("fallback");
    expect(call(G, "env.ExpandEnv", ["stage=${STAGE}"], env)).toBe("stage=dev");
    expect(warnings).toEqual([]);
    expect(call(G, "env.Getenv", ["SPACELIFT_API_KEY_SECRET"], env)).toBe("s");
    expect(warnings.map((w) => w.code)).toEqual(["TEMPLATE_ENV_SECRET"]);
  });

  test.each([
    ["time.Now", []],
    ["uuid.V4", []],
    ["uuid.V1", []],
    ["random.Alpha", [4]],
    ["random.Number", [1, 3]],
    ["random.Item", [["a", "b"]]],
    ["crypto.Bcrypt", [4, "pw"]],
    ["crypto.EncryptAES", ["key", "text"]],
    ["time.Since", [call(G, "time.Parse", ["2006", "2020"])]],
  ] as const)("%s warns NONDETERMINISTIC_TEMPLATE", (name, args) => {
    const { env, warnings } = recordingEnv();
    call(G, name, args, env);
    expect(warnings.map((w) => w.code)).toContain("NONDETERMINISTIC_TEMPLATE");
  });

  test("AES round-trips", () => {
    const { env } = recordingEnv();
    const secret = call(G, "crypto.EncryptAES", ["swordfish", "hello"], env);
    expect(call(G, "crypto.DecryptAES", ["swordfish", secret], env)).toBe("hello");
    const b64 = call(G, "base64.Encode", [secret], env);
    expect(call(G, "crypto.DecryptAES", ["swordfish", call(G, "base64.DecodeBytes", [b64], env)], env)).toBe(
      "hello",
    );
  });
});

/** gomplate v3.11.8 funcs/*.go: namespace functions covered here (the spec of these namespaces). */
const GOMPLATE_SPEC: Readonly<Record<string, string>> = {
  strings:
    "Abbrev ReplaceAll Contains HasPrefix HasSuffix Repeat Sort Split SplitN Trim TrimPrefix TrimSuffix Title ToUpper ToLower TrimSpace Trunc Indent Slug Quote ShellQuote Squote SnakeCase CamelCase KebabCase WordWrap RuneCount",
  conv: "Bool ToBool ToBools Slice Join Has ParseInt ParseFloat ParseUint Atoi URL ToInt64 ToInt ToInt64s ToInts ToFloat64 ToFloat64s ToString ToStrings Default Dict",
  coll: "Slice Has Dict Keys Values Append Prepend Uniq Reverse Merge Sort JSONPath Flatten Pick Omit",
  math: "IsInt IsFloat IsNum Abs Add Mul Sub Div Rem Pow Seq Max Min Ceil Floor Round",
  data: "JSON JSONArray YAML YAMLArray TOML CSV CSVByRow CSVByColumn ToCSV ToJSON ToJSONPretty ToYAML ToTOML",
  env: "Getenv ExpandEnv",
  path: "Base Clean Dir Ext IsAbs Join Match Split",
  filepath: "Base Clean Dir Ext FromSlash IsAbs Join Match Rel Split ToSlash VolumeName",
  regexp: "Find FindAll Match QuoteMeta Replace ReplaceLiteral Split",
  time: "ZoneName ZoneOffset Parse ParseLocal ParseInLocation Now Unix Nanosecond Microsecond Millisecond Second Minute Hour ParseDuration Since Until ANSIC UnixDate RubyDate RFC822 RFC822Z RFC850 RFC1123 RFC1123Z RFC3339 RFC3339Nano Kitchen Stamp StampMilli StampMicro StampNano",
  crypto:
    "PBKDF2 WPAPSK SHA1 SHA224 SHA256 SHA384 SHA512 SHA1Bytes SHA224Bytes SHA256Bytes SHA384Bytes SHA512Bytes Bcrypt RSAEncrypt RSADecrypt RSADecryptBytes RSAGenerateKey RSADerivePublicKey ECDSAGenerateKey ECDSADerivePublicKey EncryptAES DecryptAES DecryptAESBytes",
  base64: "Encode Decode DecodeBytes",
  test: "Assert Fail Required Ternary Kind IsKind",
  uuid: "V1 V4 Nil IsValid Parse",
  random: "ASCII Alpha AlphaNum Item Number Float",
};

/** gomplate v3.11.8's top-level aliases (CreateStringFuncs, CreateConvFuncs, …, CreateDataFuncs, CreateEnvFuncs). */
const GOMPLATE_TOP_LEVEL_SPEC =
  `replaceAll title toUpper toLower trimSpace indent quote shellQuote squote contains hasPrefix hasSuffix
split splitN trim urlParse bool join default has slice dict keys values append prepend uniq reverse merge sort jsonpath
flatten add sub mul div rem pow seq assert fail required ternary kind isKind getenv datasource ds datasourceExists
datasourceReachable defineDatasource include listDatasources json jsonArray yaml yamlArray toml csv csvByRow csvByColumn
toJSON toJSONPretty toYAML toTOML toCSV ec2meta ec2dynamic ec2tag ec2region`.split(/\s+/);

test("every function of the covered gomplate namespaces is exported", () => {
  const expected = Object.entries(GOMPLATE_SPEC).flatMap(([ns, names]) =>
    names.split(" ").map((n) => `${ns}.${n}`),
  );
  const missing = expected.filter((name) => !(name in G));
  expect(missing).toEqual([]);
  expect(GOMPLATE_NAMESPACES).toEqual(expect.arrayContaining(Object.keys(GOMPLATE_SPEC)));
});

test("gomplate's top-level aliases are exported and listed", () => {
  expect([...GOMPLATE_TOP_LEVEL].sort()).toEqual([...new Set(GOMPLATE_TOP_LEVEL_SPEC)].sort());
  for (const name of GOMPLATE_TOP_LEVEL) expect(G[name]).toBeDefined();
});

test("where Sprig and gomplate share a top-level name, the registry must let Sprig win (atmos's lo.Assign order)", () => {
  const shared = [...GOMPLATE_TOP_LEVEL].filter((n) => n in SPRIG_FUNCTIONS).sort();
  expect(shared).toEqual(
    [
      "add",
      "append",
      "contains",
      "default",
      "dict",
      "div",
      "fail",
      "has",
      "hasPrefix",
      "hasSuffix",
      "indent",
      "join",
      "keys",
      "merge",
      "mul",
      "prepend",
      "quote",
      "reverse",
      "seq",
      "slice",
      "split",
      "squote",
      "sub",
      "ternary",
      "title",
      "trim",
      "uniq",
      "urlParse",
      "values",
    ].sort(),
  );
  // The shapes differ: gomplate's legacy `contains` is (s, substr), Sprig's is (substr, s).
  expect(call(G, "contains", ["seafood", "foo"])).toBe(true);
  expect(call(SPRIG_FUNCTIONS, "contains", ["foo", "seafood"])).toBe(true);
});
