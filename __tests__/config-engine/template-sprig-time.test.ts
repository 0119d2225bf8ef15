/**
 * Go's time.Time / time.Duration for templates and Sprig's date functions, the spec list of
 * Sprig's genericMap, and the warnings for non-reproducible and secret-reading functions.
 */
import { GoDuration, parseDuration } from "../../config-engine/template/go-duration";
import { formatGoTime, GoTime, loadLocation, parseGoTime } from "../../config-engine/template/go-time";
import { looksSecretName } from "../../config-engine/template/secret-names";
import { SPRIG_FUNCTIONS as S } from "../../config-engine/template/sprig";
import { call, errorOf, printed, recordingEnv } from "./template-lib-helpers";

/** Mon Jan 2 15:04:05 MST 2006 = 1136239445 (Go's reference time), with nanoseconds. */
const REF = new GoTime(1136239445n * 1_000_000_000n + 123456789n);

describe("Go layouts format the reference time as Go does", () => {
  test.each([
    ["2006-01-02", "2006-01-02"],
    ["2006-01-02T15:04:05Z07:00", "2006-01-02T22:04:05Z"],
    ["Mon Jan _2 15:04:05 2006", "Mon Jan  2 22:04:05 2006"],
    ["Monday, 02-Jan-06 15:04:05 MST", "Monday, 02-Jan-06 22:04:05 UTC"],
    ["3:04PM", "10:04PM"],
    ["03:04:05 pm", "10:04:05 pm"],
    ["15:04:05.000", "22:04:05.123"],
    ["15:04:05.999999999", "22:04:05.123456789"],
    ["15:04:05.000000", "22:04:05.123456"],
    ["January 2, 2006", "January 2, 2006"],
    ["02/01/06", "02/01/06"],
    ["002 __2", "002   2"],
    ["-0700 -07:00 -07 Z0700", "+0000 +00:00 +00 Z"],
    ["Month: Jan", "Month: Jan"],
    ["2006-01-02 15:04:05.999999999 -0700 MST", "2006-01-02 22:04:05.123456789 +0000 UTC"],
  ])("%s", (layout, expected) => {
    expect(formatGoTime(REF, layout)).toBe(expected);
  });

  test("zones: offset and abbreviation of the location at that instant", () => {
    const ny = loadLocation("America/New_York");
    expect(formatGoTime(REF.in(ny), "2006-01-02 15:04:05 -0700 MST")).toBe("2006-01-02 17:04:05 -0500 EST");
    const summer = parseGoTime("2006-01-02", "2024-07-01", ny);
    expect(summer.goString()).toBe("2024-07-01 00:00:00 -0400 EDT");
    expect(parseGoTime("2006-01-02", "2024-03-05", loadLocation("Europe/Berlin")).goString()).toBe(
      "2024-03-05 00:00:00 +0100 CET",
    );
  });

  test("String() is Go's time.Time.String()", () => {
    expect(new GoTime(0n).goString()).toBe("1970-01-01 00:00:00 +0000 UTC");
    expect(GoTime.zero().goString()).toBe("0001-01-01 00:00:00 +0000 UTC");
  });

  test("fields and methods", () => {
    expect(REF.goField("Year", [])).toBe(2006);
    expect(REF.goField("Month", [])).toBe("January");
    expect(REF.goField("Weekday", [])).toBe("Monday");
    expect(REF.goField("Unix", [])).toBe(1136239445);
    expect(REF.goField("Format", ["06"])).toBe("06");
    expect(() => REF.goField("Nope", [])).toThrow("can't evaluate field Nope in type time.Time");
  });
});

