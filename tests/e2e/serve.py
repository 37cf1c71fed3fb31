#!/usr/bin/env python3
"""A static server for the browser tests: python's http.server, plus an optional
Content-Security-Policy header (the widget's test serves the portal page under the strict
CSP as a real header, as a portal would) and no caching.

    serve.py DIR PORT [--csp POLICY]      PORT 0: the OS picks one; printed as "port N"
"""
import argparse
import functools
import http.server


class Handler(http.server.SimpleHTTPRequestHandler):
    csp = None
    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map,
                      ".wasm": "application/wasm", ".js": "text/javascript", ".mjs": "text/javascript"}

    def end_headers(self):
        if self.csp:
            self.send_header("Content-Security-Policy", self.csp)
        self.send_header("Cache-Control", "no-store")
        super().end_headers()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("dir")
    ap.add_argument("port", type=int)
    ap.add_argument("--csp")
    a = ap.parse_args()
    Handler.csp = a.csp
    server = http.server.ThreadingHTTPServer(("127.0.0.1", a.port), functools.partial(Handler, directory=a.dir))
    print(f"serving on port {server.server_address[1]}", flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
