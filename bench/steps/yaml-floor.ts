/** Step 1, the floor: find, read and YAML-parse every manifest once (no merging, no positions). */
import * as fs from "node:fs";
import * as path from "node:path";
import fg from "fast-glob";
import { parse } from "yaml";
import { runAsStep } from "./step";

runAsStep((job) => {
  const files = fg.sync("**/*.{yaml,yml}", { cwd: path.join(job.root, "stacks-config"), absolute: true });
  let bytes = 0;
  for (const file of files) {
    const text = fs.readFileSync(file, "utf8");
    bytes += text.length;
    parse(text);
  }
  return { files: files.length, bytes };
});
