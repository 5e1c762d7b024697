//! `opsdeck-sandbox`: serves the built console and emulates every documented operation.

use std::net::SocketAddr;
use std::path::PathBuf;

use opsdeck_sandbox::security::{self, PublicHosts};
use opsdeck_sandbox::server::{self, ServerLimits};
use opsdeck_sandbox::{app, AppConfig};

const USAGE: &str = "usage: opsdeck-sandbox [--port N] [--bind ADDR] [--dist DIR] [--upstream SERVICE=URL]...
                       [--public-host HOST[:PORT]]... [--frame-ancestors SOURCES]
                       [--token-lifetime SECS] [--faults]

  --port N                  port to listen on (default 8080, or $OPSDECK_PORT)
  --bind ADDR               address to listen on (default 127.0.0.1)
  --dist DIR                the built console to serve (default ./dist)
  --upstream SERVICE=URL    forward /api/SERVICE/... to URL instead of emulating SERVICE
                            (repeatable; SERVICE is servicestage, cse, servicecomb, kie, ims, cbr,
                            rainbond or iam), e.g.
                            --upstream servicestage=https://servicestage.cn-north-4.myhuaweicloud.com
                            Also $OPSDECK_UPSTREAM_<SERVICE>=URL; the flag wins.
  --public-host HOST[:PORT] a name browsers reach this server at (repeatable; also
                            $OPSDECK_PUBLIC_HOSTS, comma-separated). The proxy serves only
                            requests whose Host and Origin are one of these, or the bind
                            address (with localhost when it is the loopback interface).
  --frame-ancestors SOURCES who may frame the console, as CSP sources (default 'self'; also
                            $OPSDECK_FRAME_ANCESTORS), e.g. \"'self' https://portal.example.com\"
  --token-lifetime SECS     lifetime of the tokens the emulated IAM issues (default 86400)
  --faults                  serve /_sandbox/faults, where tests arm failures of the emulated
                            APIs (errors, 429, delays, dropped connections); also
                            OPSDECK_FAULTS=1. Never on a shared server: anyone could arm them

environment:
  OPSDECK_AK, OPSDECK_SK    sign forwarded requests that carry no credentials of their own
                            with this AK/SK (SDK-HMAC-SHA256); the SK stays on the server
  OPSDECK_SECURITY_TOKEN    X-Security-Token for temporary AK/SK
  OPSDECK_PROJECT_ID        X-Project-Id for signed requests

The emulated IAM (POST /v3/auth/tokens) signs in user `demo`, password `Sandbox-123`,
account (domain) `demo-domain`.";

fn arg(args: &[String], name: &str) -> Option<String> {
    args.iter().position(|a| a == name).and_then(|i| args.get(i + 1).cloned())
}

/// Every value of a repeatable flag.
fn args_all(args: &[String], name: &str) -> Vec<String> {
    args.windows(2).filter(|w| w[0] == name).map(|w| w[1].clone()).collect()
}

fn fail(message: &str) -> ! {
    eprintln!("opsdeck-sandbox: {message}\n\n{USAGE}");
    std::process::exit(2);
}

#[tokio::main]
async fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.iter().any(|a| a == "--help" || a == "-h") {
        println!("{USAGE}");
        return;
    }
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env().unwrap_or_else(|_| "info,tower_http=info".into()),
        )
        .init();
    let port: u16 = arg(&args, "--port")
        .or_else(|| std::env::var("OPSDECK_PORT").ok())
        .and_then(|p| p.parse().ok())
        .unwrap_or(8080);
    let bind = arg(&args, "--bind").unwrap_or_else(|| "127.0.0.1".into());
    let dist = PathBuf::from(arg(&args, "--dist").unwrap_or_else(|| "dist".into()));
    // Upstreams: the environment first, the flags override.
    let (mut upstreams, problems) = opsdeck_sandbox::proxy::upstreams_from_env(std::env::vars());
    if let Some(problem) = problems.first() {
        fail(problem);
    }
    for spec in args_all(&args, "--upstream") {
        match opsdeck_sandbox::proxy::parse_upstream_flag(&spec) {
            Ok((key, url)) => {
                upstreams.insert(key, url);
            }
            Err(e) => fail(&format!("--upstream {e}")),
        }
    }
    let token_lifetime_secs = arg(&args, "--token-lifetime").map(|v| {
        v.parse::<u64>().ok().filter(|n| *n > 0).unwrap_or_else(|| fail(&format!("--token-lifetime `{v}`: expected seconds")))
    });
    let signing = opsdeck_sandbox::proxy::SigningKey::from_env(|k| std::env::var(k).ok());
    for (key, url) in &upstreams {
        tracing::info!("proxy: /api/{key}/… → {}", opsdeck_sandbox::proxy::redact_url(url));
    }
    if let Some(key) = &signing {
        tracing::info!("proxy: signing requests without credentials with AK {}", key.ak);
    }
    let addr: SocketAddr = format!("{bind}:{port}")
        .parse()
        .unwrap_or_else(|_| fail(&format!("--bind `{bind}`: expected an IP address")));
    let mut public_hosts = PublicHosts::for_bind_address(addr);
    let named = std::env::var("OPSDECK_PUBLIC_HOSTS").unwrap_or_default();
    let flags = args_all(&args, "--public-host");
    match PublicHosts::parse(named.split(',').chain(flags.iter().map(String::as_str))) {
        Ok(hosts) => public_hosts.extend(hosts),
        Err(e) => fail(&format!("--public-host {e}")),
    }
    let frame_ancestors = arg(&args, "--frame-ancestors")
        .or_else(|| std::env::var("OPSDECK_FRAME_ANCESTORS").ok().filter(|v| !v.trim().is_empty()))
        .unwrap_or_else(|| "'self'".into());
    let frame_ancestors = security::check_frame_ancestors(&frame_ancestors).unwrap_or_else(|e| fail(&e));
    if !upstreams.is_empty() {
        let hosts: Vec<&str> = public_hosts.iter().collect();
        tracing::info!("proxy: serving requests for {}", hosts.join(", "));
    }
    let listener = tokio::net::TcpListener::bind(addr).await.unwrap_or_else(|e| {
        eprintln!("cannot listen on {addr}: {e}");
        std::process::exit(1);
    });
    tracing::info!("serving {} and the sandbox APIs on http://{addr}/", dist.display());
    let config = AppConfig {
        dist: Some(dist),
        upstreams,
        signing,
        token_lifetime_secs,
        public_hosts,
        frame_ancestors,
        fault_injection: args.iter().any(|a| a == "--faults") || std::env::var("OPSDECK_FAULTS").is_ok_and(|v| v == "1"),
        ..AppConfig::default()
    };
    let router = app(config);
    server::serve(listener, router, ServerLimits::default(), async {
        let _ = tokio::signal::ctrl_c().await;
    })
    .await;
}