describe("Go's time.Parse", () => {
  test.each([
    ["2006-01-02", "2017-12-31", "2017-12-31 00:00:00 +0000 UTC"],
    ["2006-01-02 15:04:05 -0700", "2024-03-05 10:00:00 +0200", "2024-03-05 10:00:00 +0200 +0200"],
    ["2006-01-02T15:04:05Z07:00", "2024-03-05T10:00:00Z", "2024-03-05 10:00:00 +0000 UTC"],
    ["2006-01-02T15:04:05Z07:00", "2024-03-05T10:00:00.5Z", "2024-03-05 10:00:00.5 +0000 UTC"],
    ["Jan 2 2006 3:04PM", "Feb 29 2024 1:05AM", "2024-02-29 01:05:00 +0000 UTC"],
    ["02 Jan 06", "01 Mar 99", "1999-03-01 00:00:00 +0000 UTC"],
  ])("%s %s", (layout, value, expected) => {
    expect(parseGoTime(layout, value).goString()).toBe(expected);
  });

  test.each([
    ["2006-01-02", "2024-13-01", 'parsing time "2024-13-01": month out of range'],
    ["2006-01-02", "abc", 'parsing time "abc" as "2006-01-02": cannot parse "abc" as "2006"'],
    ["2006-01-02", "2024-02-30", 'parsing time "2024-02-30": day out of range'],
    ["2006-01-02", "2024-01-01x", 'parsing time "2024-01-01x": extra text: "x"'],
  ])("%s %s fails", (layout, value, message) => {
    expect(() => parseGoTime(layout, value)).toThrow(message);
  });
});

describe("Go's time.Duration", () => {
  test.each([
    ["1h30m", "1h30m0s"],
    ["90s", "1m30s"],
    ["1.5h", "1h30m0s"],
    ["-1.5ms", "-1.5ms"],
    ["300ms", "300ms"],
    ["2us", "2µs"],
    ["1ns", "1ns"],
    ["0", "0s"],
    ["1h0.5s", "1h0m0.5s"],
    ["26h", "26h0m0s"],
  ])("%s prints %s", (input, expected) => {
    expect(parseDuration(input).goString()).toBe(expected);
  });

  test.each([
    ["", 'time: invalid duration ""'],
    ["1", 'time: missing unit in duration "1"'],
    ["1x", 'time: unknown unit "x" in duration "1x"'],
  ])("%j fails", (input, message) => {
    expect(() => parseDuration(input)).toThrow(message);
  });

  test("Round is half away from zero", () => {
    expect(new GoDuration(1_500_000_000n).round(1_000_000_000n).goString()).toBe("2s");
    expect(new GoDuration(-1_500_000_000n).round(1_000_000_000n).goString()).toBe("-2s");
    expect(new GoDuration(1_499_000_000n).round(1_000_000_000n).goString()).toBe("1s");
  });
});

describe("Sprig date functions", () => {
  const { env } = recordingEnv();
  const t = parseGoTime("2006-01-02", "2017-12-31");
  test.each([
    ["date", ["02/01/2006", t], "31/12/2017"],
    ["date", ["2006-01-02", 0], "1970-01-01"],
    [
      "dateInZone",
      ["02 Jan 06 15:04 -0700", new GoTime(1136239445n * 1_000_000_000n), "UTC"],
      "02 Jan 06 22:04 +0000",
    ],
    [
      "date_in_zone",
      ["02 Jan 06 15:04 -0700", new GoTime(1136239445n * 1_000_000_000n), "foobar"],
      "02 Jan 06 22:04 +0000",
    ],
    ["dateInZone", ["15:04 MST", new GoTime(1136239445n * 1_000_000_000n), "America/New_York"], "17:04 EST"],
    ["htmlDate", [0], "1970-01-01"],
    ["htmlDateInZone", [0, "Asia/Tokyo"], "1970-01-01"],
    ["unixEpoch", [t], "1514678400"],
    ["toDate", ["2006-01-02", "2017-12-31"], "2017-12-31 00:00:00 +0000 UTC"],
    ["toDate", ["2006-01-02", "bad"], "0001-01-01 00:00:00 +0000 UTC"],
    ["mustToDate", ["2006-01-02", "2017-12-31"], "2017-12-31 00:00:00 +0000 UTC"],
    ["dateModify", ["1.5h", t], "2017-12-31 01:30:00 +0000 UTC"],
    ["dateModify", ["-24h", t], "2017-12-30 00:00:00 +0000 UTC"],
    ["dateModify", ["bad", t], "2017-12-31 00:00:00 +0000 UTC"],
    ["date_modify", ["1m", t], "2017-12-31 00:01:00 +0000 UTC"],
    ["mustDateModify", ["1s", t], "2017-12-31 00:00:01 +0000 UTC"],
    ["duration", ["95"], "1m35s"],
    ["duration", [3723], "1h2m3s"],
    ["duration", ["x"], "0s"],
    ["durationRound", ["2h10m5s"], "2h"],
    ["durationRound", ["-2h10m5s"], "2h"],
    ["durationRound", ["400h"], "16d"],
    ["durationRound", ["9000h"], "1y"],
    ["durationRound", ["800h"], "1mo"],
    ["durationRound", ["1s"], "0s"],
    ["durationRound", [3_600_000_000_001], "1h"],
  ] as const)("%s %j", (name, args, expected) => {
    expect(printed(call(S, name, args, env))).toBe(expected);
  });

  test("mustToDate reports Go's parse error", () => {
    expect(errorOf(S, "mustToDate", ["2006-01-02", "x"])).toBe(
      'error calling mustToDate: parsing time "x" as "2006-01-02": cannot parse "x" as "2006"',
    );
    expect(errorOf(S, "mustDateModify", ["1x", parseGoTime("2006", "2020")])).toBe(
      'error calling mustDateModify: time: unknown unit "x" in duration "1x"',
    );
  });

  test("Local is the TZ of the function environment", () => {
    const ny = recordingEnv({ TZ: "America/New_York" }).env;
    expect(call(S, "date", ["2006-01-02 15:04 MST", 0], ny)).toBe("1969-12-31 19:00 EST");
    expect(printed(call(S, "toDate", ["2006-01-02", "2020-06-01"], ny))).toBe(
      "2020-06-01 00:00:00 -0400 EDT",
    );
  });
});

