"""Container health check of the worker: GET /healthz on its own web port (the slim image has no curl)."""

import os
import sys
import urllib.request

port = os.environ.get("STREAMER_WEB_PORT", "6066")
path = sys.argv[1] if len(sys.argv) > 1 else "/healthz"
try:
    with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=3) as response:
        sys.exit(0 if response.status == 200 else 1)
except OSError as exc:
    print(f"unhealthy: {exc}", file=sys.stderr)
    sys.exit(1)
