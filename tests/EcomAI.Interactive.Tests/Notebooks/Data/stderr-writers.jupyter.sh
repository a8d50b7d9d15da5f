#!/usr/bin/env bash
# Reference for KernelSessionTests: runs stderr-writers.ipynb in real Jupyter (nbconvert with the .NET kernel) and
# writes the stderr streams it records, per code cell, to stderr-writers.jupyter.json.
# Needs: apt-get install jupyter-nbconvert jupyter-client python3-nbclient python3-nbformat python3-ipykernel,
# and `dotnet tool restore` in the repository (the kernelspec below starts the repository's local kernel tool).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/kernels/.net-csharp"
cat > "$work/kernels/.net-csharp/kernel.json" <<'JSON'
{"argv": ["dotnet", "interactive", "jupyter", "--default-kernel", "csharp", "{connection_file}", "--http-port-range", "2048-3000"],
 "display_name": ".NET (C#)", "language": "C#"}
JSON
cd "$here"
JUPYTER_PATH="$work" DOTNET_INTERACTIVE_CLI_TELEMETRY_OPTOUT=1 DOTNET_INTERACTIVE_SKIP_FIRST_TIME_EXPERIENCE=1 \
  jupyter nbconvert --to notebook --execute stderr-writers.ipynb --output "$work/executed.ipynb" >/dev/null 2>&1
/usr/bin/python3 - "$work/executed.ipynb" > stderr-writers.jupyter.json <<'PY'
import json, sys
cells = json.load(open(sys.argv[1]))["cells"]
code = [c for c in cells if c["cell_type"] == "code"]
streams = [{"code_cell": i, "stderr": "".join("".join(o["text"]) for o in c["outputs"] if o["output_type"] == "stream" and o["name"] == "stderr")}
           for i, c in enumerate(code)]
print(json.dumps({"source": "jupyter nbconvert --execute, kernel Microsoft.dotnet-interactive 1.0.712001", "cells": streams}, indent=1))
PY
