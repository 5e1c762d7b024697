// The demo portal's credentials provider (www/embed.html): asked before every request the
// console sends. A file, not an inline script: the sandbox's Content-Security-Policy runs none.
document.querySelector("opsdeck-console").tokenProvider = async () => "portal-issued-token";