describe("functions whose result changes between runs warn NONDETERMINISTIC_TEMPLATE", () => {
  const t = parseGoTime("2006", "2020");
  test.each([
    ["now", []],
    ["randAlpha", [5]],
    ["randAlphaNum", [5]],
    ["randAscii", [5]],
    ["randNumeric", [5]],
    ["randInt", [1, 10]],
    ["randBytes", [8]],
    ["uuidv4", []],
    ["shuffle", ["abcdef"]],
    ["bcrypt", ["pw"]],
    ["htpasswd", ["user", "pw"]],
    ["encryptAES", ["key", "text"]],
    ["genPrivateKey", ["ecdsa"]],
    ["ago", [t]],
    ["date", ["2006", "not a time means now"]],
  ] as const)("%s", (name, args) => {
    const { env, warnings } = recordingEnv();
    call(S, name, args, env);
    expect(warnings.map((w) => w.code)).toContain("NONDETERMINISTIC_TEMPLATE");
  });

  test("deterministic functions stay quiet", () => {
    const { env, warnings } = recordingEnv();
    call(S, "date", ["2006", 0], env);
    call(S, "upper", ["x"], env);
    call(S, "derivePassword", [1, "pin", "p", "u", "s"], env);
    expect(warnings).toEqual([]);
  });

  test("random outputs have the asked shape", () => {
    const { env } = recordingEnv();
    expect(call(S, "randNumeric", [12], env)).toMatch(/^\d{12}$/);
    expect(call(S, "randAlpha", [7], env)).toMatch(/^[A-Za-z]{7}$/);
    expect(call(S, "uuidv4", [], env)).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect([...printed(call(S, "shuffle", ["aabbc"], env))].sort().join("")).toBe("aabbc");
    const r = Number(call(S, "randInt", [3, 5], env));
    expect(r >= 3 && r < 5).toBe(true);
    expect(printed(call(S, "bcrypt", ["pw"], env))).toMatch(/^\$2a\$10\$/);
  });

  test("encryptAES and decryptAES round-trip", () => {
    const { env } = recordingEnv();
    const secret = call(S, "encryptAES", ["secretkey", "plaintext"], env);
    expect(call(S, "decryptAES", ["secretkey", secret], env)).toBe("plaintext");
  });
});

