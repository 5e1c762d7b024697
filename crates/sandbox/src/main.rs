//! `opsdeck-sandbox`: serves the built console and emulates every documented operation.

use std::net::SocketAddr;
use std::path::PathBuf;

use opsdeck_sandbox::{app, AppConfig};

const USAGE: &str = "usage: opsdeck-sandbox [--port N] [--bind ADDR] [--dist DIR]

  --port N     port to listen on (default 8080, or $OPSDECK_PORT)
  --bind ADDR  address to listen on (default 127.0.0.1)
  --dist DIR   the built console to serve (default ./dist)";

fn arg(args: &[String], name: &str) -> Option<String> {
    args.iter().position(|a| a == name).and_then(|i| args.get(i + 1).cloned())
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
    let addr: SocketAddr = format!("{bind}:{port}").parse().expect("a valid address");
    let listener = tokio::net::TcpListener::bind(addr).await.unwrap_or_else(|e| {
        eprintln!("cannot listen on {addr}: {e}");
        std::process::exit(1);
    });
    tracing::info!("serving {} and the sandbox APIs on http://{addr}/", dist.display());
    let router = app(AppConfig { dist: Some(dist), ..AppConfig::default() });
    axum::serve(listener, router)
        .with_graceful_shutdown(async {
            let _ = tokio::signal::ctrl_c().await;
        })
        .await
        .expect("server error");
}
