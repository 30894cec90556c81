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

process.exitCode = await main(process.argv.slice(2), processIO());