describe("env and expandenv", () => {
  test("read the function environment, warn on secret-looking names", () => {
    const { env, warnings } = recordingEnv({ HOME: "/home/me", GITHUB_TOKEN: "t0k" });
    expect(call(S, "env", ["HOME"], env)).toBe("/home/me");
    expect(call(S, "env", ["MISSING"], env)).toBe("");
    expect(warnings).toEqual([]);
    expect(call(S, "expandenv", ["$HOME and ${GITHUB_TOKEN} $$ $ ${}x $1"], env)).toBe(
      "/home/me and t0k  $ x ",
    );
    expect(warnings.map((w) => w.code)).toEqual(["TEMPLATE_ENV_SECRET"]);
    expect(warnings[0]?.message).toContain("GITHUB_TOKEN");
  });

  test.each([
    ["GITHUB_TOKEN", true],
    ["DB_PASSWORD", true],
    ["db.passwd", true],
    ["AWS_SECRET_ACCESS_KEY", true],
    ["spaceliftApiKey", true],
    ["TF_VAR_private_key", true],
    ["GOOGLE_CREDENTIALS", true],
    ["AWS_ACCESS_KEY_ID", true],
    ["BASIC_AUTH", true],
    ["HOME", false],
    ["GIT_AUTHOR_NAME", false],
    ["OAUTH_AUTHORIZATION", true],
    ["AWS_REGION", false],
    ["STAGE", false],
  ])("looksSecretName(%s) is %s", (name, expected) => {
    expect(looksSecretName(name)).toBe(expected);
  });
});

describe("semver values", () => {
  test("fields of *semver.Version", () => {
    const v = call(S, "semver", ["v1.2.3-beta.1+c0ff33"]) as unknown as {
      goField(n: string, a: readonly unknown[]): unknown;
    };
    expect(v.goField("Major", [])).toBe(1);
    expect(v.goField("Minor", [])).toBe(2);
    expect(v.goField("Patch", [])).toBe(3);
    expect(v.goField("Prerelease", [])).toBe("beta.1");
    expect(v.goField("Metadata", [])).toBe("c0ff33");
    expect(v.goField("Original", [])).toBe("v1.2.3-beta.1+c0ff33");
  });
});

/** Sprig v3.3.0 `genericMap`, the specification of the names atmos templates can call. */
const SPRIG_GENERIC_MAP =
  `hello ago date date_in_zone date_modify dateInZone dateModify duration durationRound htmlDate
htmlDateInZone must_date_modify mustDateModify mustToDate now toDate unixEpoch abbrev abbrevboth trunc trim upper lower
title untitle substr repeat trimall trimAll trimSuffix trimPrefix nospace initials randAlphaNum randAlpha randAscii
randNumeric swapcase shuffle snakecase camelcase kebabcase wrap wrapWith contains hasPrefix hasSuffix quote squote cat
indent nindent replace plural sha1sum sha256sum sha512sum adler32sum toString atoi int64 int float64 seq toDecimal split
splitList splitn toStrings until untilStep add1 add sub div mod mul randInt add1f addf subf divf mulf biggest max min maxf
minf ceil floor round join sortAlpha default empty coalesce all any compact mustCompact fromJson toJson toPrettyJson
toRawJson mustFromJson mustToJson mustToPrettyJson mustToRawJson ternary deepCopy mustDeepCopy typeOf typeIs typeIsLike
kindOf kindIs deepEqual env expandenv getHostByName base dir clean ext isAbs osBase osClean osDir osExt osIsAbs b64enc
b64dec b32enc b32dec tuple list dict get set unset hasKey pluck keys pick omit merge mergeOverwrite mustMerge
mustMergeOverwrite values append mustAppend prepend mustPrepend first mustFirst rest mustRest last mustLast initial
mustInitial reverse mustReverse uniq mustUniq without mustWithout has mustHas slice mustSlice concat dig chunk mustChunk
bcrypt htpasswd genPrivateKey derivePassword buildCustomCert genCA genCAWithKey genSelfSignedCert
genSelfSignedCertWithKey genSignedCert genSignedCertWithKey encryptAES decryptAES randBytes uuidv4 semver semverCompare
fail regexMatch mustRegexMatch regexFindAll mustRegexFindAll regexFind mustRegexFind regexReplaceAll
mustRegexReplaceAll regexReplaceAllLiteral mustRegexReplaceAllLiteral regexSplit mustRegexSplit regexQuoteMeta urlParse
urlJoin`.split(/\s+/);

test("SPRIG_FUNCTIONS exports exactly Sprig v3's genericMap", () => {
  expect(Object.keys(S).sort()).toEqual([...new Set(SPRIG_GENERIC_MAP)].sort());
});
