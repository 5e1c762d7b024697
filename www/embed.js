// The demo portal's credentials provider (www/embed.html): asked before every request the
// console sends. A file, not an inline script: the sandbox's Content-Security-Policy runs none.
//
// A real portal hands over the token its own sign-in obtained. This demo signs in once to the
// sandbox's emulated IAM with its demo user and hands that token over; the console never sees
// the password.
let portalToken;
async function signIn() {
  const answer = await fetch("/v3/auth/tokens", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ auth: {
      identity: { methods: ["password"], password: { user: { name: "demo", password: "Sandbox-123", domain: { name: "demo-domain" } } } },
      scope: { project: { name: "cn-north-4" } },
    } }),
  });
  if (!answer.ok) throw new Error(`portal sign-in failed: HTTP ${answer.status}`);
  return answer.headers.get("X-Subject-Token");
}
document.querySelector("opsdeck-console").tokenProvider = () => {
  portalToken ??= signIn().catch((e) => { portalToken = undefined; throw e; });
  return portalToken;
};
