#!/usr/bin/env node
import { processIO } from "./io.js";
import { main } from "./main.js";

// Output piped into `head` or a closed pager: stop quietly instead of printing a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw error;
  });
}

// Stopped with Ctrl+C or by a batch system: leave through process.exit, so what the run keeps on disk (the spill
// file of a large run, a half-written --out file) is removed by its exit handler. 130/143 as shells report them.
for (const [signal, code] of [["SIGINT", 130], ["SIGTERM", 143]] as const) process.once(signal, () => process.exit(code));

// Deprecation notices from libraries (exceljs' streaming writer uses Buffer()) mean nothing to staff.
process.noDeprecation = true;

process.exitCode = await main(process.argv.slice(2), processIO());
