// <opsdeck-console>: the Opsdeck console as a custom element, for portals.
//
//   <script type="module" src="/opsdeck/opsdeck-element.js"></script>
//   <opsdeck-console base="/portal/ops" start="/servicestage/applications" lang="en" theme="light"
//                    config='{"endpoints": {"servicestage": "/api/servicestage"}, "project_id": "…"}'>
//   </opsdeck-console>
//   <script> document.querySelector("opsdeck-console").tokenProvider = async () => portalToken(); </script>
//
// The console renders inside a shadow root with its own stylesheet, so the portal's styles
// do not reach it and its styles do not reach the portal. Files are found next to this script.
const here = new URL(".", import.meta.url);

class OpsdeckConsole extends HTMLElement {
  async connectedCallback() {
    if (this.shadowRoot) return;
    const root = this.attachShadow({ mode: "open" });
    const style = document.createElement("link");
    style.rel = "stylesheet";
    style.href = new URL("style.css", here).href;
    const container = document.createElement("div");
    container.className = "opsdeck-host";
    root.append(style, container);

    const module = await import(new URL("pkg/opsdeck.js", here).href);
    await module.default({ module_or_path: new URL("pkg/opsdeck_bg.wasm", here) });
    const config = JSON.parse(this.getAttribute("config") || "{}");
    for (const name of ["base", "start", "lang", "theme", "region"]) {
      if (this.hasAttribute(name)) config[name] = this.getAttribute(name);
    }
    if (typeof this.tokenProvider === "function") config.getToken = this.tokenProvider;
    module.mount(container, config);
  }
}

if (!customElements.get("opsdeck-console")) customElements.define("opsdeck-console", OpsdeckConsole);
