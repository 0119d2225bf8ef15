/**
 * Gomplate v3 `data` namespace (inline JSON/YAML/TOML/CSV) and file datasources (`ds`,
 * `datasource`, `include`, …) read through FunctionEnv.readFile. Remote datasources need the
 * network, which synthesis never uses.
 */
import { parse as parseToml, stringify as stringifyToml } from "smol-toml";
import { parse as parseYaml, stringify as stringifyYaml } from "yaml";
import type { FunctionEnv, FunctionLibrary, GoValue } from "../contract";
import { marshalJson, unmarshalJson } from "../sprig/go-json";
import { arity, fixed, isList, isMap, str } from "../sprig/go-values";
import { toStr } from "./conv";

const NO_NETWORK = "no network here: vendor the data into the repository and use a file:// datasource";

/** RFC 4180 CSV with a one-character delimiter (Go's encoding/csv). */
export function parseCsv(text: string, delim = ","): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  let i = 0;
  const src = text.replace(/\r\n/g, "\n");
  while (i < src.length) {
    const c = src[i] ?? "";
    if (quoted) {
      if (c === '"' && src[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (c === '"') quoted = false;
      else field += c;
      i++;
      continue;
    }
    if (c === '"' && field === "") quoted = true;
    else if (c === delim) {
      row.push(field);
      field = "";
    } else if (c === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += c;
    i++;
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

function csvArgs(name: string, args: readonly GoValue[]): [string, string[][]] {
  arity(name, args, 1, 2);
  const delim = args.length === 2 ? str(args[0]) : ",";
  return [delim, parseCsv(toStr(args[args.length - 1]), delim)];
}

function csvField(s: string, delim: string): string {
  return /[",\r\n]/.test(s) || s.includes(delim) || s.startsWith(" ") ? `"${s.split('"').join('""')}"` : s;
}

/** YAML as gomplate reads it; `yaml.v3` turns non-string keys into strings when decoding into maps. */
function yamlValue(text: string): GoValue {
  return parseYaml(text, { merge: true }) as GoValue;
}

function expectMap(v: GoValue, what: string): GoValue {
  if (!isMap(v)) throw new Error(`Unable to unmarshal ${what} object: the document is not an object`);
  return v;
}

function expectArray(v: GoValue, what: string): GoValue {
  if (!isList(v)) throw new Error(`Unable to unmarshal ${what} array: the document is not an array`);
  return v;
}

/** Parses datasource content by MIME type, as gomplate does. */
function parseByType(text: string, mime: string): GoValue {
  switch (mime) {
    case "application/json":
      return unmarshalJson(text);
    case "application/array+json":
      return expectArray(unmarshalJson(text), "JSON");
    case "application/yaml":
    case "application/x-yaml":
    case "text/yaml":
      return yamlValue(text);
    case "application/toml":
      return parseToml(text) as unknown as GoValue;
    case "text/csv":
      return parseCsv(text);
    case "application/x-env": {
      const out: Record<string, GoValue> = {};
      for (const line of text.split(/\r?\n/)) {
        const m = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_.]*)\s*=\s*(.*?)\s*$/.exec(line);
        if (m?.[1]) out[m[1]] = (m[2] ?? "").replace(/^(['"])(.*)\1$/, "$2");
      }
      return out;
    }
    default:
      return text;
  }
}

const BY_EXTENSION: Readonly<Record<string, string>> = {
  ".json": "application/json",
  ".yaml": "application/yaml",
  ".yml": "application/yaml",
  ".toml": "application/toml",
  ".csv": "text/csv",
  ".env": "application/x-env",
};

interface Located {
  readonly path: string;
  readonly mime: string;
}

/** Resolves a datasource alias (or a file URL) to a repository file and its MIME type. */
function locate(env: FunctionEnv, alias: string, subpath: string): Located {
  const source = env.datasources?.[alias];
  if (!source) throw new Error(`Undefined datasource '${alias}'`);
  const url = source.url;
  const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(url)?.[1]?.toLowerCase();
  if (scheme !== undefined && scheme !== "file") {
    throw new Error(
      `datasource '${alias}' (${url}): ${scheme === "env" || scheme === "stdin" || scheme === "merge" ? `'${scheme}:' datasources are not supported here` : NO_NETWORK}`,
    );
  }
  const [withoutQuery = "", query = ""] = url.replace(/^file:\/\//i, "").split("?");
  const path = subpath ? `${withoutQuery.replace(/\/?$/, "/")}${subpath.replace(/^\//, "")}` : withoutQuery;
  const typeParam = new URLSearchParams(query).get("type");
  const ext = /\.[A-Za-z0-9]+$/.exec(path)?.[0]?.toLowerCase() ?? "";
  return { path: decodeURIComponent(path), mime: typeParam ?? BY_EXTENSION[ext] ?? "text/plain" };
}

function readDatasource(env: FunctionEnv, args: readonly GoValue[], name: string): [string, string] {
  arity(name, args, 1, 2);
  const loc = locate(env, str(args[0]), args.length === 2 ? str(args[1]) : "");
  if (!env.readFile) throw new Error(`datasource '${str(args[0])}': reading files is not available here`);
  return [env.readFile(loc.path), loc.mime];
}

export const DATA_FUNCTIONS: FunctionLibrary = {
  "data.JSON": fixed("data.JSON", 1, (args) => expectMap(unmarshalJson(toStr(args[0])), "JSON")),
  "data.JSONArray": fixed("data.JSONArray", 1, (args) => expectArray(unmarshalJson(toStr(args[0])), "JSON")),
  "data.YAML": fixed("data.YAML", 1, (args) => expectMap(yamlValue(toStr(args[0])), "YAML")),
  "data.YAMLArray": fixed("data.YAMLArray", 1, (args) => expectArray(yamlValue(toStr(args[0])), "YAML")),
  "data.TOML": fixed("data.TOML", 1, (args) => parseToml(toStr(args[0])) as unknown as GoValue),
  "data.CSV": (args) => csvArgs("data.CSV", args)[1],
  "data.CSVByRow": (args) => {
    const [header = [], ...rows] = csvArgs("data.CSVByRow", args)[1];
    return rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ""])));
  },
  "data.CSVByColumn": (args) => {
    const [header = [], ...rows] = csvArgs("data.CSVByColumn", args)[1];
    return Object.fromEntries(header.map((h, i) => [h, rows.map((r) => r[i] ?? "")]));
  },
  "data.ToCSV": (args) => {
    arity("data.ToCSV", args, 1, 2);
    const delim = args.length === 2 ? str(args[0]) : ",";
    const rows = args[args.length - 1];
    if (!isList(rows)) throw new Error("can't parse input as [][]string");
    // gomplate writes CRLF line endings (RFC 4180).
    return rows
      .map((r) => {
        if (!isList(r)) throw new Error("can't parse input as [][]string");
        return `${r.map((f) => csvField(toStr(f), delim)).join(delim)}\r\n`;
      })
      .join("");
  },
  "data.ToJSON": fixed("data.ToJSON", 1, (args) => marshalJson(args[0])),
  "data.ToJSONPretty": fixed("data.ToJSONPretty", 2, (args) =>
    marshalJson(args[1], { indent: str(args[0]) }),
  ),
  "data.ToYAML": fixed("data.ToYAML", 1, (args) =>
    stringifyYaml(args[0], { sortMapEntries: true, lineWidth: 0 }),
  ),
  "data.ToTOML": fixed("data.ToTOML", 1, (args) => {
    if (!isMap(args[0])) throw new Error("toTOML: input must be a map");
    return stringifyToml(args[0]);
  }),
};

/** Gomplate's datasource functions and top-level `data` aliases. */
export const DATASOURCE_FUNCTIONS: FunctionLibrary = {
  datasource: (args, env) => {
    const [text, mime] = readDatasource(env, args, "datasource");
    return parseByType(text, mime);
  },
  ds: (args, env) => {
    const [text, mime] = readDatasource(env, args, "ds");
    return parseByType(text, mime);
  },
  include: (args, env) => readDatasource(env, args, "include")[0],
  datasourceExists: fixed(
    "datasourceExists",
    1,
    (args, env) => env.datasources?.[str(args[0])] !== undefined,
  ),
  datasourceReachable: fixed("datasourceReachable", 1, (args, env) => {
    try {
      readDatasource(env, args, "datasourceReachable");
      return true;
    } catch {
      return false;
    }
  }),
  listDatasources: fixed("listDatasources", 0, (_args, env) => Object.keys(env.datasources ?? {}).sort()),
  defineDatasource: fixed("defineDatasource", 2, () => {
    throw new Error(
      "defineDatasource is not supported here: declare the datasource in templates.settings.gomplate.datasources",
    );
  }),
};

const pick = (name: string): FunctionLibrary[string] => DATA_FUNCTIONS[name] ?? (() => null);

export const DATA_TOP_LEVEL: FunctionLibrary = {
  json: pick("data.JSON"),
  jsonArray: pick("data.JSONArray"),
  yaml: pick("data.YAML"),
  yamlArray: pick("data.YAMLArray"),
  toml: pick("data.TOML"),
  csv: pick("data.CSV"),
  csvByRow: pick("data.CSVByRow"),
  csvByColumn: pick("data.CSVByColumn"),
  toJSON: pick("data.ToJSON"),
  toJSONPretty: pick("data.ToJSONPretty"),
  toYAML: pick("data.ToYAML"),
  toTOML: pick("data.ToTOML"),
  toCSV: pick("data.ToCSV"),
};
