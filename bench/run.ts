// Placeholder replaced by the benchmark runner (issue 12).
process.stderr.write("bench: not built yet\n");
process.exitCode = 1;
