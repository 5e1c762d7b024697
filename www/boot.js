// Starts the console on its own page (index.html): loads the WebAssembly next to this file.
// A file, not an inline script: the Content-Security-Policy the sandbox sends runs no inline
// script (an injected one would run too otherwise).
import init from "./pkg/opsdeck.js";

init({ module_or_path: new URL("pkg/opsdeck_bg.wasm", import.meta.url) });
