/**
 * Gomplate v3 functions called directly; expected values are what gomplate prints (its docs and
 * `funcs/*_test.go` tables).
 */
import {
  GOMPLATE_FUNCTIONS as G,
  GOMPLATE_NAMESPACES,
  GOMPLATE_TOP_LEVEL,
} from "../../config-engine/template/gomplate";
import { SPRIG_FUNCTIONS } from "../../config-engine/template/sprig";
import { call, errorOf, printed, recordingEnv, type Case } from "./template-lib-helpers";

const CASES: readonly Case[] = [
  ["strings.Title", ["hello, world!"], "Hello, World!"],
  ["strings.Title", ["hELLO wORLD"], "Hello World"],
  ["strings.ToUpper", ["hi"], "HI"],
  ["strings.ToLower", ["HI"], "hi"],
  ["strings.TrimSpace", ["  x \n"], "x"],
  ["strings.Trim", [" ", "  x  "], "x"],
  ["strings.TrimPrefix", ["a", "aab"], "ab"],
  ["strings.TrimSuffix", ["b", "abb"], "ab"],
  ["strings.Contains", ["foo", "seafood"], "true"],
  ["strings.HasPrefix", ["http", "https://x"], "true"],
  ["strings.HasSuffix", [":80", "x:80"], "true"],
  ["strings.HasSuffix", [":80", "x:8080"], "false"],
  ["strings.ReplaceAll", ["-", "_", "a-b-c"], "a_b_c"],
  ["strings.Split", [",", "a,b,c"], "[a b c]"],
  ["strings.SplitN", [",", 2, "a,b,c"], "[a b,c]"],
  ["strings.Repeat", [3, "ab"], "ababab"],
  ["strings.Trunc", [5, "hello, world"], "hello"],
  ["strings.Trunc", [50, "hello"], "hello"],
  ["strings.Abbrev", [10, "The quick brown fox"], "The qui..."],
  ["strings.Abbrev", [5, 10, "The quick brown fox"], "...uick..."],
  ["strings.Indent", ["hello\nworld"], " hello\n world"],
  ["strings.Indent", [2, "hello\n\nworld"], "  hello\n\n  world"],
  ["strings.Indent", ["==", "a\nb"], "==a\n==b"],
  ["strings.Indent", [2, "-", "a\nb"], "--a\n--b"],
  ["strings.Slug", ["Hello, world!"], "hello-world"],
  ["strings.Slug", ["Café au lait"], "cafe-au-lait"],
  ["strings.Quote", ['in"put'], '"in\\"put"'],
  ["strings.Squote", ["it's"], "'it''s'"],
  ["strings.ShellQuote", ["it's"], `'it'"'"'s'`],
  ["strings.ShellQuote", [["a b", "c"]], "'a b' 'c'"],
  ["strings.SnakeCase", ["Hello, World!"], "Hello_world"],
  ["strings.SnakeCase", ["hello jello"], "hello_jello"],
  ["strings.CamelCase", ["Hello, World!"], "HelloWorld"],
  ["strings.CamelCase", ["hello jello"], "helloJello"],
  ["strings.KebabCase", ["Hello, World!"], "Hello-world"],
  ["strings.KebabCase", ["hello jello"], "hello-jello"],
  ["strings.Sort", [["b", "c", "a"]], "[a b c]"],
  ["strings.RuneCount", ["héllo", "ab"], "7"],
  ["strings.WordWrap", [10, "the quick brown fox"], "the quick\nbrown fox"],
  ["conv.ToBool", ["yes"], "true"],
  ["conv.ToBool", ["TRUE"], "true"],
  ["conv.ToBool", ["1.0"], "true"],
  ["conv.ToBool", [1], "true"],
  ["conv.ToBool", [2], "false"],
  ["conv.ToBool", ["no"], "false"],
  ["conv.ToBools", ["yes", 0, true], "[true false true]"],
  ["conv.Bool", ["true"], "true"],
  ["conv.Bool", ["yes"], "false"],
  ["conv.ToInt64", ["9,000"], "9000"],
  ["conv.ToInt64", ["0x10"], "16"],
  ["conv.ToInt64", ["3.9"], "3"],
  ["conv.ToInt64", ["nope"], "0"],
  ["conv.ToInt", [true], "1"],
  ["conv.ToInts", ["1", 2.5, "x"], "[1 2 0]"],
  ["conv.ToFloat64", ["1,000.5"], "1000.5"],
  ["conv.ToFloat64s", ["1.5", 2], "[1.5 2]"],
  ["conv.ToString", [null], "nil"],
  ["conv.ToString", [42], "42"],
  ["conv.ToString", [1.5], "1.5"],
  ["conv.ToStrings", [1, "a", true], "[1 a true]"],
  ["conv.ParseInt", ["0xFF", 0, 64], "255"],
  ["conv.ParseInt", ["ff", 16, 64], "255"],
  ["conv.ParseInt", ["zz", 10, 64], "0"],
  ["conv.ParseFloat", ["3.14", 64], "3.14"],
  ["conv.Atoi", ["12"], "12"],
  ["conv.Default", ["def", ""], "def"],
  ["conv.Default", ["def", "x"], "x"],
  ["conv.Default", ["def", 0], "def"],
  ["conv.Join", [["a", 1, true], "-"], "a-1-true"],
  ["conv.Has", [{ a: 1 }, "a"], "true"],
  ["conv.Has", [[1, 2], 2], "true"],
  ["conv.URL", ["https://example.com:443/foo?bar=1#frag"], "https://example.com:443/foo?bar=1#frag"],
  ["conv.Dict", ["a", 1, "b"], "map[a:1 b:]"],
  ["conv.Slice", [1, "a"], "[1 a]"],
  ["coll.Dict", ["name", "Frank", "age", 42], "map[age:42 name:Frank]"],
  ["coll.Slice", ["a", "b"], "[a b]"],
  ["coll.Has", [{ foo: 1 }, "foo"], "true"],
  ["coll.Has", [{ foo: 1 }, "bar"], "false"],
  ["coll.Keys", [{ b: 1, a: 2 }, { c: 3 }], "[a b c]"],
  ["coll.Values", [{ b: 1, a: 2 }], "[2 1]"],
  ["coll.Append", ["c", ["a", "b"]], "[a b c]"],
  ["coll.Prepend", ["z", ["a"]], "[z a]"],
  ["coll.Uniq", [[1, 2, 1, 3]], "[1 2 3]"],
  ["coll.Reverse", [[1, 2, 3]], "[3 2 1]"],
  [
    "coll.Merge",
    [
      { a: 1, n: { x: 1 } },
      { a: 2, b: 3, n: { y: 2 } },
    ],
    "map[a:1 b:3 n:map[x:1 y:2]]",
  ],
  ["coll.Merge", [{ a: 1 }, { b: 2 }, { b: 3, c: 4 }], "map[a:1 b:2 c:4]"],
  ["coll.Sort", [["b", "a", "c"]], "[a b c]"],
  ["coll.Sort", [[3, 1, 2.5]], "[1 2.5 3]"],
  [
    "coll.Sort",
    [
      "age",
      [
        { age: 3, n: "c" },
        { age: 1, n: "a" },
      ],
    ],
    "[map[age:1 n:a] map[age:3 n:c]]",
  ],
  ["coll.Sort", [[1, "a"]], "[1 a]"],
  [
    "coll.Flatten",
    [
      [
        [1, 2],
        [],
        [
          [3, 4],
          [[[5], 6], 7],
        ],
      ],
    ],
    "[1 2 3 4 5 6 7]",
  ],
  [
    "coll.Flatten",
    [
      1,
      [
        [1, 2],
        [],
        [
          [3, 4],
          [[[5], 6], 7],
        ],
      ],
    ],
    "[1 2 [3 4] [[[5] 6] 7]]",
  ],
  ["coll.Pick", ["a", "c", { a: 1, b: 2, c: 3 }], "map[a:1 c:3]"],
  ["coll.Pick", [["a"], { a: 1, b: 2 }], "map[a:1]"],
  ["coll.Omit", ["a", { a: 1, b: 2 }], "map[b:2]"],
  ["coll.JSONPath", ["$.a.b[1]", { a: { b: [1, 2] } }], "2"],
  ["coll.JSONPath", [".a[*].n", { a: [{ n: 1 }, { n: 2 }] }], "[1 2]"],
  ["math.Add", [1, 2, 3], "6"],
  ["math.Add", [1, 2.5], "3.5"],
  ["math.Add", ["1", "2.5"], "3.5"],
  ["math.Sub", [3, 1], "2"],
  ["math.Mul", [8, 8], "64"],
  ["math.Mul", [2, 1.5], "3"],
  ["math.Div", [8, 2], "4"],
  ["math.Div", [3, 2], "1.5"],
  ["math.Rem", [5, 3], "2"],
  ["math.Rem", [-5, 3], "-2"],
  ["math.Pow", [10, 2], "100"],
  ["math.Pow", [2, 0.5], "1"],
  ["math.Pow", [1.5, 2], "2.25"],
  ["math.Seq", [5], "[1 2 3 4 5]"],
  ["math.Seq", [0, 3], "[0 1 2 3]"],
  ["math.Seq", [10, 0, 3], "[10 7 4 1]"],
  ["math.Seq", [3, 0], "[3 2 1 0]"],
  ["math.Max", [1, 5, 3], "5"],
  ["math.Max", [1, 5.5, 3], "5.5"],
  ["math.Min", [4, 2, 8], "2"],
  ["math.Abs", [-3], "3"],
  ["math.Abs", [-3.5], "3.5"],
  ["math.Ceil", [4.1], "5"],
  ["math.Floor", [4.9], "4"],
  ["math.Round", [4.5], "5"],
  ["math.Round", [-4.5], "-5"],
  ["math.Round", [4.4], "4"],
  ["math.IsInt", [1], "true"],
  ["math.IsInt", ["1"], "true"],
  ["math.IsInt", [1.5], "false"],
  ["math.IsFloat", ["1.5"], "true"],
  ["math.IsNum", ["x"], "false"],
  ["data.JSON", ['{"hello":"world"}'], "map[hello:world]"],
  ["data.JSONArray", ["[1,2]"], "[1 2]"],
  ["data.YAML", ["hello: world\nlist: [1, 2]\n"], "map[hello:world list:[1 2]]"],
  ["data.YAMLArray", ["- a\n- b\n"], "[a b]"],
  ["data.TOML", ['foo = "bar"\n[t]\nn = 1\n'], "map[foo:bar t:map[n:1]]"],
  ["data.CSV", ["a,b\n1,2\n"], "[[a b] [1 2]]"],
  ["data.CSV", [";", "a;b\n1;2"], "[[a b] [1 2]]"],
  ["data.CSV", ['first,"quoted, ""x"""\n'], '[[first quoted, "x"]]'],
  [
    "data.CSVByRow",
    ["first,last\nJane,Doe\nJohn,Smith\n"],
    "[map[first:Jane last:Doe] map[first:John last:Smith]]",
  ],
  ["data.CSVByColumn", ["first,last\nJane,Doe\nJohn,Smith\n"], "map[first:[Jane John] last:[Doe Smith]]"],
  [
    "data.ToCSV",
    [
      [
        ["first", "last"],
        ["Jane", "Doe, Jr"],
      ],
    ],
    'first,last\r\nJane,"Doe, Jr"\r\n',
  ],
  ["data.ToJSON", [{ foo: "bar", a: [1] }], '{"a":[1],"foo":"bar"}'],
  ["data.ToJSONPretty", ["  ", { hello: "world" }], '{\n  "hello": "world"\n}'],
  ["data.ToYAML", [{ b: 1, a: "x" }], "a: x\nb: 1\n"],
  ["data.ToTOML", [{ foo: "bar" }], 'foo = "bar"\n'],
  ["path.Base", ["/tmp/foo"], "foo"],
  ["path.Dir", ["/tmp/foo"], "/tmp"],
  ["path.Clean", ["/tmp//foo/../bar"], "/tmp/bar"],
  ["path.Ext", ["/tmp/foo.csv"], ".csv"],
  ["path.IsAbs", ["foo"], "false"],
  ["path.Join", ["/tmp", "foo", "..", "bar"], "/tmp/bar"],
  ["path.Match", ["*.csv", "foo.csv"], "true"],
  ["path.Match", ["*.csv", "a/foo.csv"], "false"],
  ["path.Split", ["/tmp/foo"], "[/tmp/ foo]"],
  ["filepath.Join", ["a", "b", "c"], "a/b/c"],
  ["filepath.Rel", ["/a", "/a/b/c"], "b/c"],
  ["filepath.Rel", ["/a/x", "/a/b"], "../b"],
  ["filepath.ToSlash", ["a/b"], "a/b"],
  ["filepath.VolumeName", ["/a"], ""],
  ["regexp.Find", ["[a-z]{3}", "foobar"], "foo"],
  ["regexp.FindAll", ["[a-z]{3}", "foobar"], "[foo bar]"],
  ["regexp.FindAll", ["[a-z]{3}", 1, "foobar"], "[foo]"],
  ["regexp.Match", ["^[a-z]+$", "foo"], "true"],
  ["regexp.QuoteMeta", ["a.b"], "a\\.b"],
  ["regexp.Replace", ["(foo)bar", "$1", "foobar"], "foo"],
  [
    "regexp.Replace",
    ["(?P<first>[a-zA-Z]+) (?P<last>[a-zA-Z]+)", "${last}, $first", "Alan Turing"],
    "Turing, Alan",
  ],
  ["regexp.ReplaceLiteral", ["(foo)bar", "$1", "foobar"], "$1"],
  ["regexp.Split", ["[\\s,]", "foo bar,baz"], "[foo bar baz]"],
  ["regexp.Split", ["[\\s,]", 2, "foo bar,baz"], "[foo bar,baz]"],
  ["base64.Encode", ["hello world"], "aGVsbG8gd29ybGQ="],
  ["base64.Decode", ["aGVsbG8gd29ybGQ="], "hello world"],
  ["base64.Decode", ["aGVsbG8gd29ybGQ"], "hello world"],
  ["base64.DecodeBytes", ["aGk="], "[104 105]"],
  ["crypto.SHA1", ["foo"], "0beec7b5ea3f0fdbc95d0dd47f3c5bc275da8a33"],
  ["crypto.SHA224", ["foo"], "0808f64e60d58979fcb676c96ec938270dea42445aeefcd3a4e6f8db"],
  ["crypto.SHA256", ["foo"], "2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae"],
  [
    "crypto.SHA384",
    ["foo"],
    "98c11ffdfdd540676b1a137cb1a22b2a70350c9a44171d6b1180c6be5cbb2ee3f79d532c8a1dd9ef2e8e08e752a3babb",
  ],
  ["crypto.PBKDF2", ["foo", "bar", 1024, 8], "32c4907c3c80792b"],
  ["crypto.PBKDF2", ["password", "salt", 1, 20], "0c60c80f961f0e71f3a9b524af6012062fe037a6"],
  ["crypto.PBKDF2", ["password", "salt", 4096, 20], "4b007901b765489abead49d926f721d065a429c1"],
  ["test.Ternary", ["yes", "no", true], "yes"],
  ["test.Ternary", ["yes", "no", "false"], "no"],
  ["test.Kind", ["x"], "string"],
  ["test.Kind", [[1]], "slice"],
  ["test.IsKind", ["number", 1.5], "true"],
  ["test.IsKind", ["map", { a: 1 }], "true"],
  ["test.Required", ["x"], "x"],
  ["test.Assert", [true], ""],
  ["time.RFC3339", [], "2006-01-02T15:04:05Z07:00"],
  ["time.Kitchen", [], "3:04PM"],
  ["time.Parse", ["2006-01-02", "1993-10-23"], "1993-10-23 00:00:00 +0000 UTC"],
  ["time.ParseInLocation", ["2006-01-02", "America/New_York", "1993-10-23"], "1993-10-23 00:00:00 -0400 EDT"],
  ["time.Unix", [42], "1970-01-01 00:00:42 +0000 UTC"],
  ["time.Unix", ["1.5"], "1970-01-01 00:00:01.5 +0000 UTC"],
  ["time.Hour", [2], "2h0m0s"],
  ["time.Minute", ["90"], "1h30m0s"],
  ["time.Millisecond", [1500], "1.5s"],
  ["time.ParseDuration", ["-1.5h"], "-1h30m0s"],
  ["uuid.Nil", [], "00000000-0000-0000-0000-000000000000"],
  ["uuid.IsValid", ["b6f2a85e-4bb2-4d4d-bc5e-2d8c1c2e2c7f"], "true"],
  ["uuid.IsValid", ["nope"], "false"],
  ["uuid.Parse", ["{B6F2A85E-4BB2-4D4D-BC5E-2D8C1C2E2C7F}"], "b6f2a85e-4bb2-4d4d-bc5e-2d8c1c2e2c7f"],
  // top-level aliases
  ["toUpper", ["x"], "X"],
  ["replaceAll", ["a", "b", "aa"], "bb"],
  ["splitN", ["a,b,c", ",", 2], "[a b,c]"],
  ["contains", ["seafood", "foo"], "true"],
  ["bool", ["true"], "true"],
  ["rem", [7, 4], "3"],
  ["pow", [2, 3], "8"],
  ["json", ['{"a":1}'], "map[a:1]"],
  ["yaml", ["a: 1"], "map[a:1]"],
  ["toJSON", [[1, "a"]], '[1,"a"]'],
  ["flatten", [[[1], [2, [3]]]], "[1 2 3]"],
  ["sort", [["b", "a"]], "[a b]"],
  ["kind", [1], "int"],
  ["required", ["v"], "v"],
];

describe("gomplate v3 functions print what gomplate prints", () => {
  test.each(CASES.map((c) => [c[0], JSON.stringify(c[1]), c[2], c[1]] as const))(
    "%s %s → %j",
    (name, _l, expected, args) => {
      expect(printed(call(G, name, args))).toBe(expected);
    },
  );
});

describe("gomplate errors", () => {
  test.each([
    ["math.Div", [1, 0], "error calling math.Div: error: division by 0"],
    ["test.Fail", [], "error calling test.Fail: template generation failed"],
    ["test.Fail", ["oops"], "error calling test.Fail: template generation failed: oops"],
    ["test.Assert", [false], "error calling test.Assert: assertion failed"],
    ["test.Assert", ["x must be set", false], "error calling test.Assert: assertion failed: x must be set"],
    [
      "test.Required",
      [""],
      "error calling test.Required: can not render template: a required value was not set",
    ],
    ["test.Required", ["need foo", null], "error calling test.Required: need foo"],
    ["strings.Abbrev", [3, "abcdef"], "error calling strings.Abbrev: minimum abbreviation width is 4"],
    ["strings.Repeat", [-1, "a"], "error calling strings.Repeat: negative count -1"],
    ["regexp.Find", ["(", "x"], "error calling regexp.Find: error parsing regexp: missing closing ): `(`"],
    [
      "time.Parse",
      ["2006-01-02", "x"],
      'error calling time.Parse: parsing time "x" as "2006-01-02": cannot parse "x" as "2006"',
    ],
    [
      "data.JSON",
      ["[1]"],
      "error calling data.JSON: Unable to unmarshal JSON object: the document is not an object",
    ],
    [
      "aws.EC2Meta",
      ["instance-id"],
      "error calling aws.EC2Meta: aws.EC2Meta: no network here: vendor the data into the repository and use a file:// datasource",
    ],
  ] as const)("%s %j", (name, args, message) => {
    expect(errorOf(G, name, args)).toBe(message);
  });
});

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
